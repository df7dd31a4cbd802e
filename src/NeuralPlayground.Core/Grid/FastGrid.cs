using System.Numerics;
using System.Runtime.InteropServices;
using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Core.Grid;

/// <summary>
/// Every node's output on the 100×100 grid for drawing, and its 10×10 thumbnail: single precision,
/// one layer at a time over a block of cells with <see cref="Vector{T}"/> (8 lanes with AVX2, 4 in
/// WebAssembly), and a rational tanh; within 1e-3 of <see cref="DecisionGrid.Exact"/>. Buffers are
/// reused; not thread-safe.
/// </summary>
/// <remarks>
/// The loops index arrays with offsets read once per node, and call nothing: in the browser's
/// interpreter every call or interface access leaves the compiled trace.
/// </remarks>
public sealed class FastGrid
{
    /// <summary>Cells in a node thumbnail, 10×10 block means of its grid.</summary>
    public const int ThumbnailCellCount = 100;

    // A block of every node stays in the first-level cache: 56 nodes × 400 floats ≈ 90 KB.
    private const int BlockSize = 400;

    // Nodes with up to this many links (every node the page's controls can make) take one sweep.
    private const int WideFanIn = 8;
    private const int Side = DecisionGrid.Density;
    private static readonly Dictionary<string, (float[] Grid, float[] Thumbnail)> FeatureCache = [];
    private float[][] _grids = [];
    private float[][] _thumbnails = [];
    private float[] _weights = [];
    private float[] _biases = [];
    private readonly float[] _rowSums = new float[Side];

    // The missing sources of a node with fewer than WideFanIn links: 0 · 0 adds nothing to a sum.
    private static readonly float[] Zeros = new float[DecisionGrid.CellCount];
    private readonly float[][] _wideSources = new float[WideFanIn][];
    private readonly float[] _wideWeights = new float[WideFanIn];

    /// <summary>Grid of flat node k from the last <see cref="Evaluate"/>, row-major (j·100 + i).</summary>
    public ReadOnlySpan<float> Node(int flatIndex) => _grids[flatIndex];

    /// <summary>
    /// Thumbnail of flat node k from the last <see cref="Evaluate"/>: cell (a, b) at b·10 + a is the
    /// mean of grid columns 10a…10a + 9 and rows 10b…10b + 9 (the original's <c>reduceMatrix</c>,
    /// summed in single precision).
    /// </summary>
    public ReadOnlySpan<float> Thumbnail(int flatIndex) => _thumbnails[flatIndex];

    /// <summary>Number of node grids from the last evaluation.</summary>
    public int NodeCount => _grids.Length;

    /// <summary>Evaluates every node of <paramref name="network"/> on every cell, then the thumbnails.</summary>
    public void Evaluate(Network network, IReadOnlyList<InputFeature> inputs)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(inputs);
        Prepare(network);
        for (var f = 0; f < inputs.Count; f++)
        {
            (_grids[f], _thumbnails[f]) = Cached(inputs[f]);
        }

        for (var start = 0; start < DecisionGrid.CellCount; start += BlockSize)
        {
            var node = network.InputCount;
            var link = 0;
            var firstSource = 0;
            for (var l = 1; l < network.LayerCount; l++)
            {
                var kind = l == network.LayerCount - 1 ? network.OutputActivation : network.Activation;
                var fanIn = network.LayerSize(l - 1);
                for (var i = 0; i < network.LayerSize(l); i++, node++, link += fanIn)
                {
                    var bias = _biases[node - network.InputCount];
                    if (fanIn is > 0 and <= WideFanIn)
                    {
                        EvaluateNodeWide(node, bias, link, firstSource, fanIn, start);
                    }
                    else
                    {
                        EvaluateNode(node, bias, link, firstSource, fanIn, start);
                    }

                    FastActivations.Apply(kind, _grids[node], start, BlockSize);
                }

                firstSource += fanIn;
            }
        }

        for (var node = network.InputCount; node < _grids.Length; node++)
        {
            BlockMeans(_grids[node], _thumbnails[node]);
        }
    }

    /// <summary>A feature's values on the grid in single precision (cached; the grid never moves).</summary>
    public static float[] FeatureGrid(InputFeature feature) => Cached(feature).Grid;

    /// <summary>A feature's thumbnail, as <see cref="Thumbnail"/> (cached).</summary>
    public static ReadOnlySpan<float> FeatureThumbnail(InputFeature feature) => Cached(feature).Thumbnail;

    private static (float[] Grid, float[] Thumbnail) Cached(InputFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        lock (FeatureCache)
        {
            if (!FeatureCache.TryGetValue(feature.Key, out var cached))
            {
                float[] grid = [.. DecisionGrid.CachedFeatureGrid(feature).Select(v => (float)v)];
                var thumbnail = new float[ThumbnailCellCount];
                BlockMeans(grid, thumbnail, new float[Side]);
                cached = (grid, thumbnail);
                FeatureCache[feature.Key] = cached;
            }

            return cached;
        }
    }

    // dest = bias + w₀·s₀ + … + w₇·s₇ over the block in one sweep, sources past fanIn being zeros
    // (x + 0·0 is x): the same additions in the same order as EvaluateNode, so the same floats, with
    // one sweep instead of a fill and two (in the browser ≈ 5 % off the grid). Fusing the activation
    // into this loop too measured slower there (4.5 → 5.5 ms for the largest network's grid).
    private void EvaluateNodeWide(int node, float bias, int firstLink, int firstSource, int fanIn, int start)
    {
        for (var j = 0; j < WideFanIn; j++)
        {
            _wideSources[j] = j < fanIn ? _grids[firstSource + j] : Zeros;
            _wideWeights[j] = j < fanIn ? _weights[firstLink + j] : 0;
        }

        ref var dest = ref MemoryMarshal.GetArrayDataReference(_grids[node]);
        ref var s0 = ref MemoryMarshal.GetArrayDataReference(_wideSources[0]);
        ref var s1 = ref MemoryMarshal.GetArrayDataReference(_wideSources[1]);
        ref var s2 = ref MemoryMarshal.GetArrayDataReference(_wideSources[2]);
        ref var s3 = ref MemoryMarshal.GetArrayDataReference(_wideSources[3]);
        ref var s4 = ref MemoryMarshal.GetArrayDataReference(_wideSources[4]);
        ref var s5 = ref MemoryMarshal.GetArrayDataReference(_wideSources[5]);
        ref var s6 = ref MemoryMarshal.GetArrayDataReference(_wideSources[6]);
        ref var s7 = ref MemoryMarshal.GetArrayDataReference(_wideSources[7]);
        var (w0, w1) = (new Vector<float>(_wideWeights[0]), new Vector<float>(_wideWeights[1]));
        var (w2, w3) = (new Vector<float>(_wideWeights[2]), new Vector<float>(_wideWeights[3]));
        var (w4, w5) = (new Vector<float>(_wideWeights[4]), new Vector<float>(_wideWeights[5]));
        var (w6, w7) = (new Vector<float>(_wideWeights[6]), new Vector<float>(_wideWeights[7]));
        var b = new Vector<float>(bias);
        var end = start + BlockSize;
        for (var c = start; c < end; c += Vector<float>.Count)
        {
            var at = (nuint)c;
            var sum = b + (w0 * Vector.LoadUnsafe(ref s0, at)) + (w1 * Vector.LoadUnsafe(ref s1, at)) + (w2 * Vector.LoadUnsafe(ref s2, at)) + (w3 * Vector.LoadUnsafe(ref s3, at));
            (sum + (w4 * Vector.LoadUnsafe(ref s4, at)) + (w5 * Vector.LoadUnsafe(ref s5, at)) + (w6 * Vector.LoadUnsafe(ref s6, at)) + (w7 * Vector.LoadUnsafe(ref s7, at))).StoreUnsafe(ref dest, at);
        }
    }

    // dest = bias + Σ w·source over the block: one sweep per four incoming links (in the
    // interpreter, each sweep's loads, stores and loop control cost as much as its arithmetic).
    private void EvaluateNode(int node, float bias, int firstLink, int firstSource, int fanIn, int start)
    {
        ref var dest = ref MemoryMarshal.GetArrayDataReference(_grids[node]);
        var biases = new Vector<float>(bias);
        var end = start + BlockSize;
        for (var c = start; c < end; c += Vector<float>.Count)
        {
            biases.StoreUnsafe(ref dest, (nuint)c);
        }

        var j = 0;
        for (; j <= fanIn - 4; j += 4)
        {
            ref var s0 = ref MemoryMarshal.GetArrayDataReference(_grids[firstSource + j]);
            ref var s1 = ref MemoryMarshal.GetArrayDataReference(_grids[firstSource + j + 1]);
            ref var s2 = ref MemoryMarshal.GetArrayDataReference(_grids[firstSource + j + 2]);
            ref var s3 = ref MemoryMarshal.GetArrayDataReference(_grids[firstSource + j + 3]);
            var (w0, w1) = (new Vector<float>(_weights[firstLink + j]), new Vector<float>(_weights[firstLink + j + 1]));
            var (w2, w3) = (new Vector<float>(_weights[firstLink + j + 2]), new Vector<float>(_weights[firstLink + j + 3]));
            for (var c = start; c < end; c += Vector<float>.Count)
            {
                var at = (nuint)c;
                var sum = Vector.LoadUnsafe(ref dest, at) + (w0 * Vector.LoadUnsafe(ref s0, at)) + (w1 * Vector.LoadUnsafe(ref s1, at));
                (sum + (w2 * Vector.LoadUnsafe(ref s2, at)) + (w3 * Vector.LoadUnsafe(ref s3, at))).StoreUnsafe(ref dest, at);
            }
        }

        for (; j < fanIn; j++)
        {
            ref var source = ref MemoryMarshal.GetArrayDataReference(_grids[firstSource + j]);
            var w = new Vector<float>(_weights[firstLink + j]);
            for (var c = start; c < end; c += Vector<float>.Count)
            {
                (Vector.LoadUnsafe(ref dest, (nuint)c) + (w * Vector.LoadUnsafe(ref source, (nuint)c))).StoreUnsafe(ref dest, (nuint)c);
            }
        }
    }

    // The ten rows of each block row summed lane-wise, then each run of ten columns.
    private void BlockMeans(float[] grid, float[] means) => BlockMeans(grid, means, _rowSums);

    private static void BlockMeans(float[] grid, float[] means, float[] rowSums)
    {
        ref var sums = ref MemoryMarshal.GetArrayDataReference(rowSums);
        ref var cells = ref MemoryMarshal.GetArrayDataReference(grid);
        for (var b = 0; b < 10; b++)
        {
            var first = b * 10 * Side;
            Array.Copy(grid, first, rowSums, 0, Side);
            for (var row = first + Side; row < first + (10 * Side); row += Side)
            {
                var c = 0;
                for (; c <= Side - Vector<float>.Count; c += Vector<float>.Count)
                {
                    (Vector.LoadUnsafe(ref sums, (nuint)c) + Vector.LoadUnsafe(ref cells, (nuint)(row + c))).StoreUnsafe(ref sums, (nuint)c);
                }

                for (; c < Side; c++)
                {
                    rowSums[c] += grid[row + c];
                }
            }

            for (var a = 0; a < 10; a++)
            {
                var sum = 0f;
                for (var k = 10 * a; k < (10 * a) + 10; k++)
                {
                    sum += rowSums[k];
                }

                means[(10 * b) + a] = sum / 100;
            }
        }
    }

    private void Prepare(Network network)
    {
        if (_grids.Length != network.NodeCount)
        {
            _grids = [.. Enumerable.Range(0, network.NodeCount).Select(_ => new float[DecisionGrid.CellCount])];
            _thumbnails = [.. Enumerable.Range(0, network.NodeCount).Select(_ => new float[ThumbnailCellCount])];
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
            _weights[k] = (float)network.Weight(k);
        }

        for (var k = 0; k < _biases.Length; k++)
        {
            _biases[k] = (float)network.Biases[k];
        }
    }
}
