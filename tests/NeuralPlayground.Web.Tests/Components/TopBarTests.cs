using System.Text.Json;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Tests.Shared;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class TopBarTests : PlaygroundTestContext
{
    public static TheoryData<string, string[], string[], string> OptionLists => new()
    {
        {
            "learning-rate",
            ["0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"],
            ["0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"],
            "0.03"
        },
        {
            "activation",
            ["relu", "tanh", "sigmoid", "linear", "elu", "leakyrelu", "swish", "gelu", "softplus", "sine"],
            ["ReLU", "Tanh", "Sigmoid", "Linear", "ELU", "Leaky ReLU", "Swish", "GELU", "Softplus", "Sine"],
            "tanh"
        },
        { "regularization", ["none", "L1", "L2"], ["None", "L1", "L2"], "none" },
        {
            "regularization-rate",
            ["0", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"],
            ["0", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"],
            "0"
        },
        { "problem", ["classification", "regression", "multiclass"], ["Classification", "Regression", "Multi-class"], "classification" },
        { "optimizer", ["sgd", "momentum", "adam"], ["SGD", "Momentum", "Adam"], "sgd" },
        { "dropout", ["0", "0.1", "0.2", "0.3", "0.5"], ["0", "0.1", "0.2", "0.3", "0.5"], "0" },
        { "speed", ["1", "2", "5", "10", "20", "50", "100"], ["1", "2", "5", "10", "20", "50", "100"], "1" },
    };

    public static TheoryData<string, string> HideFlags => new()
    {
        { "playButton", "play-pause" },
        { "stepButton", "step" },
        { "resetButton", "reset" },
        { "learningRate", "learning-rate" },
        { "activation", "activation" },
        { "regularization", "regularization" },
        { "regularizationRate", "regularization-rate" },
        { "problem", "problem" },
        { "optimizer", "optimizer" },
        { "dropout", "dropout" },
        { "epochsPerFrame", "speed" },
    };

    /// <summary>The hash of MLCC link U12 in the golden URLs (<c>../shared/golden/urls.json</c> or <c>NP_GOLDEN_DIR</c>).</summary>
    internal static string MlccU12Hash()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SharedFiles.Golden("urls.json")));
        var url = json.RootElement.GetProperty("urls").EnumerateArray()
            .First(u => u.GetProperty("id").GetString() == "U12").GetProperty("url").GetString()!;
        return url[url.IndexOf('#', StringComparison.Ordinal)..];
    }

    [Theory]
    [MemberData(nameof(OptionLists))]
    public void Dropdown_ListsTheOriginalsOptionsAndDefault_WhenLoadedWithDefaults(string testId, string[] values, string[] labels, string selected)
    {
        LoadSession("#seed=0.12345");

        var select = Render<TopBar>().Find($"[data-testid={testId}]");

        Assert.Equal("SELECT", select.TagName);
        Assert.Equal(values, select.QuerySelectorAll("option").Select(o => o.GetAttribute("value")!));
        Assert.Equal(labels, select.QuerySelectorAll("option").Select(o => o.TextContent));
        Assert.Equal(selected, select.GetAttribute("value"));
    }

    [Fact]
    public void LearningRate_ShowsBlankSelectionAndKeepsWorking_WhenTheLinkValueIsNotAnOption()
    {
        var session = LoadSession("#learningRate=0.05&seed=0.12345");
        var cut = Render<TopBar>();
        var select = cut.Find("[data-testid=learning-rate]");

        Assert.Equal("0.05", select.GetAttribute("value"));
        Assert.DoesNotContain(select.QuerySelectorAll("option"), o => o.GetAttribute("value") == "0.05");
        Assert.Equal(0.05, session.Model.State.LearningRate);

        select.Change("0.1");

        Assert.Equal(0.1, session.Model.State.LearningRate);
        Assert.Equal("0.1", cut.Find("[data-testid=learning-rate]").GetAttribute("value"));
    }

    [Fact]
    public void Activation_SetsReluAndRebuilds_WhenReluIsChosen()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<TopBar>();
        session.Step();
        var weights = session.Model.Network.Weights.ToArray();

        cut.Find("[data-testid=activation]").Change("relu");

        Assert.Equal(ActivationKind.Relu, session.Model.State.Activation);
        Assert.NotEqual(weights, session.Model.Network.Weights.ToArray());
        Assert.Equal(0, session.Model.Epoch);
        Assert.Contains("activation=relu", Host.Hashes[^1], StringComparison.Ordinal);
        Assert.Equal("relu", cut.Find("[data-testid=activation]").GetAttribute("value"));
    }

    [Fact]
    public void LearningRate_ChangesRateWithoutRebuild_WhenAnOptionIsChosen()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<TopBar>();
        session.Step();
        var weights = session.Model.Network.Weights.ToArray();

        cut.Find("[data-testid=learning-rate]").Change("0.3");

        Assert.Equal(0.3, session.Model.State.LearningRate);
        Assert.Equal(weights, session.Model.Network.Weights.ToArray());
        Assert.Equal(1, session.Model.Epoch);
        Assert.Contains("learningRate=0.3&", Host.Hashes[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("L1", RegularizationKind.L1)]
    [InlineData("L2", RegularizationKind.L2)]
    public void Regularization_SetsKindAndRebuilds_WhenChosen(string value, RegularizationKind expected)
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<TopBar>();
        var version = session.NetworkVersion;

        cut.Find("[data-testid=regularization]").Change(value);

        Assert.Equal(expected, session.Model.State.Regularization);
        Assert.Equal(version + 1, session.NetworkVersion);
    }

    [Fact]
    public void RegularizationRate_SetsRateAndRebuilds_WhenChosen()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<TopBar>();
        var version = session.NetworkVersion;

        cut.Find("[data-testid=regularization-rate]").Change("0.003");

        Assert.Equal(0.003, session.Model.State.RegularizationRate);
        Assert.Equal(version + 1, session.NetworkVersion);
    }

    [Fact]
    public void Problem_SwitchesToRegressionWithNewSeedAndThumbnails_WhenRegressionIsChosen()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<TopBar>();

        cut.Find("[data-testid=problem]").Change("regression");

        Assert.Equal(ProblemKind.Regression, session.Model.State.Problem);
        Assert.NotEqual("0.12345", session.Model.State.Seed);
        Assert.Equal([DatasetKind.RegPlane, DatasetKind.RegGauss], session.Model.Thumbnails.Keys.Order());
        Assert.Equal("regression", cut.Find("[data-testid=problem]").GetAttribute("value"));
    }

    [Fact]
    public void Reset_DrawsNewWeightsAndZeroesEpoch_WhenClicked()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<TopBar>();
        session.Step();
        var weights = session.Model.Network.Weights.ToArray();

        cut.Find("[data-testid=reset]").Click();

        Assert.NotEqual(weights, session.Model.Network.Weights.ToArray());
        Assert.Equal("000,000", cut.Find("[data-testid=epoch]").TextContent);
        Assert.Equal("Reset the network", cut.Find("[data-testid=reset]").GetAttribute("title"));
    }

    [Fact]
    public void PlayPause_StartsAndShowsPauseIcon_WhenClicked()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<TopBar>();
        Assert.Equal("play_arrow", cut.Find("[data-testid=play-pause] svg").GetAttribute("data-icon"));

        cut.Find("[data-testid=play-pause]").Click();

        Assert.True(session.IsPlaying);
        Assert.Contains("playing", cut.Find("[data-testid=play-pause]").ClassList);
        Assert.Equal("pause", cut.Find("[data-testid=play-pause] svg").GetAttribute("data-icon"));
    }

    [Fact]
    public void Step_PausesTrainsOneEpochAndUpdatesCounter_WhenClicked()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<TopBar>();
        session.TogglePlay();

        cut.Find("[data-testid=step]").Click();

        Assert.False(session.IsPlaying);
        Assert.Equal(1, session.Model.Epoch);
        Assert.Equal("000,001", cut.Find("[data-testid=epoch]").TextContent);
        Assert.DoesNotContain("playing", cut.Find("[data-testid=play-pause]").ClassList);
    }

    [Fact]
    public void Epoch_FollowsEveryTrainedEpoch_WhenPlaying()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<TopBar>();
        session.TogglePlay();

        for (var frame = 0; frame < 12; frame++)
        {
            session.OnFrame(frame * 16.0);
        }

        Assert.Equal("000,012", cut.Find("[data-testid=epoch]").TextContent);
    }

    [Theory]
    [InlineData(999_999, "999,999")]
    [InlineData(1_000_000, "1,000,000")]
    [InlineData(1_234_567, "1,234,567")]
    public void EpochFormatting_KeepsEveryDigit_BeyondAMillion(long epoch, string expected)
    {
        Assert.Equal(expected, Formatting.Epoch(epoch));
    }

    [Theory]
    [MemberData(nameof(HideFlags))]
    public void Control_IsNotRendered_WhenItsHideFlagIsSet(string flag, string testId)
    {
        LoadSession($"#seed=0.12345&{flag}_hide=true");

        var cut = Render<TopBar>();

        Assert.Empty(cut.FindAll($"[data-testid={testId}]"));
        Assert.Single(cut.FindAll("[data-testid=epoch]"));
    }

    [Fact]
    public void Controls_FollowMlccU12HideFlags_OnlyProblemHidden()
    {
        LoadSession(MlccU12Hash());

        var cut = Render<TopBar>();

        Assert.Empty(cut.FindAll("[data-testid=problem]"));
        foreach (var testId in new[] { "play-pause", "step", "reset", "learning-rate", "activation", "regularization", "regularization-rate", "epoch" })
        {
            Assert.Single(cut.FindAll($"[data-testid={testId}]"));
        }

        Assert.Equal("relu", cut.Find("[data-testid=activation]").GetAttribute("value"));
        Assert.Equal("L2", cut.Find("[data-testid=regularization]").GetAttribute("value"));
        Assert.Equal("0.01", cut.Find("[data-testid=learning-rate]").GetAttribute("value"));
    }
}
