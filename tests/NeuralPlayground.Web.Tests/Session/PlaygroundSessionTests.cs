using NeuralPlayground.Core.Nn;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Session;

public sealed class PlaygroundSessionTests : PlaygroundTestContext
{
    [Fact]
    public void Load_NormalizesHash_WithOriginalKeyOrder()
    {
        LoadSession("#seed=0.12345");

        Assert.StartsWith("activation=tanh&batchSize=10&dataset=circle", Host.Hashes[^1], StringComparison.Ordinal);
        Assert.Contains("seed=0.12345", Host.Hashes[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void OnFrame_TrainsOneEpochAndDraws_WhenPlaying()
    {
        var session = LoadSession("#seed=0.12345");

        session.TogglePlay();
        session.OnFrame(0);
        session.OnFrame(16);

        Assert.Equal(2, session.Model.Epoch);
        Assert.Equal(3, session.Losses.Count);
        Assert.StartsWith("main,node-x,node-y,node-xSquared", Host.Frames[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void OnFrame_DrawsNothing_WhenPausedAndUnchanged()
    {
        var session = LoadSession("#seed=0.12345");
        session.OnFrame(0);
        var frames = Host.Frames.Count;

        session.OnFrame(16);

        Assert.Equal(frames, Host.Frames.Count);
        Assert.Equal(0, session.Model.Epoch);
    }

    [Fact]
    public void SetActivation_PausesAndRestartsChart_WithNewWeights()
    {
        var session = LoadSession("#seed=0.12345");
        session.TogglePlay();
        session.OnFrame(0);
        var weights = session.Model.Network.Weights.ToArray();

        session.SetActivation(ActivationKind.Relu);

        Assert.False(session.IsPlaying);
        Assert.Single(session.Losses);
        Assert.NotEqual(weights, session.Model.Network.Weights);
        Assert.Contains("activation=relu", Host.Hashes[^1], StringComparison.Ordinal);
        Assert.Contains("weightSkip=", Host.Hashes[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void SetLearningRate_KeepsPlayingAndNetwork_WhenChanged()
    {
        var session = LoadSession("#seed=0.12345");
        session.TogglePlay();
        var network = session.Model.Network;

        session.SetLearningRate(0.1);

        Assert.True(session.IsPlaying);
        Assert.Same(network, session.Model.Network);
        Assert.Contains("learningRate=0.1&", Host.Hashes[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void OnHashEdited_LoadsNewState_WithoutPageReload()
    {
        var session = LoadSession("#seed=0.12345");

        session.OnHashEdited("http://localhost/#seed=0.5&dataset=xor&networkShape=3");

        Assert.Equal("0.5", session.Model.State.Seed);
        Assert.Equal([3], session.Model.State.NetworkShape);
    }

    [Fact]
    public void SetHidden_ChangesTheLinkButHidesOnlyOnLoad_LikeTheOriginal()
    {
        var session = LoadSession("#seed=0.12345&noise_hide=true");

        session.SetHidden("playButton", true);

        Assert.False(session.IsHidden("playButton"));
        Assert.True(session.IsHidden("noise"));
        Assert.EndsWith("noise_hide=true&playButton_hide=true", Host.Hashes[^1], StringComparison.Ordinal);
        LoadSession("#" + Host.Hashes[^1]);
        Assert.True(session.IsHidden("playButton"));
    }

    [Theory]
    [InlineData(1024, 944)]
    [InlineData(1180, 1100)]
    [InlineData(1399, 1100)]
    [InlineData(1440, 1220)]
    public void OnResized_FollowsTheOriginalsPageWidths(double viewport, double page)
    {
        var session = LoadSession("#seed=0.12345");

        session.OnResized(viewport);

        Assert.Equal(page, session.PageWidth);
    }
}
