using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class TrainingControlsTests : PlaygroundTestContext
{
    [Theory]
    [InlineData("momentum", OptimizerKind.Momentum)]
    [InlineData("adam", OptimizerKind.Adam)]
    public void Optimizer_SetsKindAndRebuilds_WhenChosen(string value, OptimizerKind expected)
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<TopBar>();
        var version = session.NetworkVersion;

        cut.Find("[data-testid=optimizer]").Change(value);

        Assert.Equal(expected, session.Model.State.Optimizer);
        Assert.Equal(version + 1, session.NetworkVersion);
        Assert.Contains("optimizer=" + value, Host.Hashes[^1], StringComparison.Ordinal);
        Assert.Equal(value, cut.Find("[data-testid=optimizer]").GetAttribute("value"));
    }

    [Fact]
    public void Dropout_SetsRateAndRebuilds_WhenChosen()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<TopBar>();
        var version = session.NetworkVersion;

        cut.Find("[data-testid=dropout]").Change("0.2");

        Assert.Equal(0.2, session.Model.State.Dropout);
        Assert.Equal(version + 1, session.NetworkVersion);
        Assert.Contains("dropout=0.2", Host.Hashes[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Dropout_ListsAndSelectsTheLinksRate_WhenItIsNotAnOption()
    {
        LoadSession("#dropout=0.25&seed=0.12345");

        var select = Render<TopBar>().Find("[data-testid=dropout]");

        Assert.Equal(["0", "0.1", "0.2", "0.25", "0.3", "0.5"], select.QuerySelectorAll("option").Select(o => o.GetAttribute("value")!));
        Assert.Equal("0.25", select.GetAttribute("value"));
    }

    [Fact]
    public void Speed_SetsEpochsPerFrameWithoutRebuild_WhenChosen()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<TopBar>();
        session.TogglePlay();
        var network = session.Model.Network;

        cut.Find("[data-testid=speed]").Change("10");

        Assert.Equal(10, session.Model.State.EpochsPerFrame);
        Assert.Same(network, session.Model.Network);
        Assert.True(session.IsPlaying);
        Assert.Contains("epochsPerFrame=10", Host.Hashes[^1], StringComparison.Ordinal);
        Assert.Equal("10", cut.Find("[data-testid=speed]").GetAttribute("value"));
    }

    [Fact]
    public void Speed_ListsTheLinksValue_WhenItIsNotAnOption()
    {
        LoadSession("#epochsPerFrame=3&seed=0.12345");

        var select = Render<TopBar>().Find("[data-testid=speed]");

        Assert.Equal(["1", "2", "3", "5", "10", "20", "50", "100"], select.QuerySelectorAll("option").Select(o => o.GetAttribute("value")!));
        Assert.Equal("3", select.GetAttribute("value"));
    }

    [Fact]
    public void Problem_SwitchesToMulticlassWithClassOutputs_WhenMulticlassIsChosen()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<TopBar>();

        cut.Find("[data-testid=problem]").Change("multiclass");

        Assert.Equal(ProblemKind.Multiclass, session.Model.State.Problem);
        Assert.Equal(3, session.Model.Network.OutputCount);
        Assert.Contains("problem=multiclass", Host.Hashes[^1], StringComparison.Ordinal);
        Assert.Equal("multiclass", cut.Find("[data-testid=problem]").GetAttribute("value"));
    }

    [Theory]
    [InlineData("gelu", ActivationKind.Gelu)]
    [InlineData("leakyrelu", ActivationKind.LeakyRelu)]
    [InlineData("sine", ActivationKind.Sine)]
    public void Activation_SetsANewActivation_WhenChosen(string value, ActivationKind expected)
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<TopBar>();

        cut.Find("[data-testid=activation]").Change(value);

        Assert.Equal(expected, session.Model.State.Activation);
        Assert.Contains("activation=" + value, Host.Hashes[^1], StringComparison.Ordinal);
        Assert.Equal(value, cut.Find("[data-testid=activation]").GetAttribute("value"));
    }
}
