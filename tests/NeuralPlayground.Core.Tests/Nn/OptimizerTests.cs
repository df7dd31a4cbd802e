using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Randomness;

namespace NeuralPlayground.Core.Tests.Nn;

/// <summary>The first steps of momentum and Adam against a hand computation on a one-link network.</summary>
public sealed class OptimizerTests
{
    private const double LearningRate = 0.1;

    [Fact]
    public void Momentum_FirstTwoSteps_MatchHandComputation()
    {
        var network = OneLink(OptimizerKind.Momentum, momentum: 0.5);
        var (w, b) = (network.Weights[0], network.Biases[0]);
        double vw = 0, vb = 0;

        for (var step = 0; step < 2; step++)
        {
            // Linear output y = w·x + b, loss ½(y − t)²: ∂/∂w = (y − t)·x, ∂/∂b = y − t.
            var error = (w * 2) + b - 1;
            vw = (0.5 * vw) + (error * 2);
            vb = (0.5 * vb) + error;
            w -= LearningRate * vw;
            b -= LearningRate * vb;
            Train(network);

            Assert.Equal(w, network.Weights[0], 15);
            Assert.Equal(b, network.Biases[0], 15);
        }
    }

    [Fact]
    public void Adam_FirstThreeSteps_MatchHandComputation()
    {
        var network = OneLink(OptimizerKind.Adam);
        var (w, b) = (network.Weights[0], network.Biases[0]);
        double mw = 0, vw = 0, mb = 0, vb = 0;

        for (var t = 1; t <= 3; t++)
        {
            var error = (w * 2) + b - 1;
            (mw, vw, var stepW) = Adam(mw, vw, error * 2, t);
            (mb, vb, var stepB) = Adam(mb, vb, error, t);
            w -= stepW;
            b -= stepB;
            Train(network);

            Assert.Equal(w, network.Weights[0], 14);
            Assert.Equal(b, network.Biases[0], 14);
        }

        Assert.Equal(3, network.OptimizerSteps);
    }

    [Fact]
    public void Adam_FirstStep_MovesEachParameterByAboutTheLearningRate()
    {
        // With bias correction, m̂/√v̂ = g/|g| at t = 1: a step of lr·sign(g).
        var network = OneLink(OptimizerKind.Adam);
        var before = network.Weights[0];

        Train(network);

        Assert.Equal(LearningRate, Math.Abs(before - network.Weights[0]), 6);
    }

    [Theory]
    [InlineData(OptimizerKind.Momentum)]
    [InlineData(OptimizerKind.Adam)]
    public void L2_IsAppliedAfterTheOptimizerStep_AsTheOriginalDoes(OptimizerKind optimizer)
    {
        var plain = OneLink(optimizer, regularization: RegularizationKind.None);
        var l2 = OneLink(optimizer, regularization: RegularizationKind.L2);
        var before = l2.Weights[0];

        Train(plain);
        Train(l2, regularizationRate: 0.2);

        Assert.Equal(plain.Weights[0] - (LearningRate * 0.2 * before), l2.Weights[0], 15);
    }

    [Fact]
    public void L1_KillsLinkThatCrossesZero_UnderAdam()
    {
        var network = OneLink(OptimizerKind.Adam, regularization: RegularizationKind.L1);

        Train(network, regularizationRate: 100);

        Assert.True(network.IsDead[0]);
        Assert.Equal(0, network.Weights[0]);
    }

    [Fact]
    public void SetOptimizer_Sgd_KeepsTheOriginalUpdate()
    {
        var sgd = OneLink(OptimizerKind.Sgd);
        var reference = OneLink(null);

        Train(sgd);
        Train(reference);

        Assert.Equal(reference.Weights[0], sgd.Weights[0]);
        Assert.Equal(reference.Biases[0], sgd.Biases[0]);
    }

    private static (double M, double V, double Step) Adam(double m, double v, double g, int t)
    {
        m = (0.9 * m) + (0.1 * g);
        v = (0.999 * v) + (0.001 * g * g);
        var mHat = m / (1 - Math.Pow(0.9, t));
        var vHat = v / (1 - Math.Pow(0.999, t));
        return (m, v, LearningRate * mHat / (Math.Sqrt(vHat) + 1e-8));
    }

    // x → y, linear: one link, one bias; the only example is x = 2, target 1.
    private static Network OneLink(OptimizerKind? optimizer, double momentum = 0.9, RegularizationKind regularization = RegularizationKind.None)
    {
        var network = Network.Build(["x"], [], ActivationKind.Linear, ActivationKind.Linear, regularization, initZero: false, new SeededRandom("optimizer"));
        network.SetWeight(0, 0.3);
        if (optimizer is { } kind)
        {
            network.SetOptimizer(kind, momentum);
        }

        return network;
    }

    private static void Train(Network network, double regularizationRate = 0)
    {
        network.Forward([2.0]);
        network.Backward(1);
        network.UpdateWeights(LearningRate, regularizationRate);
    }
}
