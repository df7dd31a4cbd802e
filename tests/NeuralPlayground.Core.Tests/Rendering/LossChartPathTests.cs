using System.Globalization;
using System.Text.RegularExpressions;
using NeuralPlayground.Core.Rendering;

namespace NeuralPlayground.Core.Tests.Rendering;

public sealed class LossChartPathTests
{
    [Fact]
    public void Build_MatchesD3LineWithinRounding_ForEveryVector()
    {
        var cases = RenderingVectors.Of("G");

        Assert.Equal(8, cases.Count);
        Assert.All(cases, v =>
        {
            var paths = Build(v);
            AssertSamePath(v[3], paths.Train);
            AssertSamePath(v[4], paths.Test);
        });
    }

    [Fact]
    public void Build_ReturnsEmptyPaths_WhenThereAreNoPoints() =>
        Assert.Equal(new LossChartPaths("", ""), LossChartPath.Build([], 138, 55));

    [Fact]
    public void Build_ClosesASinglePoint_AtTheLeftEdge() =>
        Assert.Equal(new LossChartPaths("M0,51Z", "M0,0Z"), LossChartPath.Build([new(0.5, 0.52)], 138, 55));

    [Fact]
    public void Build_PutsLargerLossesHigher_AcrossTheFullWidth()
    {
        var paths = LossChartPath.Build([new(0.5, 0.52), new(0.3, 0.35), new(0.1, 0.2)], 138, 55);

        Assert.Equal("M0,2.429L68,26.714L136,51", paths.Train);
        Assert.Equal("M0,0L68,20.643L136,38.857", paths.Test);
    }

    [Fact]
    public void Build_DrawsAtTheBottom_WhenAllValuesAreEqual() =>
        Assert.Equal("M0,51L136,51", LossChartPath.Build([new(0.25, 0.25), new(0.25, 0.25)], 138, 55).Train);

    [Fact]
    public void Build_OmitsTheTestLine_WhenTheTestSetIsEmpty()
    {
        var paths = LossChartPath.Build([new(0.4, null), new(0.2, null)], 138, 55);

        Assert.Equal(("M0,0L136,51", ""), (paths.Train, paths.Test));
    }

    [Fact]
    public void Build_SkipsNaNAndInfinities_WithoutPoisoningTheDomain()
    {
        var paths = LossChartPath.Build([new(double.NaN, 0.4), new(0.2, double.PositiveInfinity), new(0.3, double.NegativeInfinity)], 138, 55);

        Assert.Equal(("M68,51L136,25.5", "M0,0Z"), (paths.Train, paths.Test));
    }

    [Fact]
    public void Build_ThinsAHalfPixelColumnToFirstLowestHighestAndLast()
    {
        double[] train = [0.5, 0.2, 0.3, 0.8, 0.6, 0.5, 0.5, 0.5, 0.5, 0.5, 0.1];

        var path = LossChartPath.Build([.. train.Select(v => new LossPoint(v, null))], 3, 55).Train;

        Assert.Equal([0, 0.1, 0.3, 0.4, 0.5, 0.9, 1], Numbers(path).Where((_, k) => k % 2 == 0));
    }

    [Fact]
    public void Build_CapsThePathAtEightPointsPerPixel_ForALongRun()
    {
        var points = Enumerable.Range(0, 100_000).Select(i => new LossPoint(Math.Exp(-i / 5000.0) + (0.05 * Math.Sin(i)), null)).ToList();

        var path = LossChartPath.Build(points, 138, 55).Train;

        var numbers = Numbers(path);
        Assert.InRange(numbers.Count / 2, 136 * 2, (136 * 8) + 4);
        Assert.Equal((0.0, 136.0), (numbers[0], numbers[^2]));
        Assert.Equal((0.0, 51.0), (numbers.Where((_, k) => k % 2 == 1).Min(), numbers.Where((_, k) => k % 2 == 1).Max()));
    }

    // Same commands, and every coordinate within the 0.0005 px of rounding to 3 decimals.
    private static void AssertSamePath(string expected, string actual)
    {
        Assert.Equal(Regex.Replace(expected, "[^MLZ]", ""), Regex.Replace(actual, "[^MLZ]", ""));
        var want = Numbers(expected);
        var got = Numbers(actual);
        Assert.Equal(want.Count, got.Count);
        Assert.All(want.Zip(got), p => Assert.True(Math.Abs(p.First - p.Second) <= 0.0005 + 1e-9, $"{p.First} vs {p.Second}"));
    }

    private static List<double> Numbers(string path) =>
        [.. path.Split(['M', 'L', 'Z', ','], StringSplitOptions.RemoveEmptyEntries).Select(t => double.Parse(t, CultureInfo.InvariantCulture))];

    private static LossChartPaths Build(string[] v)
    {
        var points = v[2].Length == 0
            ? []
            : v[2].Split(';').Select(p => p.Split(':')).Select(p => new LossPoint(Value(p[0]), Value(p[1]))).ToList();
        return LossChartPath.Build(points, RenderingVectors.Bits(v[0]), RenderingVectors.Bits(v[1]));
    }

    private static double? Value(string bits) => bits == "-" ? null : RenderingVectors.Bits(bits);
}
