using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Randomness;

namespace NeuralPlayground.Core.Data;

/// <summary>
/// The original's six generators (spec §5), with its exact draw order and arithmetic.
/// Labels of circle, xor and the regressions use the noisy position; the stored point does not.
/// </summary>
public static partial class Datasets
{
    /// <summary>The generator for <paramref name="kind"/>.</summary>
    public static DataGenerator For(DatasetKind kind) => kind switch
    {
        DatasetKind.Circle => Circle,
        DatasetKind.Xor => Xor,
        DatasetKind.Gauss => Gauss,
        DatasetKind.Spiral => Spiral,
        DatasetKind.RegPlane => RegPlane,
        DatasetKind.RegGauss => RegGauss,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Radius 5: label +1 inside r &lt; 2.5, −1 outside; positives first (r ∈ [0, 2.5)), then r ∈ [3.5, 5).</summary>
    public static Example2D[] Circle(int numSamples, double noise, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        const double radius = 5;
        var points = new List<Example2D>(numSamples);
        for (var i = 0; i < numSamples / 2.0; i++)
        {
            points.Add(CirclePoint(random, 0, radius * 0.5, noise));
        }

        for (var i = 0; i < numSamples / 2.0; i++)
        {
            points.Add(CirclePoint(random, radius * 0.7, radius, noise));
        }

        return [.. points];
    }

    /// <summary>x, y ∈ [−5, 5] pushed 0.3 away from the axes; label sign((x+nx)(y+ny)), ≥ 0 is +1.</summary>
    public static Example2D[] Xor(int numSamples, double noise, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        const double padding = 0.3;
        var points = new Example2D[numSamples];
        for (var i = 0; i < numSamples; i++)
        {
            var x = Uniform(random, -5, 5);
            x += x > 0 ? padding : -padding;
            var y = Uniform(random, -5, 5);
            y += y > 0 ? padding : -padding;
            var noiseX = Uniform(random, -5, 5) * noise;
            var noiseY = Uniform(random, -5, 5) * noise;
            points[i] = new Example2D(x, y, (x + noiseX) * (y + noiseY) >= 0 ? 1 : -1);
        }

        return points;
    }

    /// <summary>Two Gaussian blobs, (2, 2) labelled +1 then (−2, −2) labelled −1; variance 0.5 → 4 with noise.</summary>
    public static Example2D[] Gauss(int numSamples, double noise, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var variance = Linear(noise, 0, 0.5, 0.5, 4);
        var points = new List<Example2D>(numSamples);
        for (var i = 0; i < numSamples / 2.0; i++)
        {
            var x = Normal(random, 2, variance);
            var y = Normal(random, 2, variance);
            points.Add(new Example2D(x, y, 1));
        }

        for (var i = 0; i < numSamples / 2.0; i++)
        {
            var x = Normal(random, -2, variance);
            var y = Normal(random, -2, variance);
            points.Add(new Example2D(x, y, -1));
        }

        return [.. points];
    }

    /// <summary>Two spiral arms (label +1, then −1 rotated by π); here noise moves the stored points.</summary>
    public static Example2D[] Spiral(int numSamples, double noise, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var points = new List<Example2D>(numSamples);
        var n = numSamples / 2.0;
        SpiralArm(points, n, 0, 1, noise, random);
        SpiralArm(points, n, Math.PI, -1, noise, random);
        return [.. points];
    }

    /// <summary>x, y ∈ [−6, 6]; label lin(x+nx + y+ny; −10→−1, 10→1), not clamped.</summary>
    public static Example2D[] RegPlane(int numSamples, double noise, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var points = new Example2D[numSamples];
        for (var i = 0; i < numSamples; i++)
        {
            var (x, y, noiseX, noiseY) = RegressionDraws(random, noise);
            points[i] = new Example2D(x, y, Linear(x + noiseX + (y + noiseY), -10, 10, -1, 1));
        }

        return points;
    }

    /// <summary>Six signed bumps of radius 2; the label is the candidate of largest magnitude.</summary>
    public static Example2D[] RegGauss(int numSamples, double noise, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var points = new Example2D[numSamples];
        for (var i = 0; i < numSamples; i++)
        {
            var (x, y, noiseX, noiseY) = RegressionDraws(random, noise);
            points[i] = new Example2D(x, y, RegGaussLabel(x + noiseX, y + noiseY));
        }

        return points;
    }
}
