using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Randomness;

namespace NeuralPlayground.Core.Tests.Nn;

/// <summary>The softmax output with cross-entropy: values, and gradients against finite differences.</summary>
public sealed class SoftmaxTests
{
    private const double Step = 1e-6;

    [Fact]
    public void Apply_GivesProbabilitiesThatSumToOne_AndSurvivesHugeLogits()
    {
        double[] values = [1000, 1001, 999];

        Softmax.Apply(values);

        Assert.Equal(1, values.Sum(), 14);
        Assert.True(values[1] > values[0] && values[0] > values[2]);
        Assert.Equal(Math.Exp(1) / (1 + Math.E + Math.Exp(-1)), values[1], 14);
    }

    [Fact]
    public void CrossEntropy_IsMinusLogOfTheLabelsProbability()
    {
        double[] logits = [0.5, -1, 2];
        var probabilities = logits.ToArray();
        Softmax.Apply(probabilities);

        for (var label = 0; label < 3; label++)
        {
            Assert.Equal(-Math.Log(probabilities[label]), Softmax.CrossEntropy(logits, label), 14);
        }
    }

    [Fact]
    public void NaNLogit_MakesEveryProbabilityNaN()
    {
        double[] values = [1, double.NaN, 0];

        Softmax.Apply(values);

        Assert.All(values, v => Assert.True(double.IsNaN(v)));
    }

    [Theory]
    [InlineData(ActivationKind.Tanh)]
    [InlineData(ActivationKind.Relu)]
    [InlineData(ActivationKind.Sigmoid)]
    public void Backward_MatchesFiniteDifferencesOfCrossEntropy(ActivationKind hidden)
    {
        var network = Network.Build(["x", "y"], [4, 3], hidden, ActivationKind.Tanh, RegularizationKind.None, initZero: false, new SeededRandom("softmax"), outputCount: 4);
        var random = new SeededRandom("softmax-batch");
        var batch = Enumerable.Range(0, 6).Select(i => (new[] { (random.NextDouble() * 4) - 2, (random.NextDouble() * 4) - 2 }, (double)(i % 4))).ToArray();
        foreach (var (input, label) in batch)
        {
            network.Forward(input);
            network.Backward(label);
        }

        for (var k = 0; k < network.LinkCount; k++)
        {
            var saved = network.Weights[k];
            network.SetWeight(k, saved + Step);
            var plus = Loss(network, batch);
            network.SetWeight(k, saved - Step);
            var minus = Loss(network, batch);
            network.SetWeight(k, saved);
            Assert.Equal((plus - minus) / (2 * Step), network.AccErrorDer[k], 6);
        }

        for (var k = 0; k < network.Biases.Length; k++)
        {
            var saved = network.Biases[k];
            network.Biases[k] = saved + Step;
            var plus = Loss(network, batch);
            network.Biases[k] = saved - Step;
            var minus = Loss(network, batch);
            network.Biases[k] = saved;
            Assert.Equal((plus - minus) / (2 * Step), network.AccInputDer[k + network.InputCount], 6);
        }
    }

    [Fact]
    public void Forward_GivesClassProbabilities_OnTheOutputNodes()
    {
        var network = Network.Build(["x", "y"], [3], ActivationKind.Tanh, ActivationKind.Tanh, RegularizationKind.None, initZero: false, new SeededRandom("softmax"), outputCount: 3);

        network.Forward([0.4, -1.2]);

        var outputs = network.NodeOutput.AsSpan(network.NodeIndex(network.LayerCount - 1, 0), 3).ToArray();
        Assert.True(network.IsSoftmax);
        Assert.Equal(1, outputs.Sum(), 14);
        Assert.All(outputs, p => Assert.InRange(p, 0, 1));
    }

    private static double Loss(Network network, (double[] Input, double Label)[] batch)
    {
        double sum = 0;
        var first = network.NodeIndex(network.LayerCount - 1, 0);
        foreach (var (input, label) in batch)
        {
            network.Forward(input);
            sum -= Math.Log(network.NodeOutput[first + (int)label]);
        }

        return sum;
    }
}
