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

    /// <summary><c>elu</c>: x if x &gt; 0, else e^x − 1 (α = 1).</summary>
    Elu,

    /// <summary><c>leakyrelu</c>: x if x &gt; 0, else 0.01·x.</summary>
    LeakyRelu,

    /// <summary><c>swish</c>: x·σ(x), σ(x) = 1 / (1 + e^(−x)).</summary>
    Swish,

    /// <summary><c>gelu</c>: ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), the tanh form.</summary>
    Gelu,

    /// <summary><c>softplus</c>: ln(1 + e^x).</summary>
    Softplus,

    /// <summary><c>sine</c>: sin(x), x in radians.</summary>
    Sine,
}
