using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Randomness;

namespace NeuralPlayground.Core.Tests.Data;

public sealed class MulticlassDatasetsTests
{
    private const double MaxNoise = 0.5;

    public static TheoryData<MulticlassDatasetKind, int> KindsAndClasses()
    {
        var data = new TheoryData<MulticlassDatasetKind, int>();
        foreach (var kind in Enum.GetValues<MulticlassDatasetKind>())
        {
            for (var k = MulticlassDatasets.MinClasses; k <= MulticlassDatasets.MaxClasses; k++)
            {
                data.Add(kind, k);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndClasses))]
    public void Generate_GivesIdenticalPoints_ForTheSameSeed(MulticlassDatasetKind kind, int k)
    {
        var first = MulticlassDatasets.Generate(kind, k, 600, 0.25, new SeededRandom("same"));
        var second = MulticlassDatasets.Generate(kind, k, 600, 0.25, new SeededRandom("same"));

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(KindsAndClasses))]
    public void Generate_GivesDifferentPoints_ForDifferentSeeds(MulticlassDatasetKind kind, int k)
    {
        var first = MulticlassDatasets.Generate(kind, k, 600, 0.25, new SeededRandom("one"));
        var second = MulticlassDatasets.Generate(kind, k, 600, 0.25, new SeededRandom("two"));

        Assert.NotEqual(first, second);
    }

    [Theory]
    [MemberData(nameof(KindsAndClasses))]
    public void Generate_GivesClassesInOrderWithRemainderFirst_AtNoiseZero(MulticlassDatasetKind kind, int k)
    {
        const int count = 503;

        var points = MulticlassDatasets.Generate(kind, k, count, 0, new SeededRandom("counts"));

        var expected = Enumerable.Range(0, k).SelectMany(c => Enumerable.Repeat((double)c, (count / k) + (c < count % k ? 1 : 0)));
        Assert.Equal(expected, points.Select(p => p.Label));
    }

    [Theory]
    [MemberData(nameof(KindsAndClasses))]
    public void Generate_GivesWholeLabelsFromZeroToKMinusOne_AtMaxNoise(MulticlassDatasetKind kind, int k)
    {
        var points = MulticlassDatasets.Generate(kind, k, 600, MaxNoise, new SeededRandom("labels"));

        Assert.All(points, p => Assert.True(p.Label >= 0 && p.Label <= k - 1 && p.Label == Math.Floor(p.Label), $"label {p.Label}"));
        Assert.Equal(k, points.Select(p => p.Label).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(KindsAndClasses))]
    public void Generate_KeepsPointsInsideThePlot_AtNoiseZero(MulticlassDatasetKind kind, int k)
    {
        var points = MulticlassDatasets.Generate(kind, k, 600, 0, new SeededRandom("bounds"));

        Assert.All(points, p => Assert.True(Math.Abs(p.X) <= 6 && Math.Abs(p.Y) <= 6, $"({p.X}, {p.Y})"));
    }

    [Theory]
    [InlineData(MulticlassDatasetKind.Spiral, 5.5)]
    [InlineData(MulticlassDatasetKind.Rings, 5)]
    public void Generate_KeepsPointsWithinRadius_AtMaxNoise(MulticlassDatasetKind kind, double radius)
    {
        for (var k = MulticlassDatasets.MinClasses; k <= MulticlassDatasets.MaxClasses; k++)
        {
            var points = MulticlassDatasets.Generate(kind, k, 600, MaxNoise, new SeededRandom("radius"));

            Assert.All(points, p => Assert.True(Math.Max(Math.Abs(p.X), Math.Abs(p.Y)) <= radius, $"({p.X}, {p.Y})"));
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    public void Generate_KeepsMostBlobPointsInsideThePlot_AtMaxNoise(int k)
    {
        var points = MulticlassDatasets.Generate(MulticlassDatasetKind.Blobs, k, 600, MaxNoise, new SeededRandom("blob-bounds"));

        Assert.True(points.Count(p => Math.Abs(p.X) <= 6 && Math.Abs(p.Y) <= 6) >= 0.9 * points.Length);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Generate_GivesBlobsSeparableByNearestCentre_AtNoiseZero(int k)
    {
        var points = MulticlassDatasets.Generate(MulticlassDatasetKind.Blobs, k, 600, 0, new SeededRandom("blobs"));

        var correct = points.Count(p => NearestCentre(p, k) == p.Label);
        Assert.True(correct >= 0.99 * points.Length, $"{correct} of {points.Length}");
    }

    [Fact]
    public void BlobCentre_PutsClassZeroAtTheTopAndGoesClockwise()
    {
        var top = MulticlassDatasets.BlobCentre(0, 4);
        var right = MulticlassDatasets.BlobCentre(1, 4);

        Assert.Equal(0, top.X, 1e-9);
        Assert.Equal(MulticlassDatasets.BlobRadius, top.Y, 1e-9);
        Assert.Equal(MulticlassDatasets.BlobRadius, right.X, 1e-9);
        Assert.Equal(0, right.Y, 1e-9);
    }

    [Theory]
    [InlineData(3, 0, 0.5)]
    [InlineData(3, 0.5, 4)]
    [InlineData(6, 0, 0.19140625)]
    [InlineData(6, 0.5, 1.53125)]
    public void BlobVariance_KeepsNeighboursAsApartAsTheOriginalGauss_ForClasses(int k, double noise, double expected) =>
        Assert.Equal(expected, MulticlassDatasets.BlobVariance(k, noise), 1e-9);

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Generate_LabelsRingsByRadius_AtNoiseZero(int k)
    {
        var points = MulticlassDatasets.Generate(MulticlassDatasetKind.Rings, k, 600, 0, new SeededRandom("rings"));

        Assert.All(points, p => Assert.Equal(Math.Floor(Radius(p) / (5.0 / k)), p.Label));
        Assert.Equal(GeneratedClasses(points, k), points.Select(p => p.Label));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    public void Generate_LeavesGapsBetweenRings_AtNoiseZero(int k)
    {
        var width = 5.0 / k;

        var points = MulticlassDatasets.Generate(MulticlassDatasetKind.Rings, k, 600, 0, new SeededRandom("gaps"));

        Assert.All(points.Where(p => p.Label > 0), p => Assert.True(Radius(p) >= (p.Label + 0.1) * width - 1e-9));
        Assert.All(points, p => Assert.True(Radius(p) < (p.Label + 0.9) * width + 1e-9));
    }

    [Fact]
    public void Generate_RelabelsSomeRingPoints_AtMaxNoise()
    {
        var points = MulticlassDatasets.Generate(MulticlassDatasetKind.Rings, 4, 600, MaxNoise, new SeededRandom("noisy-rings"));

        Assert.Contains(points, p => p.Label != Math.Floor(Radius(p) / (5.0 / 4)));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Generate_PutsEachSpiralPointOnItsOwnArm_AtNoiseZero(int k)
    {
        var points = MulticlassDatasets.Generate(MulticlassDatasetKind.Spiral, k, 600, 0, new SeededRandom("spiral"));

        Assert.All(points.Where(p => Radius(p) > 1e-9), p => Assert.Equal(p.Label, SpiralArm(p, k)));
        Assert.Equal(k, points.Count(p => Radius(p) == 0));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Generate_Throws_WhenClassesIsOutsideThreeToSix(int k) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MulticlassDatasets.Generate(MulticlassDatasetKind.Blobs, k, 600, 0, new SeededRandom("k")));

    [Fact]
    public void Generate_Throws_WhenKindIsUndefined() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MulticlassDatasets.Generate((MulticlassDatasetKind)42, 3, 600, 0, new SeededRandom("kind")));

    [Theory]
    [InlineData(MulticlassDatasetKind.Blobs, "blobs")]
    [InlineData(MulticlassDatasetKind.Spiral, "spiral")]
    [InlineData(MulticlassDatasetKind.Rings, "rings")]
    public void NameAndTryParse_RoundTrip_ForEachKind(MulticlassDatasetKind kind, string name)
    {
        var parsed = MulticlassDatasets.TryParse(MulticlassDatasets.Name(kind), out var back);

        Assert.Equal(name, MulticlassDatasets.Name(kind));
        Assert.True(parsed);
        Assert.Equal(kind, back);
    }

    [Theory]
    [InlineData("Blobs")]
    [InlineData("circle")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_ReturnsFalse_ForUnknownNames(string? name) =>
        Assert.False(MulticlassDatasets.TryParse(name, out _));

    // Which class generated each point: classes come in order, remainder to the first ones.
    private static IEnumerable<double> GeneratedClasses(Example2D[] points, int k) =>
        Enumerable.Range(0, k).SelectMany(c => Enumerable.Repeat((double)c, MulticlassDatasets.ClassCount(c, k, points.Length)));

    private static double NearestCentre(Example2D p, int k) =>
        Enumerable.Range(0, k).MinBy(c =>
        {
            var (x, y) = MulticlassDatasets.BlobCentre(c, k);
            return ((p.X - x) * (p.X - x)) + ((p.Y - y) * (p.Y - y));
        });

    private static double Radius(Example2D p) => Math.Sqrt((p.X * p.X) + (p.Y * p.Y));

    // The spiral's angle (from +y, clockwise) is 2π·c/k + 1.75·2π·r/5, so subtracting the twist
    // leaves the arm's offset.
    private static double SpiralArm(Example2D p, int k)
    {
        var offset = Math.Atan2(p.X, p.Y) - (1.75 * 2 * Math.PI * Radius(p) / 5);
        var arm = Math.Round(offset / (2 * Math.PI / k));
        return ((arm % k) + k) % k;
    }
}
