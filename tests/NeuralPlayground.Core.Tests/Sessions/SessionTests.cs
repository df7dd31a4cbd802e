using System.Text.Json;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Sessions;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Sessions;

public sealed class SessionTests
{
    private static readonly Lazy<JsonElement> Scenarios = new(() => JsonDocument.Parse(File.ReadAllBytes(
        RepoRoot.Combine("..", "shared", "spec", "reference-vectors.json"))).RootElement.GetProperty("scenarios"));

    public static TheoryData<int> Steps() => [0, 1, 2, 3, 4, 5, 6];

    [Theory]
    [MemberData(nameof(Steps))]
    public void Actions_FollowOriginalSeedsAndDraws_ThroughSpecSequence(int step)
    {
        var expected = Scenarios.Value.GetProperty("sequence")[step];
        var session = Session.Load("#seed=0.12345", () => "unused");
        Action<Session>[] actions =
        [
            _ => { },
            s => s.Regenerate(),
            s => s.Reset(),
            s => s.SelectDataset(DatasetKind.Xor),
            s => s.SetNoise(20),
            s => s.SetBatchSize(5),
            s => s.SetProblem(ProblemKind.Regression),
        ];

        foreach (var action in actions[..(step + 1)])
        {
            action(session);
        }

        Assert.Equal(expected.GetProperty("seed").GetString(), session.State.Seed);
        var train0 = expected.GetProperty("train0");
        var p = session.Data.Train[0];
        BitAssert.Equal([train0.GetProperty("x").GetDouble(), train0.GetProperty("y").GetDouble(), train0.GetProperty("label").GetDouble()], [p.X, p.Y, p.Label], "train[0]");
        BitAssert.Equal(Golden.Doubles(expected.GetProperty("w")), [.. session.Network.Weights.Take(3)], "weights");
        if (step != 1)
        {
            // The original leaves stale losses on screen after Regenerate (quirk #17); ours are fresh.
            BitAssert.Equal(Golden.Doubles(expected.GetProperty("loss")), [session.LossTrain!.Value, session.LossTest!.Value], "losses");
        }
    }

    [Fact]
    public void Regenerate_KeepsNetworkAndEpoch_WithNewSeed()
    {
        var session = Session.Load("#seed=0.12345", () => "unused");
        session.Step();
        var weights = session.Network.Weights.ToArray();

        session.Regenerate();

        Assert.Equal("0.62930", session.State.Seed);
        Assert.Equal(1, session.Epoch);
        Assert.Equal(weights, session.Network.Weights);
    }

    [Theory]
    [InlineData("reset")]
    [InlineData("activation")]
    [InlineData("layer")]
    [InlineData("feature")]
    [InlineData("problem")]
    [InlineData("twice")]
    public void Serialize_ReloadsToSameInitialWeights_AfterRedrawWithoutNewSeed(string action)
    {
        var session = Session.Load("#seed=0.12345", () => "unused");
        switch (action)
        {
            case "reset": session.Reset(); break;
            case "activation": session.SetActivation(Core.Nn.ActivationKind.Relu); break;
            case "layer": session.AddLayer(); break;
            case "feature": session.ToggleFeature("sinX"); break;
            case "problem": session.SetProblem(ProblemKind.Regression); break;
            default: session.Reset(); session.SetBatchSize(3); break;
        }

        var reloaded = Session.Load(session.Serialize(), () => "unused");

        Assert.Equal(session.Network.Weights, reloaded.Network.Weights);
        Assert.Equal(session.LossTrain, reloaded.LossTrain);
        Assert.Empty(reloaded.Warnings);
    }

    [Fact]
    public void Load_KeepsOriginalWeights_WhenNoRedrawHappened()
    {
        var session = Session.Load("#seed=0.12345", () => "unused");

        Assert.DoesNotContain("weightSkip", session.Serialize(), StringComparison.Ordinal);
        Assert.Equal(0, session.State.WeightSkip);
    }

    [Fact]
    public void ButtonLimits_MatchOriginal_ForLayersAndNeurons()
    {
        var session = Session.Load("#seed=1&networkShape=8,1", () => "unused");

        session.ChangeNeurons(0, +1);
        session.ChangeNeurons(1, -1);
        for (var i = 0; i < 10; i++)
        {
            session.AddLayer();
        }

        Assert.Equal([8, 1, 2, 2, 2, 2], session.State.NetworkShape);
        for (var i = 0; i < 10; i++)
        {
            session.RemoveLayer();
        }

        Assert.Empty(session.State.NetworkShape);
        Assert.Equal(1, session.Network.LayerCount - 1);
    }

    [Fact]
    public void Load_ReportsAbsentLosses_ForEmptySplits()
    {
        var session = Session.Load("#seed=1&percTrainData=0", () => "unused");

        session.Step();

        Assert.Null(session.LossTrain);
        Assert.NotNull(session.LossTest);
    }

    [Fact]
    public void Load_UsesSeedProvider_WhenUrlHasNoSeed()
    {
        var session = Session.Load("https://playground.tensorflow.org/#percTrainData_hide=true", () => "0.54321");

        Assert.Equal("0.54321", session.State.Seed);
        Assert.True(session.State.IsHidden("percTrainData"));
    }
}
