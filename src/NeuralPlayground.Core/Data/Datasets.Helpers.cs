using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Randomness;

namespace NeuralPlayground.Core.Data;

/// <summary>Draw helpers and d3-style scales, evaluated in the original's arithmetic order.</summary>
public static partial class Datasets
{
    private static readonly (double X, double Y, double Sign)[] Bumps =
    [
        (-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1),
    ];

    /// <summary>uniform(a, b) = r·(b − a) + a.</summary>
    internal static double Uniform(SeededRandom random, double a, double b) => (random.NextDouble() * (b - a)) + a;

    /// <summary>d3 v3 linear scale: t = (v − d0)/(d1 − d0), then r0·(1 − t) + r1·t.</summary>
    internal static double Linear(double v, double d0, double d1, double r0, double r1)
    {
        var t = (v - d0) / (d1 - d0);
        return (r0 * (1 - t)) + (r1 * t);
    }

    /// <summary>Marsaglia's polar method, one value per accepted pair (v2 is discarded).</summary>
    internal static double Normal(SeededRandom random, double mean, double variance)
    {
        double v1, s;
        do
        {
            v1 = (2 * random.NextDouble()) - 1;
            var v2 = (2 * random.NextDouble()) - 1;
            s = (v1 * v1) + (v2 * v2);
        }
        while (s > 1);

        var result = Math.Sqrt(-2 * JsMath.Log(s) / s) * v1;
        return mean + (Math.Sqrt(variance) * result);
    }

    private static Example2D CirclePoint(SeededRandom random, double rMin, double rMax, double noise)
    {
        const double radius = 5;
        var r = Uniform(random, rMin, rMax);
        var angle = Uniform(random, 0, 2 * Math.PI);
        var x = r * JsMath.Sin(angle);
        var y = r * JsMath.Cos(angle);
        var noiseX = Uniform(random, -radius, radius) * noise;
        var noiseY = Uniform(random, -radius, radius) * noise;
        var label = Distance(x + noiseX, y + noiseY, 0, 0) < radius * 0.5 ? 1 : -1;
        return new Example2D(x, y, label);
    }

    private static void SpiralArm(List<Example2D> points, double n, double deltaT, double label, double noise, SeededRandom random)
    {
        for (var i = 0; i < n; i++)
        {
            var r = i / n * 5;
            var t = (1.75 * i / n * 2 * Math.PI) + deltaT;
            var x = (r * JsMath.Sin(t)) + (Uniform(random, -1, 1) * noise);
            var y = (r * JsMath.Cos(t)) + (Uniform(random, -1, 1) * noise);
            points.Add(new Example2D(x, y, label));
        }
    }

    private static (double X, double Y, double NoiseX, double NoiseY) RegressionDraws(SeededRandom random, double noise)
    {
        const double radius = 6;
        var x = Uniform(random, -radius, radius);
        var y = Uniform(random, -radius, radius);
        var noiseX = Uniform(random, -radius, radius) * noise;
        var noiseY = Uniform(random, -radius, radius) * noise;
        return (x, y, noiseX, noiseY);
    }

    private static double RegGaussLabel(double x, double y)
    {
        double label = 0;
        foreach (var (cx, cy, sign) in Bumps)
        {
            var t = Math.Clamp((Distance(x, y, cx, cy) - 0) / (2 - 0), 0, 1);
            var candidate = sign * ((1 * (1 - t)) + (0 * t));
            if (Math.Abs(candidate) > Math.Abs(label))
            {
                label = candidate;
            }
        }

        return label;
    }

    private static double Distance(double ax, double ay, double bx, double by)
    {
        var dx = ax - bx;
        var dy = ay - by;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
