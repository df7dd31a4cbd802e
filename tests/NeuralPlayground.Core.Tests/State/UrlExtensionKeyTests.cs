using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Tests.State;

/// <summary>Our issue-4 keys: read, corrected, written only when set, round trip.</summary>
public sealed class UrlExtensionKeyTests
{
    [Fact]
    public void DefaultState_WritesNoneOfTheNewKeys()
    {
        var hash = UrlState.Serialize(new PlaygroundState { Seed = "0.1" });

        foreach (var key in new[] { "optimizer", "momentum", "dropout", "classes", "mcDataset", "maxEpochs", "stopAtLoss", "epochsPerFrame" })
        {
            Assert.DoesNotContain(key + "=", hash, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryNewKey_IsReadAndRoundTrips()
    {
        const string Hash = "problem=multiclass&optimizer=adam&momentum=0.5&dropout=0.25&classes=5&mcDataset=rings&maxEpochs=300&stopAtLoss=0.1&epochsPerFrame=10";

        var parsed = UrlState.Parse(Hash);
        var state = parsed.State;

        Assert.Empty(parsed.Warnings);
        Assert.Equal(ProblemKind.Multiclass, state.Problem);
        Assert.Equal(OptimizerKind.Adam, state.Optimizer);
        Assert.Equal(0.5, state.Momentum);
        Assert.Equal(0.25, state.Dropout);
        Assert.Equal(5, state.Classes);
        Assert.Equal(MulticlassDatasetKind.Rings, state.McDataset);
        Assert.Equal(300, state.MaxEpochs);
        Assert.Equal(0.1, state.StopAtLoss);
        Assert.Equal(10, state.EpochsPerFrame);
        Assert.Equal(state, UrlState.Parse(UrlState.Serialize(state)).State);
    }

    [Theory]
    [InlineData("activation=elu", ActivationKind.Elu)]
    [InlineData("activation=leakyrelu", ActivationKind.LeakyRelu)]
    [InlineData("activation=swish", ActivationKind.Swish)]
    [InlineData("activation=gelu", ActivationKind.Gelu)]
    [InlineData("activation=softplus", ActivationKind.Softplus)]
    [InlineData("activation=sine", ActivationKind.Sine)]
    public void NewActivations_AreAccepted(string hash, ActivationKind expected)
    {
        var state = UrlState.Parse(hash).State;

        Assert.Equal(expected, state.Activation);
        Assert.StartsWith(hash + "&", UrlState.Serialize(state), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dropout=0.95", "dropout", 0.9)]
    [InlineData("dropout=-1", "dropout", 0.0)]
    [InlineData("classes=9", "classes", 6.0)]
    [InlineData("classes=2", "classes", 3.0)]
    [InlineData("classes=4.4", "classes", 4.0)]
    [InlineData("epochsPerFrame=1000", "epochsPerFrame", 100.0)]
    [InlineData("epochsPerFrame=0", "epochsPerFrame", 1.0)]
    [InlineData("momentum=1", "momentum", 0.999)]
    public void OutOfRange_IsClampedWithAWarning(string hash, string key, double expected)
    {
        var parsed = UrlState.Parse(hash);

        Assert.Single(parsed.Warnings, w => w.StartsWith(key + ":", StringComparison.Ordinal));
        double actual = key switch
        {
            "dropout" => parsed.State.Dropout,
            "classes" => parsed.State.Classes,
            "epochsPerFrame" => parsed.State.EpochsPerFrame,
            _ => parsed.State.Momentum,
        };
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("maxEpochs=0")]
    [InlineData("maxEpochs=1.5")]
    [InlineData("maxEpochs=abc")]
    [InlineData("stopAtLoss=-1")]
    [InlineData("stopAtLoss=NaN")]
    [InlineData("optimizer=rmsprop")]
    [InlineData("mcDataset=moons")]
    [InlineData("dropout=x")]
    public void BadValues_KeepDefaultsWithAWarning(string hash)
    {
        var parsed = UrlState.Parse(hash);

        Assert.Single(parsed.Warnings);
        Assert.Null(parsed.State.MaxEpochs);
        Assert.Null(parsed.State.StopAtLoss);
        Assert.Equal(OptimizerKind.Sgd, parsed.State.Optimizer);
        Assert.Equal(MulticlassDatasetKind.Blobs, parsed.State.McDataset);
        Assert.Equal(0, parsed.State.Dropout);
    }

    [Fact]
    public void MulticlassProblem_AlwaysWritesItsClassesAndDataset()
    {
        var hash = UrlState.Serialize(UrlState.Parse("problem=multiclass").State);

        Assert.Contains("&classes=3", hash, StringComparison.Ordinal);
        Assert.Contains("&mcDataset=blobs", hash, StringComparison.Ordinal);
    }
}
