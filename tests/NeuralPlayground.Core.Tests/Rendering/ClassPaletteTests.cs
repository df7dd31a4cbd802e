using System.Globalization;
using NeuralPlayground.Core.Grid;
using NeuralPlayground.Core.Randomness;
using NeuralPlayground.Core.Rendering;

namespace NeuralPlayground.Core.Tests.Rendering;

public sealed class ClassPaletteTests
{
    // ΔE*ab 2.3 is a just-noticeable difference; categorical palettes aim for ≥ 10 to tell small
    // marks apart at a glance. Okabe–Ito's closest simulated pair (green/pink under deuteranopia)
    // is ≈ 17.9, so 15 keeps that margin and fails any reorder or swap that collapses two classes.
    private const double MinSimulatedDeltaE = 15;

    // Full-strength class cells must stand well apart from the neutral grey, for everyone.
    private const double MinDeltaEFromNeutral = 25;

    private static readonly byte[] Neutral = [232, 234, 235];

    // Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear sRGB.
    private static readonly Dictionary<string, double[,]> Deficiencies = new()
    {
        ["normal"] = new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },
        ["protanopia"] = new[,] { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } },
        ["deuteranopia"] = new[,] { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } },
        ["tritanopia"] = new[,] { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 }, { 0.004733, 0.691367, 0.303900 } },
    };

    public static TheoryData<string> DeficiencyNames() => [.. Deficiencies.Keys];

    [Fact]
    public void Hex_MatchesRgb_ForEveryClass()
    {
        var fromRgb = Enumerable.Range(0, ClassPalette.MaxClasses).Select(c => ClassPalette.Rgb(c)).Select(c => $"#{c.R:x2}{c.G:x2}{c.B:x2}");

        Assert.Equal(fromRgb, ClassPalette.Hex);
    }

    [Fact]
    public void Hex_StartsWithOkabeItoBlueThenOrange_LikeTheOriginal() =>
        Assert.Equal(["#0072b2", "#e69f00"], ClassPalette.Hex.Take(2));

    [Fact]
    public void Hex_GivesSixDistinctColours() =>
        Assert.Equal(ClassPalette.MaxClasses, ClassPalette.Hex.Distinct().Count());

    [Theory]
    [MemberData(nameof(DeficiencyNames))]
    public void Palette_KeepsEveryPairApart_UnderSimulatedColourBlindness(string deficiency)
    {
        var labs = Enumerable.Range(0, ClassPalette.MaxClasses).Select(c => Simulate(Bytes(ClassPalette.Rgb(c)), deficiency)).ToArray();

        for (var a = 0; a < labs.Length; a++)
        {
            for (var b = a + 1; b < labs.Length; b++)
            {
                var deltaE = Distance(labs[a], labs[b]);
                Assert.True(deltaE >= MinSimulatedDeltaE, $"{deficiency}: classes {a} and {b} are ΔE {deltaE.ToString("F1", CultureInfo.InvariantCulture)} apart");
            }
        }
    }

    [Theory]
    [MemberData(nameof(DeficiencyNames))]
    public void Palette_StandsApartFromNeutral_UnderSimulatedColourBlindness(string deficiency)
    {
        var neutral = Simulate(Neutral, deficiency);

        Assert.All(Enumerable.Range(0, ClassPalette.MaxClasses), c =>
            Assert.True(Distance(Simulate(Bytes(ClassPalette.Rgb(c)), deficiency), neutral) >= MinDeltaEFromNeutral, $"class {c}"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Shade_GivesTheClassColour_WhenCertain(int k)
    {
        for (var c = 0; c < k; c++)
        {
            var probabilities = new float[k];
            probabilities[c] = 1;

            ClassPalette.Shade(probabilities, k, out var r, out var g, out var b);

            Assert.Equal(ClassPalette.Rgb(c), (r, g, b));
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Shade_GivesNeutral_WhenProbabilitiesAreUniform(int k)
    {
        var probabilities = Enumerable.Repeat(1f / k, k).ToArray();

        ClassPalette.Shade(probabilities, k, out var r, out var g, out var b);

        Assert.Equal(Neutral, new byte[] { r, g, b });
    }

    [Fact]
    public void Shade_BlendsHalfwayRoundingHalvesUp_AtHalfConfidence()
    {
        ClassPalette.Shade([0.625f, 0.125f, 0.125f, 0.125f], 4, out var r, out var g, out var b);

        Assert.Equal(new byte[] { 116, 174, 207 }, new byte[] { r, g, b });
    }

    [Fact]
    public void Shade_PicksTheLowestClass_WhenTied()
    {
        ClassPalette.Shade([0.1f, 0.45f, 0.45f], 3, out var r, out var g, out var b);

        Assert.Equal(Mix(1, (0.45 - (1 / 3.0)) / (2 / 3.0)), (r, g, b));
    }

    [Fact]
    public void Shade_GivesBlack_WhenProbabilitiesAreNaN()
    {
        ClassPalette.Shade([float.NaN, float.NaN, float.NaN], 3, out var r, out var g, out var b);

        Assert.Equal(new byte[] { 0, 0, 0 }, new byte[] { r, g, b });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Shade_Throws_WhenClassesIsOutsideTwoToSix(int k) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ClassPalette.Shade(new float[8], k, out _, out _, out _));

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    public void Fill_MatchesShadeWithAlpha160_ForEveryCell(int k)
    {
        var grids = RandomSoftmaxGrids(k, DecisionGrid.CellCount, new SeededRandom("fill"));
        var rgba = new byte[HeatmapImage.ImageByteCount];

        ClassPalette.Fill(grids, rgba);

        var cell = new float[k];
        for (var p = 0; p < DecisionGrid.CellCount; p++)
        {
            for (var c = 0; c < k; c++)
            {
                cell[c] = grids[c][p];
            }

            ClassPalette.Shade(cell, k, out var r, out var g, out var b);
            Assert.Equal(new byte[] { r, g, b, Colors.HeatmapAlpha }, rgba[(4 * p)..((4 * p) + 4)]);
        }
    }

    [Fact]
    public void Fill_PutsCellIOfRowJAtPixelJTimes100PlusI_ForRowMajorGrids()
    {
        var grids = new float[3][];
        for (var c = 0; c < 3; c++)
        {
            grids[c] = Enumerable.Repeat(c == 0 ? 1f : 0f, DecisionGrid.CellCount).ToArray();
        }

        (grids[0][(7 * 100) + 3], grids[2][(7 * 100) + 3]) = (0, 1);
        var rgba = new byte[HeatmapImage.ImageByteCount];

        ClassPalette.Fill(grids, rgba);

        Assert.Equal(new byte[] { 0, 158, 115, 160 }, rgba[(4 * 703)..(4 * 704)]);
        Assert.Equal(DecisionGrid.CellCount - 1, Enumerable.Range(0, DecisionGrid.CellCount).Count(p => rgba[(4 * p) + 2] == 178));
    }

    [Fact]
    public void Fill_Throws_WhenGridLengthsDiffer() =>
        Assert.Throws<ArgumentException>(() => ClassPalette.Fill([new float[4], new float[4], new float[3]], new byte[16]));

    [Fact]
    public void Fill_Throws_WhenBufferIsTheWrongSize() =>
        Assert.Throws<ArgumentException>(() => ClassPalette.Fill([new float[4], new float[4], new float[4]], new byte[15]));

    private static (byte R, byte G, byte B) Mix(int c, double t)
    {
        var colour = Bytes(ClassPalette.Rgb(c));
        var mixed = new byte[3];
        for (var i = 0; i < 3; i++)
        {
            mixed[i] = (byte)Math.Floor(Neutral[i] + ((colour[i] - Neutral[i]) * t) + 0.5);
        }

        return (mixed[0], mixed[1], mixed[2]);
    }

    private static float[][] RandomSoftmaxGrids(int k, int cells, SeededRandom random)
    {
        var grids = Enumerable.Range(0, k).Select(_ => new float[cells]).ToArray();
        for (var p = 0; p < cells; p++)
        {
            var logits = Enumerable.Range(0, k).Select(_ => 6 * random.NextDouble()).ToArray();
            var sum = logits.Sum(Math.Exp);
            for (var c = 0; c < k; c++)
            {
                grids[c][p] = (float)(Math.Exp(logits[c]) / sum);
            }
        }

        return grids;
    }

    private static byte[] Bytes((byte R, byte G, byte B) c) => [c.R, c.G, c.B];

    // sRGB bytes → linear → deficiency matrix (clamped) → CIE L*a*b* (D65).
    private static double[] Simulate(byte[] srgb, string deficiency)
    {
        var m = Deficiencies[deficiency];
        var linear = srgb.Select(v => v / 255.0).Select(v => v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4)).ToArray();
        var s = new double[3];
        for (var i = 0; i < 3; i++)
        {
            s[i] = Math.Clamp((m[i, 0] * linear[0]) + (m[i, 1] * linear[1]) + (m[i, 2] * linear[2]), 0, 1);
        }

        var x = ((0.4124 * s[0]) + (0.3576 * s[1]) + (0.1805 * s[2])) / 0.95047;
        var y = (0.2126 * s[0]) + (0.7152 * s[1]) + (0.0722 * s[2]);
        var z = ((0.0193 * s[0]) + (0.1192 * s[1]) + (0.9505 * s[2])) / 1.08883;
        var (fx, fy, fz) = (F(x), F(y), F(z));
        return [(116 * fy) - 16, 500 * (fx - fy), 200 * (fy - fz)];

        static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : ((24389.0 / 27 * t) + 16) / 116;
    }

    private static double Distance(double[] a, double[] b) =>
        Math.Sqrt(a.Zip(b, (u, v) => (u - v) * (u - v)).Sum());
}
