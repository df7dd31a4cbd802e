using System.Numerics;
using System.Runtime.CompilerServices;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Nn;

/// <summary>The forward pass (spec §8.4).</summary>
public sealed partial class Network
{
    /// <summary>Each node's total input from the last forward pass: bias + Σ w·source output.</summary>
    public double[] TotalInput { get; }

    /// <summary>Each node's output from the last forward pass (inputs: the feature values).</summary>
    public double[] NodeOutput { get; }

    /// <summary>The (first) output node's value from the last forward pass.</summary>
    public double Output => NodeOutput[_nodeStart[^2]];

    /// <summary>
    /// Runs the network on one input vector: for each non-input node in order,
    /// totalInput = bias, then += wᵢ·sourceᵢ left to right, then output = f(totalInput).
    /// Several nodes of a layer are computed side by side, each with exactly that sequence.
    /// </summary>
    /// <returns>The (first) output node's value; with a softmax output, read the class probabilities from <see cref="NodeOutput"/>.</returns>
    public double Forward(ReadOnlySpan<double> inputs)
    {
        if (inputs.Length != InputCount)
        {
            throw new ArgumentException($"Expected {InputCount} inputs, got {inputs.Length}.", nameof(inputs));
        }

        inputs.CopyTo(NodeOutput);
        for (var l = 1; l < _sizes.Length; l++)
        {
            ForwardLayer(l, TotalInput, NodeOutput, 1, 1);
        }

        return Output;
    }

    /// <summary>
    /// Layer <paramref name="layer"/>'s totals and outputs for examples 0…<paramref name="count"/> − 1
    /// stored with <paramref name="stride"/> (see <see cref="Slot"/>).
    /// </summary>
    private void ForwardLayer(int layer, double[] totals, double[] outputs, int stride, int count)
    {
        var vectors = SimdPolicy.UseVectors;
        var first = Slot(layer, stride, 0);
        for (var e = 0; e < count; e++)
        {
            Accumulate(layer, outputs, Slot(layer - 1, stride, e), totals, Slot(layer, stride, e), vectors);
        }

        var last = layer == _sizes.Length - 1;
        var kind = last ? OutputActivation : Activation;
        var length = count * _sizes[layer];
        LayerActivations.Output(kind, totals.AsSpan(first, length), outputs.AsSpan(first, length));
        if (last && IsSoftmax)
        {
            for (var e = 0; e < count; e++)
            {
                Softmax.Apply(outputs.AsSpan(Slot(layer, stride, e), _sizes[layer]));
            }
        }
    }

    /// <summary>totals[at + i] = bias + Σⱼ w·source[sourceAt + j] for every node i of <paramref name="layer"/>, nodes side by side.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Accumulate(int layer, double[] source, int sourceAt, double[] totals, int at, bool vectors)
    {
        var size = _sizes[layer];
        var fanIn = _sizes[layer - 1];
        var biasAt = _nodeStart[layer] - _sizes[0];
        var links = _linkStart[layer];
        var i = 0;
        if (vectors && fanIn > 0 && size >= Vector<double>.Count)
        {
            // Indexing the first and the last element of each run checks their bounds (a layer
            // without sources, e.g. every input feature switched off, takes the scalar path).
            ref var w = ref _weightsBySource[links];
            ref var bias = ref Biases[biasAt];
            ref var sums = ref totals[at];
            _ = _weightsBySource[links + (size * fanIn) - 1] + Biases[biasAt + size - 1] + totals[at + size - 1];
            for (; i <= size - Vector<double>.Count; i += Vector<double>.Count)
            {
                var acc = Vector.LoadUnsafe(ref bias, (nuint)i);
                for (var j = 0; j < fanIn; j++)
                {
                    acc += Vector.LoadUnsafe(ref w, (nuint)((j * size) + i)) * new Vector<double>(source[sourceAt + j]);
                }

                acc.StoreUnsafe(ref sums, (nuint)i);
            }
        }

        for (; i < size; i++)
        {
            var acc = Biases[biasAt + i];
            var row = links + (i * fanIn);
            for (var j = 0; j < fanIn; j++)
            {
                acc += _weights[row + j] * source[sourceAt + j];
            }

            totals[at + i] = acc;
        }
    }

    /// <summary>
    /// Where example <paramref name="example"/>'s node 0 of <paramref name="layer"/> sits in arrays
    /// that hold <paramref name="stride"/> examples layer by layer: layer l's block starts at
    /// stride·(first node of l) and holds the examples one after another. With stride 1 and
    /// example 0 this is the flat node numbering of <see cref="TotalInput"/> and <see cref="NodeOutput"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(int layer, int stride, int example) => (stride * _nodeStart[layer]) + (example * _sizes[layer]);
}
