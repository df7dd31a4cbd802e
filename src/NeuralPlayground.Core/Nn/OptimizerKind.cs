namespace NeuralPlayground.Core.Nn;

/// <summary>How accumulated gradients become steps (<c>optimizer=</c>, ours; the original has plain SGD only).</summary>
public enum OptimizerKind
{
    /// <summary><c>sgd</c>: w −= (lr/n)·Σg, the original's update (the default).</summary>
    Sgd,

    /// <summary><c>momentum</c>: v = β·v + g, w −= lr·v, with g the mean gradient of the batch.</summary>
    Momentum,

    /// <summary><c>adam</c>: Adam with β₁ 0.9, β₂ 0.999, ε 1e-8 and bias correction.</summary>
    Adam,
}
