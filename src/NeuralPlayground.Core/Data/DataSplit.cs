using NeuralPlayground.Core.Randomness;

namespace NeuralPlayground.Core.Data;

/// <summary>The page's data after one "generate data" (spec §6): shuffled, then split.</summary>
/// <param name="Train">The training points, in the fixed training order.</param>
/// <param name="Test">The test points.</param>
public sealed record DataSplit(Example2D[] Train, Example2D[] Test)
{
    /// <summary>Sample count for a problem type: 500 for classification, 1200 for regression, 600 for multi-class (divisible by 3, 4, 5 and 6).</summary>
    public static int SampleCount(ProblemKind problem) => problem switch
    {
        ProblemKind.Regression => 1200,
        ProblemKind.Multiclass => 600,
        _ => 500,
    };

    /// <summary>
    /// Generates <paramref name="numSamples"/> points with noise <paramref name="noisePercent"/>/100,
    /// shuffles them (N draws) and splits at floor(N·perc/100) with JavaScript <c>slice</c> semantics
    /// (a negative index counts from the end; an index past the end is clamped).
    /// </summary>
    public static DataSplit Generate(DatasetKind kind, int numSamples, double noisePercent, double percTrainData, SeededRandom random)
    {
        var points = Datasets.For(kind)(numSamples, noisePercent / 100, random);
        return FromPoints(points, percTrainData, random);
    }

    /// <summary>Shuffles <paramref name="points"/> in place (N draws) and splits them as <see cref="Generate"/> does.</summary>
    public static DataSplit FromPoints(Example2D[] points, double percTrainData, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(points);
        Shuffle(points, random);
        var split = SliceIndex(Math.Floor(points.Length * percTrainData / 100), points.Length);
        return new DataSplit(points[..split], points[split..]);
    }

    /// <summary>Fisher–Yates as the original: for m = N … 1, k = floor(r·m), swap a[m−1] and a[k].</summary>
    public static void Shuffle<T>(T[] array, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentNullException.ThrowIfNull(random);
        var counter = array.Length;
        while (counter > 0)
        {
            var index = (int)Math.Floor(random.NextDouble() * counter);
            counter--;
            (array[counter], array[index]) = (array[index], array[counter]);
        }
    }

    private static int SliceIndex(double index, int length)
    {
        if (double.IsNaN(index))
        {
            return 0;
        }

        if (index < 0)
        {
            return (int)Math.Max(0, length + index);
        }

        return (int)Math.Min(index, length);
    }
}
