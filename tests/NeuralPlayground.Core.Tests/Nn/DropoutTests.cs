using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Randomness;

namespace NeuralPlayground.Core.Tests.Nn;

/// <summary>Inverted dropout: its documented mask order, its gradients, and that it is training-only.</summary>
public sealed class DropoutTests
{
    private const double Rate = 0.4;
    private const double Step = 1e-6;

    [Theory]
    [InlineData(ActivationKind.Tanh)]
    [InlineData(ActivationKind.Relu)]
    [InlineData(ActivationKind.Sigmoid)]
    public void TrainEpoch_AccumulatesTheGradientOfTheMaskedNetwork(ActivationKind hidden)
    {
        var (network, train) = Build(hidden);
        var masks = Masks(network, train.Count);

        // A batch larger than the set: no update, the accumulated gradient stays readable.
        network.TrainEpoch(train, batchSize: 1000, learningRate: 0.1, regularizationRate: 0);

        for (var k = 0; k < network.LinkCount; k++)
        {
            var saved = network.Weights[k];
            network.SetWeight(k, saved + Step);
            var plus = MaskedLoss(network, train, masks);
            network.SetWeight(k, saved - Step);
            var minus = MaskedLoss(network, train, masks);
            network.SetWeight(k, saved);
            Assert.Equal((plus - minus) / (2 * Step), network.AccErrorDer[k], 6);
        }

        for (var k = 0; k < network.Biases.Length; k++)
        {
            var saved = network.Biases[k];
            network.Biases[k] = saved + Step;
            var plus = MaskedLoss(network, train, masks);
            network.Biases[k] = saved - Step;
            var minus = MaskedLoss(network, train, masks);
            network.Biases[k] = saved;
            Assert.Equal((plus - minus) / (2 * Step), network.AccInputDer[k + network.InputCount], 6);
        }
    }

    [Fact]
    public void Masks_DropAboutTheRate_AndScaleKeptUnits()
    {
        var (network, train) = Build(ActivationKind.Tanh);
        var masks = Masks(network, 2000);

        var dropped = masks.SelectMany(m => m).Count(v => v == 0);
        var total = masks.Sum(m => m.Length);

        Assert.InRange((double)dropped / total, Rate - 0.03, Rate + 0.03);
        Assert.All(masks.SelectMany(m => m), v => Assert.True(v == 0 || v == 1 / (1 - Rate)));
        Assert.True(train.Count > 0);
    }

    [Fact]
    public void Forward_OutsideTraining_UsesTheWholeNetwork()
    {
        var (withDropout, _) = Build(ActivationKind.Tanh);
        var (without, _) = Build(ActivationKind.Tanh);
        without.SetDropout(0, null);

        Assert.Equal(without.Forward([0.3, -0.7]), withDropout.Forward([0.3, -0.7]));
    }

    [Fact]
    public void SameStream_GivesTheSameRun()
    {
        var (a, train) = Build(ActivationKind.Relu);
        var (b, _) = Build(ActivationKind.Relu);

        for (var epoch = 0; epoch < 5; epoch++)
        {
            a.TrainEpoch(train, 10, 0.03, 0);
            b.TrainEpoch(train, 10, 0.03, 0);
        }

        Assert.Equal(a.Weights, b.Weights);
        Assert.Equal(a.Biases, b.Biases);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    public void SetDropout_RefusesRatesOutsideZeroToOne(double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Build(ActivationKind.Tanh).Network.SetDropout(rate, new SeededRandom("m")));

    private static (Network Network, FeatureMatrix Train) Build(ActivationKind hidden)
    {
        var network = Network.Build(["x", "y"], [4, 3], hidden, ActivationKind.Tanh, RegularizationKind.None, initZero: false, new SeededRandom("dropout"));
        network.SetDropout(Rate, new SeededRandom("masks"));
        var random = new SeededRandom("dropout-data");
        var points = Enumerable.Range(0, 7).Select(_ => new Example2D((random.NextDouble() * 4) - 2, (random.NextDouble() * 4) - 2, random.NextDouble() < 0.5 ? -1 : 1)).ToArray();
        return (network, FeatureMatrix.Create(points, [InputFeatures.Find("x")!, InputFeatures.Find("y")!]));
    }

    // The documented order: per example, per hidden layer, per node, one draw; kept when ≥ rate.
    private static double[][] Masks(Network network, int examples)
    {
        var random = new SeededRandom("masks");
        var hiddenUnits = Enumerable.Range(1, network.LayerCount - 2).Sum(l => network.LayerSizes[l]);
        return [.. Enumerable.Range(0, examples).Select(_ => Enumerable.Range(0, hiddenUnits).Select(_ => random.NextDouble() >= Rate ? 1 / (1 - Rate) : 0).ToArray())];
    }

    private static double MaskedLoss(Network network, FeatureMatrix train, double[][] masks)
    {
        double sum = 0;
        for (var e = 0; e < train.Count; e++)
        {
            double[] values = [.. train.Row(e)];
            var unit = 0;
            for (var l = 1; l < network.LayerCount; l++)
            {
                var next = new double[network.LayerSizes[l]];
                for (var i = 0; i < next.Length; i++)
                {
                    var total = network.Biases[network.NodeIndex(l, i) - network.InputCount];
                    for (var j = 0; j < values.Length; j++)
                    {
                        total += network.Weights[network.LinkIndex(l, i, j)] * values[j];
                    }

                    var kind = l == network.LayerCount - 1 ? network.OutputActivation : network.Activation;
                    next[i] = Activations.Output(kind, total) * (l < network.LayerCount - 1 ? masks[e][unit++] : 1);
                }

                values = next;
            }

            var d = values[0] - train.Labels[e];
            sum += 0.5 * d * d;
        }

        return sum;
    }
}
