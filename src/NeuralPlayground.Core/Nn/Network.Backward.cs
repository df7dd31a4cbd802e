using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Nn;

/// <summary>Backpropagation (spec §8.6).</summary>
public sealed partial class Network
{
    private long _numAccumulated;

    /// <summary>Error derivative with respect to each node's total input, from the last backward pass.</summary>
    public double[] InputDer { get; }

    /// <summary>Error derivative with respect to each node's output, from the last backward pass.</summary>
    public double[] OutputDer { get; }

    /// <summary>Σ inputDer since the last update, per node (the bias gradient).</summary>
    public double[] AccInputDer { get; }

    /// <summary>Σ inputDer·source output since the last update, per link (the weight gradient).</summary>
    public double[] AccErrorDer { get; }

    /// <summary>
    /// Examples accumulated since the last update. The original counts per node and per live link;
    /// every count is this one, and the sums of dead links are never read.
    /// </summary>
    public long NumAccumulated => _numAccumulated;

    /// <summary>
    /// Backpropagates the square loss ½(out − target)² after <see cref="Forward"/> (with a softmax
    /// output, the cross-entropy of class <paramref name="target"/>: outputDer = p − one-hot): outputDer = out − target;
    /// per layer from the last: inputDer = outputDer·f′(totalInput), accumulated; errorDer = inputDer·source
    /// output, accumulated; then each previous node's outputDer = Σ w·dest inputDer over its outgoing
    /// links in order (dead links included). Weights are not changed.
    /// </summary>
    public void Backward(double target) => Backward(target, TotalInput, NodeOutput, 1, 0, false);

    // The forward values come from arrays laid out as Slot describes. Each sum receives the same
    // terms in the same order as the layer-by-layer description above; only independent sums interleave.
    // With dropout, the hidden outputs are masked by the group's masks (TrainEpoch only).
    private void Backward(double target, double[] totals, double[] outputs, int stride, int example, bool dropout)
    {
        var vectors = SimdPolicy.UseVectors;
        var last = _sizes.Length - 1;
        if (IsSoftmax)
        {
            // Softmax with cross-entropy: ∂L/∂zᵢ = pᵢ − [i = target]; the logits' activation is linear.
            var classOf = Softmax.ClassOf(target, _sizes[last]);
            var outputAt = Slot(last, stride, example);
            for (var i = 0; i < _sizes[last]; i++)
            {
                OutputDer[_nodeStart[last] + i] = outputs[outputAt + i] - (i == classOf ? 1 : 0);
            }
        }
        else
        {
            OutputDer[^1] = outputs[Slot(last, stride, example)] - target;
        }

        for (var l = last; l >= 1; l--)
        {
            var start = _nodeStart[l];
            var previous = _nodeStart[l - 1];
            var fanIn = _sizes[l - 1];
            var at = Slot(l, stride, example);
            var sourceAt = Slot(l - 1, stride, example);
            var kind = l == last ? OutputActivation : Activation;
            for (var j = 0; j < fanIn && l > 1; j++)
            {
                OutputDer[previous + j] = 0;
            }

            for (var i = 0; i < _sizes[l]; i++)
            {
                var inputDer = dropout && l < last
                    ? OutputDer[start + i] * DroppedDerivative(kind, totals[at + i], _groupMasks[at + i])
                    : OutputDer[start + i] * Activations.Derivative(kind, totals[at + i], outputs[at + i]);
                InputDer[start + i] = inputDer;
                AccInputDer[start + i] += inputDer;
                var row = _linkStart[l] + (i * fanIn);
                VectorKernels.AddScaled(AccErrorDer, row, outputs, sourceAt, fanIn, inputDer, vectors);
                if (l > 1)
                {
                    VectorKernels.AddScaled(OutputDer, previous, _weights, row, fanIn, inputDer, vectors);
                }
            }
        }

        _numAccumulated++;
    }

    // ∂(mask·f(x))/∂x for a hidden unit under dropout: the stored output is masked, so f(x) is recomputed.
    private static double DroppedDerivative(ActivationKind kind, double total, double mask) =>
        mask * Activations.Derivative(kind, total, Activations.Output(kind, total));
}
