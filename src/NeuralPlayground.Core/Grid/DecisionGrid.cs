using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Core.Grid;

/// <summary>
/// The 100×100 heatmap grid over [−6, 6]² (spec §11.3). Cell (i, j) is column i (x grows to the
/// right) and row j counted from the top (y = +6 at j = 0); grids are stored row-major, at
/// <c>j·100 + i</c>, the order of canvas pixels.
/// </summary>
public static class DecisionGrid
{
    /// <summary>Cells per side.</summary>
    public const int Density = 100;

    /// <summary>Cells in a grid.</summary>
    public const int CellCount = Density * Density;

    /// <summary>Half the side of the plotted square.</summary>
    public const double Extent = 6;

    private static readonly Lazy<double[]> XsCache = new(() => [.. Enumerable.Range(0, Density).Select(X)]);

    private static readonly Dictionary<string, double[]> FeatureCache = [];

    private static readonly Lazy<double[]> YsCache = new(() => [.. Enumerable.Range(0, Density).Select(Y)]);

    /// <summary>x of column i: d3 linear [0, 99] → [−6, 6], t = i/99, −6(1 − t) + 6t.</summary>
    public static double X(int i)
    {
        var t = (i - 0.0) / (Density - 1 - 0.0);
        return (-Extent * (1 - t)) + (Extent * t);
    }

    /// <summary>y of row j: d3 linear [99, 0] → [−6, 6], t = (j − 99)/(−99), so row 0 is y = 6.</summary>
    public static double Y(int j)
    {
        var t = (j - (Density - 1.0)) / (0 - (Density - 1.0));
        return (-Extent * (1 - t)) + (Extent * t);
    }

    /// <summary>x of every column.</summary>
    public static ReadOnlySpan<double> Xs => XsCache.Value;

    /// <summary>y of every row.</summary>
    public static ReadOnlySpan<double> Ys => YsCache.Value;

    /// <summary>A feature's raw value on every cell (the input nodes' heatmaps); a fresh copy.</summary>
    public static double[] FeatureGrid(InputFeature feature) => [.. CachedFeatureGrid(feature)];

    /// <summary>
    /// Every node's output on every cell with the exact double forward pass, bit for bit the
    /// original's <c>boundary[nodeId][i][j]</c>. Result[k] is the grid of flat node k (inputs too).
    /// </summary>
    public static double[][] Exact(Network network, IReadOnlyList<InputFeature> inputs, BatchForward? batch = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(inputs);
        var grids = new double[network.NodeCount][];
        for (var k = 0; k < grids.Length; k++)
        {
            grids[k] = new double[CellCount];
        }

        var columns = inputs.Select(CachedFeatureGrid).ToArray();
        (batch ?? new BatchForward()).Run(network, columns, CellCount, (start, length, block) =>
        {
            for (var k = 0; k < grids.Length; k++)
            {
                block.Node(k, length).CopyTo(grids[k].AsSpan(start, length));
            }
        });
        return grids;
    }

    /// <summary>The shared, never-modified grid of a feature (the grid never moves).</summary>
    internal static double[] CachedFeatureGrid(InputFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        lock (FeatureCache)
        {
            if (!FeatureCache.TryGetValue(feature.Key, out var grid))
            {
                grid = new double[CellCount];
                for (var j = 0; j < Density; j++)
                {
                    for (var i = 0; i < Density; i++)
                    {
                        grid[(j * Density) + i] = feature.Compute(Xs[i], Ys[j]);
                    }
                }

                FeatureCache[feature.Key] = grid;
            }

            return grid;
        }
    }
}
