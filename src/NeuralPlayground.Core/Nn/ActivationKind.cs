namespace NeuralPlayground.Core.Nn;

/// <summary>Hidden-layer activation functions, named as in the URL (<c>activation=</c>).</summary>
public enum ActivationKind
{
    /// <summary><c>relu</c>: max(0, x).</summary>
    Relu,

    /// <summary><c>tanh</c>: the hyperbolic tangent (the default).</summary>
    Tanh,

    /// <summary><c>sigmoid</c>: 1 / (1 + e^(−x)).</summary>
    Sigmoid,

    /// <summary><c>linear</c>: the identity.</summary>
    Linear,
}
