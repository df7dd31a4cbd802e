namespace NeuralPlayground.Core.Nn;

/// <summary>
/// The exact forward pass over many points at once: one layer at a time over a block of points,
/// each point's arithmetic identical to <see cref="Network.Forward"/> (bias, then + w·source in
/// link order, then f). Inputs come as columns, one array of point values per input feature.
/// Buffers are reused between calls; not thread-safe.
/// </summary>
public sealed class BatchForward
{
    /// <summary>Points evaluated together; small enough that a block of every node stays in cache.</summary>
    public const int BlockSize = 256;

    private double[][] _block = [];

    /// <summary>
    /// Evaluates <paramref name="count"/> points and calls <paramref name="onBlock"/> for each block,
    /// in point order, with the block's start and this evaluator (read <see cref="Node"/> there).
    /// </summary>
    public void Run(Network network, IReadOnlyList<double[]> columns, int count, Action<int, int, BatchForward> onBlock)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(onBlock);
        if (columns.Count != network.InputCount)
        {
            throw new ArgumentException($"Expected {network.InputCount} input columns, got {columns.Count}.", nameof(columns));
        }

        for (var start = 0; start < count; start += BlockSize)
        {
            var length = Math.Min(BlockSize, count - start);
            RunBlock(network, columns, start, length);
            onBlock(start, length, this);
        }
    }

    /// <summary>
    /// Evaluates the points start…start + length − 1 (length ≤ <see cref="BlockSize"/>); read them
    /// with <see cref="Node"/>. For callers that loop over the blocks themselves, without a delegate.
    /// </summary>
    public void RunBlock(Network network, IReadOnlyList<double[]> columns, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, BlockSize);
        EnsureBuffers(network.NodeCount);
        for (var f = 0; f < columns.Count; f++)
        {
            columns[f].AsSpan(start, length).CopyTo(_block[f]);
        }

        for (var l = 1; l < network.LayerCount; l++)
        {
            var kind = l == network.LayerCount - 1 ? network.OutputActivation : network.Activation;
            for (var i = 0; i < network.LayerSize(l); i++)
            {
                var total = _block[network.NodeIndex(l, i)].AsSpan(0, length);
                Accumulate(network, l, i, total);
                LayerActivations.Output(kind, total, total);
            }
        }
    }

    /// <summary>The current block's outputs of flat node <paramref name="flatIndex"/> (inputs: the feature values).</summary>
    public ReadOnlySpan<double> Node(int flatIndex, int length) => _block[flatIndex].AsSpan(0, length);

    private void Accumulate(Network network, int layer, int index, Span<double> total)
    {
        total.Fill(network.Biases[network.NodeIndex(layer, index) - network.InputCount]);
        var firstLink = network.LinkIndex(layer, index, 0);
        var firstSource = network.NodeIndex(layer - 1, 0);
        for (var j = 0; j < network.LayerSize(layer - 1); j++)
        {
            VectorKernels.AddScaled(total, _block[firstSource + j].AsSpan(0, total.Length), network.Weight(firstLink + j));
        }
    }

    private void EnsureBuffers(int nodeCount)
    {
        if (_block.Length != nodeCount)
        {
            _block = [.. Enumerable.Range(0, nodeCount).Select(_ => new double[BlockSize])];
        }
    }
}
