using System.Text.Json;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Randomness;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Data;

public sealed class DatasetsGoldenTests
{
    public static TheoryData<int> Indices() => [.. Enumerable.Range(0, Golden.File("datasets.json").GetProperty("datasets").GetArrayLength())];

    [Theory]
    [MemberData(nameof(Indices))]
    public void Generate_MatchesOriginalBitForBit_ForGoldenDataset(int index)
    {
        var entry = Golden.File("datasets.json").GetProperty("datasets")[index];
        var kind = Kind(entry.GetProperty("dataset").GetString()!);
        var problem = entry.GetProperty("problem").GetString() == "regression" ? ProblemKind.Regression : ProblemKind.Classification;
        var random = new SeededRandom(entry.GetProperty("seed").GetString()!);

        var generated = Datasets.For(kind)(DataSplit.SampleCount(problem), Golden.Double(entry.GetProperty("noise")) / 100, random);
        var generatorDraws = random.Draws;
        DataSplit.Shuffle(generated, random);

        Assert.Equal(entry.GetProperty("generatorDraws").GetInt64(), generatorDraws);
        Assert.Equal(entry.GetProperty("shuffleDraws").GetInt64(), random.Draws - generatorDraws);
        var numTrain = entry.GetProperty("numTrain").GetInt32();
        AssertPoints(entry.GetProperty("train"), generated[..numTrain], "train");
        AssertPoints(entry.GetProperty("test"), generated[numTrain..], "test");
    }

    [Theory]
    [InlineData(DatasetKind.Circle, 500)]
    [InlineData(DatasetKind.Xor, 500)]
    [InlineData(DatasetKind.Gauss, 500)]
    [InlineData(DatasetKind.Spiral, 500)]
    [InlineData(DatasetKind.RegPlane, 1200)]
    [InlineData(DatasetKind.RegGauss, 1200)]
    public void Generate_GivesCountLabelsAndBounds_ForEachDataset(DatasetKind kind, int count)
    {
        var points = Datasets.For(kind)(count, 0.5, new SeededRandom("invariants"));

        Assert.Equal(count, points.Length);
        var regression = kind is DatasetKind.RegPlane or DatasetKind.RegGauss;
        Assert.All(points, p => Assert.True(regression ? Math.Abs(p.Label) <= 1.6 : Math.Abs(p.Label) == 1, $"label {p.Label}"));
        Assert.All(points, p => Assert.True(double.IsFinite(p.X) && double.IsFinite(p.Y)));
    }

    [Theory]
    [InlineData(50, 250, 250)]
    [InlineData(0, 0, 500)]
    [InlineData(100, 500, 0)]
    [InlineData(150, 500, 0)]
    [InlineData(-10, 450, 50)]
    [InlineData(double.NaN, 0, 500)]
    public void Generate_SplitsLikeJavaScriptSlice_ForPercentage(double percent, int train, int test)
    {
        var split = DataSplit.Generate(DatasetKind.Circle, 500, 0, percent, new SeededRandom("split"));

        Assert.Equal((train, test), (split.Train.Length, split.Test.Length));
    }

    internal static DatasetKind Kind(string name) => name switch
    {
        "circle" => DatasetKind.Circle,
        "xor" => DatasetKind.Xor,
        "gauss" => DatasetKind.Gauss,
        "spiral" => DatasetKind.Spiral,
        "reg-plane" => DatasetKind.RegPlane,
        "reg-gauss" => DatasetKind.RegGauss,
        _ => throw new ArgumentException(name),
    };

    private static void AssertPoints(JsonElement expected, Example2D[] actual, string what)
    {
        var points = Golden.Points(expected);
        Assert.Equal(points.Length, actual.Length);
        for (var i = 0; i < points.Length; i++)
        {
            BitAssert.Equal(points[i], [actual[i].X, actual[i].Y, actual[i].Label], $"{what}[{i}]");
        }
    }
}
