using NeuralPlayground.Core.Data;

namespace NeuralPlayground.Core.Features;

/// <summary>
/// The network inputs of a set of points, computed once: row r holds the enabled features of
/// point r (the original recomputes them on every pass; the values are identical).
/// </summary>
public sealed class FeatureMatrix
{
    private readonly double[] _values;

    private FeatureMatrix(double[] values, double[] labels, int width)
    {
        _values = values;
        Labels = labels;
        Width = width;
        Columns = [.. Enumerable.Range(0, width).Select(c => Enumerable.Range(0, labels.Length).Select(r => values[(r * width) + c]).ToArray())];
    }

    /// <summary>Number of points (rows).</summary>
    public int Count => Labels.Length;

    /// <summary>Number of features per point (columns).</summary>
    public int Width { get; }

    /// <summary>The label of each point.</summary>
    public double[] Labels { get; }

    /// <summary>The same values by feature: Columns[c][r] is feature c of point r (for batch evaluation).</summary>
    public IReadOnlyList<double[]> Columns { get; }

    /// <summary>The inputs of point <paramref name="row"/>.</summary>
    public ReadOnlySpan<double> Row(int row) => _values.AsSpan(row * Width, Width);

    /// <summary>The inputs of <paramref name="count"/> consecutive points from <paramref name="first"/>, row after row.</summary>
    public ReadOnlySpan<double> Rows(int first, int count) => _values.AsSpan(first * Width, count * Width);

    /// <summary>Computes <paramref name="features"/> for every point.</summary>
    public static FeatureMatrix Create(IReadOnlyList<Example2D> points, IReadOnlyList<InputFeature> features)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(features);
        var width = features.Count;
        var values = new double[points.Count * width];
        var labels = new double[points.Count];
        for (var r = 0; r < points.Count; r++)
        {
            var p = points[r];
            labels[r] = p.Label;
            for (var c = 0; c < width; c++)
            {
                values[(r * width) + c] = features[c].Compute(p.X, p.Y);
            }
        }

        return new FeatureMatrix(values, labels, width);
    }
}
