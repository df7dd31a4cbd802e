using System.Text.Json;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.State;
using NeuralPlayground.Core.Tests.Support;
using NeuralPlayground.Tests.Shared;

namespace NeuralPlayground.Core.Tests.State;

/// <summary>Real playground links (../shared/golden/urls.json) against the state the original read from them.</summary>
public sealed class UrlStateGoldenTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Urls = new(Load);

    public static TheoryData<string> Ids() => [.. Urls.Value.Keys];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Parse_MatchesTheOriginalState_ForGoldenUrl(string id)
    {
        var golden = Urls.Value[id];
        var expected = golden.GetProperty("state");

        var state = UrlState.Parse(golden.GetProperty("url").GetString()).State;

        Assert.Equal(Describe(expected), Describe(state, expected));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Parse_IsStable_AfterCanonicalizingGoldenUrl(string id)
    {
        var first = UrlState.Parse(Urls.Value[id].GetProperty("url").GetString()).State;
        var hash = UrlState.Serialize(first);

        var second = UrlState.Parse(hash);

        Assert.Equal(first, second.State);
        Assert.Empty(second.Warnings);
        Assert.Equal(hash, UrlState.Serialize(second.State));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Parse_WarnsOnlyAboutNoise2000_ForGoldenUrl(string id)
    {
        var warnings = UrlState.Parse(Urls.Value[id].GetProperty("url").GetString()).Warnings;

        Assert.Equal(id == "U2" ? ["noise: 2000 is above 80, using 50"] : [], warnings);
    }

    [Fact]
    public void Parse_KeepsMlccGoalsAsExtras_ForU12()
    {
        var state = UrlState.Parse(Urls.Value["U12"].GetProperty("url").GetString()).State;

        Assert.Equal([new UrlEntry("goalTestLossMinThresholdFirst", "0.2")], state.Extras);
        Assert.Equal("dp-neural-net-intro-initialization", state.Tutorial);
    }

    // The golden fields as one comparable string, so a failure shows every difference at once.
    private static string Describe(JsonElement s) => string.Join(
        "|",
        s.GetProperty("activation").GetString(),
        s.GetProperty("regularization").GetString(),
        s.GetProperty("batchSize").GetDouble(),
        s.GetProperty("dataset").GetString(),
        s.GetProperty("regDataset").GetString(),
        s.GetProperty("learningRate").GetDouble(),
        s.GetProperty("regularizationRate").GetDouble(),
        s.GetProperty("noise").GetDouble(),
        string.Join(',', s.GetProperty("networkShape").EnumerateArray().Select(n => n.GetInt32())),
        s.TryGetProperty("seed", out var seed) ? seed.GetString() : "(none)",
        s.GetProperty("percTrainData").GetDouble(),
        s.GetProperty("problem").GetString(),
        s.GetProperty("initZero").GetBoolean(),
        string.Join(',', s.GetProperty("hidden").EnumerateArray().Select(n => n.GetString())));

    private static string Describe(PlaygroundState s, JsonElement golden) => string.Join(
        "|",
        Name(s.Activation),
        Name(s.Regularization),
        s.BatchSize,
        Name(s.Dataset),
        Name(s.RegDataset),
        s.LearningRate,
        s.RegularizationRate,
        s.Noise,
        string.Join(',', s.NetworkShape),
        golden.TryGetProperty("seed", out _) ? s.Seed : "(none)",
        s.PercTrainData,
        s.Problem == ProblemKind.Regression ? "regression" : "classification",
        s.InitZero,
        string.Join(',', s.Hides.Where(h => h.Hidden).Select(h => h.Name)));

    private static string Name(ActivationKind kind) => kind.ToString().ToLowerInvariant();

    private static string Name(RegularizationKind kind) => kind == RegularizationKind.None ? "none" : kind.ToString();

    private static string Name(DatasetKind kind) => kind switch
    {
        DatasetKind.RegPlane => "reg-plane",
        DatasetKind.RegGauss => "reg-gauss",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static Dictionary<string, JsonElement> Load()
    {
        var path = SharedFiles.Golden("urls.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("urls").EnumerateArray()
            .ToDictionary(u => u.GetProperty("id").GetString()!, u => u.Clone());
    }
}
