using System.Numerics;
using System.Runtime.InteropServices;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Nn;

/// <summary>The forward pass (spec §8.4).</summary>
public sealed partial class Network
{
    /// <summary>Each node's total input from the last forward pass: bias + Σ w·source output.</summary>
    public double[] TotalInput { get; }

    /// <summary>Each node's output from the last forward pass (inputs: the feature values).</summary>
    public double[] NodeOutput { get; }

    /// <summary>The output node's value from the last forward pass.</summary>
    public double Output => NodeOutput[^1];

    /// <summary>
    /// Runs the network on one input vector: for each non-input node in order,
    /// totalInput = bias, then += wᵢ·sourceᵢ left to right, then output = f(totalInput).
    /// Several nodes of a layer are computed side by side, each with exactly that sequence.
    /// </summary>
    /// <returns>The output node's value.</returns>
    public double Forward(ReadOnlySpan<double> inputs)
    {
        if (inputs.Length != InputCount)
        {
            throw new ArgumentException($"Expected {InputCount} inputs, got {inputs.Length}.", nameof(inputs));
        }

        inputs.CopyTo(NodeOutput);
        for (var l = 1; l < LayerCount; l++)
        {
            var start = _nodeStart[l];
            var size = LayerSizes[l];
            var totals = TotalInput.AsSpan(start, size);
            ForwardLayer(l, NodeOutput.AsSpan(_nodeStart[l - 1], LayerSizes[l - 1]), totals);
            LayerActivations.Output(l == LayerCount - 1 ? OutputActivation : Activation, totals, NodeOutput.AsSpan(start, size));
        }

        return NodeOutput[^1];
    }

    /// <summary>totals = bias + Σ w·source for every node of <paramref name="layer"/>, four nodes side by side.</summary>
    private void ForwardLayer(int layer, ReadOnlySpan<double> source, Span<double> totals)
    {
        var size = totals.Length;
        var fanIn = source.Length;
        var bySource = _weightsBySource.AsSpan(_linkStart[layer], size * fanIn);
        Biases.AsSpan(_nodeStart[layer] - InputCount, size).CopyTo(totals);
        ref var total = ref MemoryMarshal.GetReference(totals);
        ref var w = ref MemoryMarshal.GetReference(bySource);
        var i = 0;
        if (SimdPolicy.UseVectors)
        {
            for (; i <= size - Vector<double>.Count; i += Vector<double>.Count)
            {
                var acc = Vector.LoadUnsafe(ref total, (nuint)i);
                for (var j = 0; j < fanIn; j++)
                {
                    acc += Vector.LoadUnsafe(ref w, (nuint)((j * size) + i)) * new Vector<double>(source[j]);
                }

                acc.StoreUnsafe(ref total, (nuint)i);
            }
        }

        for (; i < size; i++)
        {
            var acc = totals[i];
            for (var j = 0; j < fanIn; j++)
            {
                acc += bySource[(j * size) + i] * source[j];
            }

            totals[i] = acc;
        }
    }
}
