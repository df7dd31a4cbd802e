using System.Runtime.Intrinsics;
using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Core.Grid;

/// <summary>
/// Every node's output on the 100×100 grid for drawing: single precision, one layer at a time over
/// all cells with <see cref="Vector128{T}"/>, and a rational tanh; within 1e-3 of
/// <see cref="DecisionGrid.Exact"/>. Buffers are reused between calls; not thread-safe.
/// </summary>
public sealed class FastGrid
{
    private static readonly Dictionary<string, float[]> FeatureCache = [];
    private float[][] _grids = [];

    /// <summary>Grid of flat node k from the last <see cref="Evaluate"/>, row-major (j·100 + i).</summary>
    public ReadOnlySpan<float> Node(int flatIndex) => _grids[flatIndex];

    /// <summary>Number of node grids from the last evaluation.</summary>
    public int NodeCount => _grids.Length;

    /// <summary>Evaluates every node of <paramref name="network"/> on every cell.</summary>
    public void Evaluate(Network network, IReadOnlyList<InputFeature> inputs)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(inputs);
        EnsureBuffers(network.NodeCount);
        for (var f = 0; f < inputs.Count; f++)
        {
            FeatureGrid(inputs[f]).CopyTo(_grids[f], 0);
        }

        for (var l = 1; l < network.LayerCount; l++)
        {
            var kind = l == network.LayerCount - 1 ? network.OutputActivation : network.Activation;
            for (var i = 0; i < network.LayerSizes[l]; i++)
            {
                EvaluateNode(network, l, i, kind);
            }
        }
    }

    /// <summary>A feature's values on the grid in single precision (cached; the grid never moves).</summary>
    public static float[] FeatureGrid(InputFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        lock (FeatureCache)
        {
            if (!FeatureCache.TryGetValue(feature.Key, out var grid))
            {
                grid = [.. DecisionGrid.CachedFeatureGrid(feature).Select(v => (float)v)];
                FeatureCache[feature.Key] = grid;
            }

            return grid;
        }
    }

    private void EvaluateNode(Network network, int layer, int index, ActivationKind kind)
    {
        var dest = _grids[network.NodeIndex(layer, index)].AsSpan();
        var bias = Vector128.Create((float)network.Biases[network.NodeIndex(layer, index) - network.InputCount]);
        for (var c = 0; c < DecisionGrid.CellCount; c += 4)
        {
            bias.StoreUnsafe(ref dest[c]);
        }

        for (var j = 0; j < network.LayerSizes[layer - 1]; j++)
        {
            var w = Vector128.Create((float)network.Weights[network.LinkIndex(layer, index, j)]);
            var source = _grids[network.NodeIndex(layer - 1, j)].AsSpan();
            for (var c = 0; c < DecisionGrid.CellCount; c += 4)
            {
                var acc = Vector128.LoadUnsafe(ref dest[c]) + (w * Vector128.LoadUnsafe(ref source[c]));
                acc.StoreUnsafe(ref dest[c]);
            }
        }

        if (kind != ActivationKind.Linear)
        {
            for (var c = 0; c < DecisionGrid.CellCount; c += 4)
            {
                FastActivations.Apply(kind, Vector128.LoadUnsafe(ref dest[c])).StoreUnsafe(ref dest[c]);
            }
        }
    }

    private void EnsureBuffers(int nodeCount)
    {
        if (_grids.Length == nodeCount)
        {
            return;
        }

        var grids = new float[nodeCount][];
        for (var k = 0; k < nodeCount; k++)
        {
            grids[k] = k < _grids.Length ? _grids[k] : new float[DecisionGrid.CellCount];
        }

        _grids = grids;
    }
}
