using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Grid;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Randomness;

namespace NeuralPlayground.Core.Tests.Grid;

public sealed class FastSoftmaxTests
{
    [Fact]
    public void Evaluate_MatchesDoubleSoftmaxWithin1e6_ForRandomLogits()
    {
        var random = new SeededRandom("0.27182");
        var logits = Enumerable.Range(0, 4).Select(_ => Enumerable.Range(0, 1000).Select(_ => (float)((random.NextDouble() - 0.5) * 40)).ToArray()).ToArray();
        var softmax = new FastSoftmax();

        softmax.Evaluate(logits, oneHot: false);

        for (var p = 0; p < 1000; p++)
        {
            var exact = logits.Select(l => (double)l[p]).ToArray();
            Softmax.Apply(exact);
            for (var c = 0; c < 4; c++)
            {
                Assert.Equal(exact[c], softmax.Probabilities[c][p], 1e-6);
            }
        }
    }

    [Fact]
    public void Evaluate_StaysFinite_ForLogitsBeyondSinglePrecisionExp()
    {
        var softmax = new FastSoftmax();

        softmax.Evaluate([[1000f, -1000f], [999f, 1000f], [0f, 1000f]], oneHot: false);

        Assert.Equal(1 / (1 + Math.Exp(-1)), softmax.Probabilities[0][0], 1e-6);
        Assert.Equal(1 / (1 + Math.Exp(1)), softmax.Probabilities[1][0], 1e-6);
        Assert.Equal(0.5, softmax.Probabilities[1][1], 1e-6);
        Assert.Equal(0.5, softmax.Probabilities[2][1], 1e-6);
    }

    [Fact]
    public void Evaluate_GivesTheLikeliestClassOne_WhenOneHot()
    {
        var softmax = new FastSoftmax();

        softmax.Evaluate([[0.1f, 2f, 1f], [0.3f, 1f, 1f], [0.2f, 0f, 0f]], oneHot: true);

        Assert.Equal([0f, 1f, 1f], softmax.Probabilities[0]);
        Assert.Equal([1f, 0f, 0f], softmax.Probabilities[1]);
        Assert.Equal([0f, 0f, 0f], softmax.Probabilities[2]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Evaluate_GivesNaN_ForACellWithANaNLogit(bool oneHot)
    {
        var softmax = new FastSoftmax();

        softmax.Evaluate([[float.NaN, 1f], [0f, 2f]], oneHot);

        Assert.True(float.IsNaN(softmax.Probabilities[0][0]));
        Assert.True(float.IsNaN(softmax.Probabilities[1][0]));
        Assert.False(float.IsNaN(softmax.Probabilities[1][1]));
    }

    [Fact]
    public void Evaluate_MatchesTheNetworksOwnSoftmax_OnTheGridOfAMulticlassNetwork()
    {
        var inputs = new[] { InputFeatures.Find("x")!, InputFeatures.Find("y")! };
        var network = Network.Build(["x", "y"], [4], ActivationKind.Tanh, ActivationKind.Tanh, RegularizationKind.None, false, new SeededRandom("0.5"), outputCount: 3);
        var grid = new FastGrid();
        grid.Evaluate(network, inputs);
        var softmax = new FastSoftmax();

        softmax.Evaluate(grid, network.NodeCount - 3, 3, oneHot: false);

        var exact = DecisionGrid.Exact(network, inputs);
        for (var p = 0; p < DecisionGrid.CellCount; p += 97)
        {
            double[] probabilities = [.. Enumerable.Range(0, 3).Select(c => exact[network.NodeCount - 3 + c][p])];
            Softmax.Apply(probabilities);
            Assert.Equal(1, softmax.Probabilities[0][p] + softmax.Probabilities[1][p] + softmax.Probabilities[2][p], 1e-6);
            Assert.Equal(probabilities[2], softmax.Probabilities[2][p], 1e-3);
        }
    }
}
