using System.Numerics;
using System.Runtime.InteropServices;
using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Core.Grid;

/// <summary>
/// Every node's output on the 100×100 grid for drawing: single precision, one layer at a time over
/// a block of cells with <see cref="Vector{T}"/> (8 lanes with AVX2, 4 in WebAssembly), and a
/// rational tanh; within 1e-3 of <see cref="DecisionGrid.Exact"/>. Buffers are reused; not thread-safe.
/// </summary>
public sealed class FastGrid
{
    // A block of every node stays in the first-level cache: 56 nodes × 400 floats ≈ 90 KB.
    private const int BlockSize = 400;
    private static readonly Dictionary<string, float[]> FeatureCache = [];
    private float[][] _grids = [];
    private float[] _weights = [];
    private float[] _biases = [];

    /// <summary>Grid of flat node k from the last <see cref="Evaluate"/>, row-major (j·100 + i).</summary>
    public ReadOnlySpan<float> Node(int flatIndex) => _grids[flatIndex];

    /// <summary>Number of node grids from the last evaluation.</summary>
    public int NodeCount => _grids.Length;

    /// <summary>Evaluates every node of <paramref name="network"/> on every cell.</summary>
    public void Evaluate(Network network, IReadOnlyList<InputFeature> inputs)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(inputs);
        Prepare(network);
        for (var f = 0; f < inputs.Count; f++)
        {
            FeatureGrid(inputs[f]).CopyTo(_grids[f], 0);
        }

        for (var start = 0; start < DecisionGrid.CellCount; start += BlockSize)
        {
            for (var l = 1; l < network.LayerCount; l++)
            {
                var kind = l == network.LayerCount - 1 ? network.OutputActivation : network.Activation;
                for (var i = 0; i < network.LayerSizes[l]; i++)
                {
                    EvaluateNode(network, l, i, kind, start);
                }
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

    private void EvaluateNode(Network network, int layer, int index, ActivationKind kind, int start)
    {
        var node = network.NodeIndex(layer, index);
        ref var dest = ref MemoryMarshal.GetArrayDataReference(_grids[node]);
        var bias = new Vector<float>(_biases[node - network.InputCount]);
        var end = start + BlockSize;
        for (var c = start; c < end; c += Vector<float>.Count)
        {
            bias.StoreUnsafe(ref dest, (nuint)c);
        }

        // One multiply-add sweep per incoming link: independent lanes, no long dependency chains.
        var firstLink = network.LinkIndex(layer, index, 0);
        var firstSource = network.NodeIndex(layer - 1, 0);
        for (var j = 0; j < network.LayerSizes[layer - 1]; j++)
        {
            ref var source = ref MemoryMarshal.GetArrayDataReference(_grids[firstSource + j]);
            var w = new Vector<float>(_weights[firstLink + j]);
            for (var c = start; c < end; c += Vector<float>.Count)
            {
                (Vector.LoadUnsafe(ref dest, (nuint)c) + (w * Vector.LoadUnsafe(ref source, (nuint)c))).StoreUnsafe(ref dest, (nuint)c);
            }
        }

        if (kind != ActivationKind.Linear)
        {
            for (var c = start; c < end; c += Vector<float>.Count)
            {
                FastActivations.Apply(kind, Vector.LoadUnsafe(ref dest, (nuint)c)).StoreUnsafe(ref dest, (nuint)c);
            }
        }
    }

    private void Prepare(Network network)
    {
        if (_grids.Length != network.NodeCount)
        {
            _grids = [.. Enumerable.Range(0, network.NodeCount).Select(_ => new float[DecisionGrid.CellCount])];
        }

        if (_weights.Length != network.LinkCount)
        {
            _weights = new float[network.LinkCount];
        }

        if (_biases.Length != network.Biases.Length)
        {
            _biases = new float[network.Biases.Length];
        }

        for (var k = 0; k < _weights.Length; k++)
        {
            _weights[k] = (float)network.Weights[k];
        }

        for (var k = 0; k < _biases.Length; k++)
        {
            _biases[k] = (float)network.Biases[k];
        }
    }
}
