using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Session;

public sealed class PlaygroundSessionPlayLoopTests : PlaygroundTestContext
{
    // Regression with a linear network at learning rate 10: every loss is NaN from epoch 1 on.
    private const string Diverging = "#problem=regression&activation=linear&learningRate=10&seed=0.12345";

    [Fact]
    public void OnFrame_TrainsEpochsPerFrameEpochsWithALossPointEach_ButDrawsOnce()
    {
        var session = LoadSession("#epochsPerFrame=5&seed=0.12345");
        var trained = 0;
        session.Trained += () => trained++;
        session.TogglePlay();

        session.OnFrame(0);
        session.OnFrame(16);

        Assert.Equal(10, session.Model.Epoch);
        Assert.Equal(11, session.Losses.Count);
        Assert.Equal(2, trained);
        Assert.Equal(2, Host.Frames.Count);
    }

    [Fact]
    public void OnFrame_TrainsTheSameEpochs_AsStepping()
    {
        var fast = LoadSession("#epochsPerFrame=20&seed=0.12345");
        fast.TogglePlay();
        fast.OnFrame(0);
        var weights = fast.Model.Network.Weights.ToArray();
        var losses = fast.Losses.ToArray();

        fast.OnHashEdited("http://localhost/#seed=0.12345");
        for (var e = 0; e < 20; e++)
        {
            fast.Step();
        }

        Assert.Equal(weights, fast.Model.Network.Weights.ToArray());
        Assert.Equal(losses, fast.Losses);
    }

    [Fact]
    public void OnFrame_PausesAtMaxEpochs_WithinAFrame()
    {
        var session = LoadSession("#maxEpochs=7&epochsPerFrame=5&seed=0.12345");
        var changes = 0;
        session.Changed += () => changes++;
        session.TogglePlay();

        session.OnFrame(0);
        session.OnFrame(16);
        session.OnFrame(32);

        Assert.False(session.IsPlaying);
        Assert.Equal(7, session.Model.Epoch);
        Assert.Equal(7, session.Model.StoppedAtEpoch);
        Assert.Equal(8, session.Losses.Count);
        Assert.Equal(2, changes);
    }

    [Fact]
    public void TogglePlay_TrainsOnPastAReachedStop_WhenPressedAgain()
    {
        var session = LoadSession("#maxEpochs=2&seed=0.12345");
        session.TogglePlay();
        session.OnFrame(0);
        session.OnFrame(16);

        session.TogglePlay();
        session.OnFrame(32);
        session.OnFrame(48);

        Assert.True(session.IsPlaying);
        Assert.Equal(4, session.Model.Epoch);
    }

    [Fact]
    public void OnFrame_PausesOnDivergence_AtTheFirstNonFiniteEpoch()
    {
        var session = LoadSession(Diverging.Replace("#", "#epochsPerFrame=10&", StringComparison.Ordinal));
        session.TogglePlay();

        session.OnFrame(0);

        Assert.False(session.IsPlaying);
        Assert.Equal(1, session.Model.DivergedAtEpoch);
        Assert.Equal(1, session.Model.Epoch);
    }

    [Fact]
    public void TogglePlay_DoesNothing_WhenDiverged()
    {
        var session = LoadSession(Diverging);
        session.Step();
        var changes = 0;
        session.Changed += () => changes++;

        session.TogglePlay();
        session.OnFrame(0);

        Assert.False(session.IsPlaying);
        Assert.Equal(1, session.Model.Epoch);
        Assert.Equal(0, changes);
    }

    [Fact]
    public void ResetWithLearningRate_RebuildsAtTheNewRateAndPlaysAgain_AfterDivergence()
    {
        var session = LoadSession(Diverging);
        session.TogglePlay();
        session.OnFrame(0);
        var version = session.NetworkVersion;

        session.ResetWithLearningRate(0.03);
        session.TogglePlay();
        session.OnFrame(16);

        Assert.Equal(version + 1, session.NetworkVersion);
        Assert.Null(session.Model.DivergedAtEpoch);
        Assert.True(session.IsPlaying);
        Assert.Equal(1, session.Model.Epoch);
        Assert.Contains("learningRate=0.03&", Host.Hashes[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void OnFrame_PaintsTheMainHeatmapInClassColours_ForMulticlass()
    {
        var session = LoadSession("#problem=multiclass&classes=3&mcDataset=blobs&noise=10&discretize=true&epochsPerFrame=50&seed=0.27182");
        session.TogglePlay();

        session.OnFrame(0);

        var colours = Enumerable.Range(0, 100 * 100).Select(p => (Host.LastPixels[4 * p], Host.LastPixels[(4 * p) + 1], Host.LastPixels[(4 * p) + 2])).ToHashSet();
        Assert.Equal(Enumerable.Range(0, 3).Select(ClassPalette.Rgb).ToHashSet(), colours);
        Assert.StartsWith("main,", Host.Frames[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void OnFrame_ShadesTheMainHeatmapByConfidence_WhenNotDiscretized()
    {
        var session = LoadSession("#problem=multiclass&classes=4&mcDataset=blobs&seed=0.27182");

        session.OnFrame(0);

        var pixel = Host.LastPixels.AsSpan(0, 4).ToArray();
        var palette = Enumerable.Range(0, 4).Select(ClassPalette.Rgb);
        Assert.DoesNotContain((pixel[0], pixel[1], pixel[2]), palette);
        Assert.Equal(Colors.HeatmapAlpha, pixel[3]);
    }
}
