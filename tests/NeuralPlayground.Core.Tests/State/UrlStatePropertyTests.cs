using System.Text.Json;
using CsCheck;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.State;
using NeuralPlayground.Core.Tests.Support;
using NeuralPlayground.Tests.Shared;

namespace NeuralPlayground.Core.Tests.State;

public sealed class UrlStatePropertyTests
{
    private const string Hostile = "=&#%?,;.-+eE0123456789xobn_ ";
    private const string Letters = "abcxyzAZIfINaN\u00e9\u4e2d\u00a0\ufeff\t\n\u2028\ud83d\ude00";

    private static readonly string[] Keys =
    [
        "activation", "regularization", "batchSize", "dataset", "regDataset", "learningRate", "regularizationRate",
        "noise", "networkShape", "seed", "showTestData", "discretize", "percTrainData", "x", "y", "xTimesY",
        "xSquared", "ySquared", "cosX", "sinX", "cosY", "sinY", "collectStats", "tutorial", "problem", "initZero",
        "hideText", "weightSkip", "noise_hide", "_hide", "goalTestLossMinThresholdFirst", "amp;x", "toString", "",
    ];

    private static readonly string[] Values =
    [
        "relu", "tanh", "L1", "none", "reg-gauss", "spiral", "regression", "toString", "__proto__", "true", "false",
        "0", "-0", "-5", "81", "1e999", "NaN", "0x1F", ".5", "2.5", "4,,2", "1,2,3,4,5,6,7,8,9,10,11,12,13", "100",
        " ", "", "a=b", "#", "%20", "\u00a0x\u00a0",
    ];

    private static readonly Gen<string> Text =
        Gen.Frequency((3, Gen.Char[Hostile]), (1, Gen.Char[Letters])).Array[0, 40].Select(c => new string(c));

    private static readonly Gen<string> Piece = Gen.Frequency(
        (4, Gen.Select(Gen.OneOf(Keys), Gen.OneOf(Values), (k, v) => k + "=" + v)),
        (2, Gen.Select(Gen.OneOf(Keys), Text, (k, v) => k + "=" + v)),
        (1, Gen.OneOf(Keys)),
        (1, Text));

    private static readonly Gen<string> Assembled = Gen.Select(
        Gen.OneOf("", "#", "https://x.org/?a=b&c#", "  ", "x/"),
        Piece.Array[0, 30],
        Gen.OneOf("&", "&amp;", "&&"),
        (prefix, pieces, separator) => prefix + string.Join(separator, pieces));

    private static readonly Lazy<string[][]> RealHashes = new(LoadRealHashes);

    [Fact]
    public void Parse_IsTotalAndSerializeIsIdempotent_ForRandomAndMutatedHashes()
    {
        var hashes = Gen.Frequency((2, Text), (3, Assembled), (3, Mutated()));

        hashes.Sample(AssertStable, iter: 100_000);
    }

    [Fact]
    public void Parse_ReturnsTheSerializedState_ForRandomValidStates() =>
        ValidState().Sample(
            state =>
            {
                var result = UrlState.Parse(UrlState.Serialize(state));
                Assert.Equal(state, result.State);
                Assert.Empty(result.Warnings);
            },
            iter: 20_000);

    private static void AssertStable(string hash)
    {
        var first = UrlState.Parse(hash);
        var serialized = UrlState.Serialize(first.State);

        var second = UrlState.Parse(serialized);

        Assert.Equal(first.State, second.State);
        Assert.Empty(second.Warnings);
        Assert.Equal(serialized, UrlState.Serialize(second.State));
    }

    // A real link with pieces deleted, duplicated, swapped or given another value.
    private static Gen<string> Mutated() =>
        Gen.Select(Gen.Int[0, 1000], Gen.Select(Gen.Int[0, 3], Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.OneOf(Gen.OneOf(Values), Text)).Array[1, 6])
            .Select((which, edits) =>
            {
                var pieces = RealHashes.Value[which % RealHashes.Value.Length].ToList();
                foreach (var (op, i, j, value) in edits)
                {
                    if (pieces.Count == 0)
                    {
                        break;
                    }

                    var (a, b) = (i % pieces.Count, j % pieces.Count);
                    switch (op)
                    {
                        case 0: pieces.RemoveAt(a); break;
                        case 1: pieces.Insert(b, pieces[a]); break;
                        case 2: (pieces[a], pieces[b]) = (pieces[b], pieces[a]); break;
                        default: pieces[a] = pieces[a].Split('=')[0] + "=" + value; break;
                    }
                }

                return "#" + string.Join('&', pieces);
            });

    private static Gen<PlaygroundState> ValidState()
    {
        var number = Gen.OneOf(Gen.Double[-1e6, 1e6], Gen.OneOf(0.03, 1e-7, 1e21, -0.0, 5e-324, double.MaxValue));
        var name = Gen.Char["abcXYZ019-_.%~"].Array[1, 12].Select(c => new string(c));
        var flags = Gen.Bool.Array[14];
        var enums = Gen.Select(Gen.Enum<ActivationKind>(), Gen.Enum<RegularizationKind>(), Gen.Int[0, 3], Gen.Int[4, 5], Gen.Enum<ProblemKind>());
        var numbers = number.Array[4];
        var shape = Gen.Int[1, 32].Array[0, 12];
        var texts = Gen.Select(name.Null(), name.Null(), Gen.Long[0, 10_000_000], Gen.Double[0, 80]);
        var hides = Gen.Select(name, Gen.Bool).Array[0, 4];
        var extras = Gen.Select(name, name.Null()).Array[0, 4];
        return Gen.Select(enums, numbers, shape, texts, flags, hides, extras).Select((e, n, net, t, f, h, x) => new PlaygroundState
        {
            Activation = e.Item1, Regularization = e.Item2, Dataset = (DatasetKind)e.Item3, RegDataset = (DatasetKind)e.Item4,
            Problem = e.Item5, BatchSize = n[0], LearningRate = n[1], RegularizationRate = n[2], PercTrainData = n[3],
            NetworkShape = [.. net], Seed = t.Item1, Tutorial = t.Item2, WeightSkip = t.Item3, Noise = t.Item4,
            ShowTestData = f[0], Discretize = f[1], X = f[2], Y = f[3], XTimesY = f[4], XSquared = f[5], YSquared = f[6],
            CosX = f[7], SinX = f[8], CosY = f[9], SinY = f[10], CollectStats = f[11], InitZero = f[12], HideText = f[13],
            Hides = [.. h.DistinctBy(p => p.Item1).Select(p => new HideFlag(p.Item1, p.Item2))],
            Extras = [.. x.Where(p => !p.Item1.EndsWith("_hide", StringComparison.Ordinal)).DistinctBy(p => p.Item1).Select(p => new UrlEntry("~" + p.Item1, p.Item2))],
        });
    }

    private static string[][] LoadRealHashes()
    {
        var path = SharedFiles.Golden("urls.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.GetProperty("urls").EnumerateArray()
            .Select(u => u.GetProperty("url").GetString()!)
            .Select(url => url[(url.IndexOf('#', StringComparison.Ordinal) + 1)..].Split('&'))];
    }
}
