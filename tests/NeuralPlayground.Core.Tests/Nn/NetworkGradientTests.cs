using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Nn;

public sealed class NetworkGradientTests
{
    private const double Step = 1e-6;

    public static TheoryData<ActivationKind, ActivationKind> Activations()
    {
        var data = new TheoryData<ActivationKind, ActivationKind>();
        foreach (var hidden in Enum.GetValues<ActivationKind>())
        {
            data.Add(hidden, ActivationKind.Tanh);
            data.Add(hidden, ActivationKind.Linear);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Activations))]
    public void Backward_MatchesFiniteDifferences_ForWeights(ActivationKind hidden, ActivationKind output)
    {
        var network = Networks.Small(hidden, output);
        var batch = Networks.Batch();

        Accumulate(network, batch);

        for (var k = 0; k < network.LinkCount; k++)
        {
            var numeric = Networks.CentralDifference(network, batch, () => network.Weights[k], v => network.SetWeight(k, v), Step);
            AssertClose(numeric, network.AccErrorDer[k], $"weight {k}");
        }
    }

    [Theory]
    [MemberData(nameof(Activations))]
    public void Backward_MatchesFiniteDifferences_ForBiases(ActivationKind hidden, ActivationKind output)
    {
        var network = Networks.Small(hidden, output);
        var batch = Networks.Batch();

        Accumulate(network, batch);

        for (var k = 0; k < network.Biases.Length; k++)
        {
            var numeric = Networks.CentralDifference(network, batch, () => network.Biases[k], v => network.Biases[k] = v, Step);
            AssertClose(numeric, network.AccInputDer[k + network.InputCount], $"bias {k}");
        }
    }

    [Theory]
    [InlineData(RegularizationKind.L1)]
    [InlineData(RegularizationKind.L2)]
    public void UpdateWeights_StepsAlongGradientOfRegularizedLoss_ForRegularizer(RegularizationKind regularization)
    {
        const double learningRate = 1e-4;
        const double rate = 0.3;
        var network = Networks.Small(ActivationKind.Tanh, ActivationKind.Tanh, regularization);
        var batch = Networks.Batch();
        var before = network.Weights.ToArray();
        var numeric = new double[network.LinkCount];
        for (var k = 0; k < network.LinkCount; k++)
        {
            numeric[k] = (Networks.CentralDifference(network, batch, () => network.Weights[k], v => network.SetWeight(k, v), Step) / batch.Length) + (rate * PenaltyDerivative(regularization, before, k));
        }

        Accumulate(network, batch);
        network.UpdateWeights(learningRate, rate);

        for (var k = 0; k < network.LinkCount; k++)
        {
            AssertClose(numeric[k], (before[k] - network.Weights[k]) / learningRate, $"weight {k}");
        }
    }

    [Fact]
    public void UpdateWeights_KillsLinkForGood_WhenL1StepCrossesZero()
    {
        var network = Networks.Small(ActivationKind.Tanh, ActivationKind.Tanh, RegularizationKind.L1);
        var batch = Networks.Batch();

        Accumulate(network, batch);
        network.UpdateWeights(learningRate: 1, regularizationRate: 10);
        var deadAfterOne = network.IsDead.ToArray();
        Accumulate(network, batch);
        network.UpdateWeights(learningRate: 1, regularizationRate: 0);

        Assert.Contains(true, deadAfterOne);
        for (var k = 0; k < network.LinkCount; k++)
        {
            Assert.Equal(deadAfterOne[k], network.IsDead[k]);
            if (deadAfterOne[k])
            {
                Assert.Equal(0, network.Weights[k]);
            }
        }
    }

    private static void Accumulate(Network network, (double[] Input, double Label)[] batch)
    {
        foreach (var (input, label) in batch)
        {
            network.Forward(input);
            network.Backward(label);
        }
    }

    private static double PenaltyDerivative(RegularizationKind regularization, double[] weights, int k) =>
        regularization == RegularizationKind.L1 ? Math.Sign(weights[k]) : weights[k];

    private static void AssertClose(double expected, double actual, string what)
    {
        var tolerance = 1e-6 * Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: finite difference {expected:R}, backprop {actual:R}");
    }
}
