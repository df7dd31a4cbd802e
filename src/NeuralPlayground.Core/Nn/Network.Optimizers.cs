namespace NeuralPlayground.Core.Nn;

/// <summary>Momentum and Adam (ours, issue 4); SGD stays the original's update in <see cref="UpdateWeights"/>.</summary>
public sealed partial class Network
{
    private const double AdamBeta1 = 0.9;
    private const double AdamBeta2 = 0.999;
    private const double AdamEpsilon = 1e-8;

    // Per-parameter state, weights first then biases: velocity (momentum) or first moment (Adam), and Adam's second moment.
    private double[] _moment1 = [];
    private double[] _moment2 = [];
    private double _beta1Power = 1;
    private double _beta2Power = 1;

    /// <summary>The optimizer used by <see cref="UpdateWeights"/>.</summary>
    public OptimizerKind Optimizer { get; private set; } = OptimizerKind.Sgd;

    /// <summary>β of the momentum optimizer.</summary>
    public double Momentum { get; private set; } = 0.9;

    /// <summary>Updates taken by the optimizer since it was set (Adam's t).</summary>
    public long OptimizerSteps { get; private set; }

    /// <summary>Chooses the optimizer and forgets its state (velocities, moments, step count).</summary>
    public void SetOptimizer(OptimizerKind optimizer, double momentum = 0.9)
    {
        Optimizer = optimizer;
        Momentum = momentum;
        OptimizerSteps = 0;
        _beta1Power = 1;
        _beta2Power = 1;
        var parameters = LinkCount + Biases.Length;
        _moment1 = optimizer == OptimizerKind.Sgd ? [] : new double[parameters];
        _moment2 = optimizer == OptimizerKind.Adam ? new double[parameters] : [];
    }

    /// <summary>
    /// One momentum or Adam step with g = acc/n for every bias, then every live link: the step is
    /// the optimizer's, then the regularization term lr·regRate·regDer(w before the step) is
    /// subtracted, and with L1 a sign change kills the link, exactly as the original's SGD does.
    /// </summary>
    private void UpdateAdaptive(double learningRate, double regularizationRate, double n)
    {
        OptimizerSteps++;
        _beta1Power *= AdamBeta1;
        _beta2Power *= AdamBeta2;
        var inputs = _sizes[0];
        for (var k = 0; k < Biases.Length; k++)
        {
            Biases[k] -= Step(LinkCount + k, AccInputDer[k + inputs] / n, learningRate);
        }

        var regStep = learningRate * regularizationRate;
        for (var k = 0; k < _weights.Length; k++)
        {
            if (IsDead[k])
            {
                continue;
            }

            var before = _weights[k];
            var stepped = before - Step(k, AccErrorDer[k] / n, learningRate);
            double regDer = Regularization switch
            {
                RegularizationKind.L1 => before < 0 ? -1 : (before > 0 ? 1 : 0),
                RegularizationKind.L2 => before,
                _ => 0,
            };
            var next = stepped - (regStep * regDer);
            if (Regularization == RegularizationKind.L1 && stepped * next < 0)
            {
                _weights[k] = 0;
                IsDead[k] = true;
            }
            else
            {
                _weights[k] = next;
            }
        }
    }

    // The amount to subtract from parameter p whose mean gradient is g.
    private double Step(int p, double g, double learningRate)
    {
        if (Optimizer == OptimizerKind.Momentum)
        {
            _moment1[p] = (Momentum * _moment1[p]) + g;
            return learningRate * _moment1[p];
        }

        _moment1[p] = (AdamBeta1 * _moment1[p]) + ((1 - AdamBeta1) * g);
        _moment2[p] = (AdamBeta2 * _moment2[p]) + ((1 - AdamBeta2) * g * g);
        var mHat = _moment1[p] / (1 - _beta1Power);
        var vHat = _moment2[p] / (1 - _beta2Power);
        return learningRate * mHat / (Math.Sqrt(vHat) + AdamEpsilon);
    }
}
