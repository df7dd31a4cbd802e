using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Randomness;

namespace NeuralPlayground.Core.Data;

/// <summary>
/// Multi-class generators (issue 4), built from the original's draw helpers and arithmetic. Labels
/// are the class ids 0…k−1 as doubles. Class c gets ⌊N/k⌋ points, plus one more when c &lt; N mod k,
/// and the classes are generated one after another (class 0 first), so shuffle before splitting.
/// <c>noise</c> is a fraction in [0, 0.5], the page's percent / 100, as for <see cref="Datasets"/>.
/// </summary>
public static class MulticlassDatasets
{
    /// <summary>Fewest classes a generator makes.</summary>
    public const int MinClasses = 3;

    /// <summary>Most classes a generator makes.</summary>
    public const int MaxClasses = 6;

    /// <summary>Radius of the circle the blob centres sit on.</summary>
    public const double BlobRadius = 3.5;

    /// <summary>Outer radius of the spirals and the rings, the original's 5.</summary>
    public const double Radius = 5;

    // Squared half-distance between the original's gauss centres (2, 2) and (−2, −2).
    private const double GaussHalfDistanceSquared = 8;

    // Each ring gives up this fraction of its width at each inner and outer edge, leaving gaps.
    private const double RingGap = 0.1;

    private static readonly (string Name, MulticlassDatasetKind Kind)[] Names =
        [("blobs", MulticlassDatasetKind.Blobs), ("spiral", MulticlassDatasetKind.Spiral), ("rings", MulticlassDatasetKind.Rings)];

    /// <summary>
    /// Generates <paramref name="numSamples"/> points of <paramref name="classes"/> classes, with the
    /// same points for the same <paramref name="random"/> stream (see the class summary for the layout).
    /// </summary>
    /// <param name="kind">Which generator.</param>
    /// <param name="classes">k, from 3 to 6.</param>
    /// <param name="numSamples">N, the total number of points.</param>
    /// <param name="noise">The noise fraction, 0–0.5.</param>
    /// <param name="random">The stream to draw from.</param>
    /// <exception cref="ArgumentOutOfRangeException">k is not 3–6, N is negative, or kind is unknown.</exception>
    public static Example2D[] Generate(MulticlassDatasetKind kind, int classes, int numSamples, double noise, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, MinClasses);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classes, MaxClasses);
        ArgumentOutOfRangeException.ThrowIfNegative(numSamples);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        var points = new Example2D[numSamples];
        var start = 0;
        for (var c = 0; c < classes; c++)
        {
            var target = points.AsSpan(start, ClassCount(c, classes, numSamples));
            switch (kind)
            {
                case MulticlassDatasetKind.Blobs: Blob(target, c, classes, noise, random); break;
                case MulticlassDatasetKind.Spiral: SpiralArm(target, c, classes, noise, random); break;
                default: Ring(target, c, classes, noise, random); break;
            }

            start += target.Length;
        }

        return points;
    }

    /// <summary>Points of class <paramref name="classIndex"/> of k: ⌊N/k⌋, plus 1 when classIndex &lt; N mod k.</summary>
    public static int ClassCount(int classIndex, int classes, int numSamples) =>
        (numSamples / classes) + (classIndex < numSamples % classes ? 1 : 0);

    /// <summary>
    /// Centre of blob c of k: angle a = 2π·c/k clockwise from the top, (3.5·sin a, 3.5·cos a), so
    /// class 0 sits at (0, 3.5), in the original's x = r·sin, y = r·cos convention.
    /// </summary>
    public static (double X, double Y) BlobCentre(int classIndex, int classes)
    {
        var angle = 2 * Math.PI * classIndex / classes;
        return (BlobRadius * JsMath.Sin(angle), BlobRadius * JsMath.Cos(angle));
    }

    /// <summary>
    /// Variance of every blob: the original gauss's lin(noise; 0→0.5, 0.5→4), times
    /// min(1, h²/8), h = 3.5·sin(π/k) being half the distance between neighbouring centres and √8
    /// that between the original's two centres. So neighbouring blobs are as separable as the
    /// original's two at the same noise (k = 4–6), and never spread more than the original's (k = 3).
    /// </summary>
    public static double BlobVariance(int classes, double noise)
    {
        var half = BlobRadius * JsMath.Sin(Math.PI / classes);
        return Datasets.Linear(noise, 0, 0.5, 0.5, 4) * Math.Min(1, half * half / GaussHalfDistanceSquared);
    }

    /// <summary>The URL name: <c>blobs</c>, <c>spiral</c> or <c>rings</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string Name(MulticlassDatasetKind kind)
    {
        foreach (var (name, value) in Names)
        {
            if (value == kind)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
    }

    /// <summary>Reads a URL name (exact, lower-case); false for anything else, null included.</summary>
    public static bool TryParse(string? name, out MulticlassDatasetKind kind)
    {
        foreach (var (candidate, value) in Names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                kind = value;
                return true;
            }
        }

        kind = default;
        return false;
    }

    // x then y, each Normal(centre, variance): two or more draws per coordinate (polar method).
    private static void Blob(Span<Example2D> points, int c, int k, double noise, SeededRandom random)
    {
        var (cx, cy) = BlobCentre(c, k);
        var variance = BlobVariance(k, noise);
        for (var i = 0; i < points.Length; i++)
        {
            var x = Datasets.Normal(random, cx, variance);
            var y = Datasets.Normal(random, cy, variance);
            points[i] = new Example2D(x, y, c);
        }
    }

    // The original's spiralArm with n = this class's count and deltaT = 2π·c/k (k = 2 would give
    // its two arms); as there, the noise moves the stored point.
    private static void SpiralArm(Span<Example2D> points, int c, int k, double noise, SeededRandom random)
    {
        double n = points.Length;
        var deltaT = 2 * Math.PI * c / k;
        for (var i = 0; i < points.Length; i++)
        {
            var r = i / n * Radius;
            var t = (1.75 * i / n * 2 * Math.PI) + deltaT;
            var x = (r * JsMath.Sin(t)) + (Datasets.Uniform(random, -1, 1) * noise);
            var y = (r * JsMath.Cos(t)) + (Datasets.Uniform(random, -1, 1) * noise);
            points[i] = new Example2D(x, y, c);
        }
    }

    // Like the original's circle: r, angle, then the noise draws, which move only the position the
    // label is read from (ring ⌊|p + noise|/w⌋, capped at k − 1), not the stored point. Ring c of
    // width w = 5/k keeps r in [(c + 0.1)w, (c + 0.9)w), the central disc [0, 0.9w).
    private static void Ring(Span<Example2D> points, int c, int k, double noise, SeededRandom random)
    {
        var width = Radius / k;
        var rMin = c == 0 ? 0 : (c + RingGap) * width;
        var rMax = (c + 1 - RingGap) * width;
        for (var i = 0; i < points.Length; i++)
        {
            var r = Datasets.Uniform(random, rMin, rMax);
            var angle = Datasets.Uniform(random, 0, 2 * Math.PI);
            var x = r * JsMath.Sin(angle);
            var y = r * JsMath.Cos(angle);
            var noiseX = Datasets.Uniform(random, -Radius, Radius) * noise;
            var noiseY = Datasets.Uniform(random, -Radius, Radius) * noise;
            var noisyX = x + noiseX;
            var noisyY = y + noiseY;
            var ring = Math.Floor(Math.Sqrt((noisyX * noisyX) + (noisyY * noisyY)) / width);
            points[i] = new Example2D(x, y, Math.Min(k - 1, ring));
        }
    }
}
