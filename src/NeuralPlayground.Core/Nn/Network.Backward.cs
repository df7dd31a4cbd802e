using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Nn;

/// <summary>Backpropagation (spec §8.6).</summary>
public sealed partial class Network
{
    private long _numAccumulated;
    private double[] _singleDerivatives = [];

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
    public void Backward(double target)
    {
        if (_singleDerivatives.Length != NodeCount)
        {
            _singleDerivatives = new double[NodeCount];
        }

        ComputeDerivatives(TotalInput, NodeOutput, _singleDerivatives, 1, 1, false);
        Backward(target, NodeOutput, _singleDerivatives, 1, 0);
    }

    // The forward values come from arrays laid out as Slot describes. Each sum receives the same
    // terms in the same order as the layer-by-layer description above; only independent sums interleave.
    // derivatives holds f′ of every node (times its mask under dropout), laid out like outputs.
    private void Backward(double target, double[] outputs, double[] derivatives, int stride, int example)
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
            for (var j = 0; j < fanIn && l > 1; j++)
            {
                OutputDer[previous + j] = 0;
            }

            for (var i = 0; i < _sizes[l]; i++)
            {
                var inputDer = OutputDer[start + i] * derivatives[at + i];
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

    /// <summary>
    /// f′ of every non-input node of examples 0…count − 1 (arrays laid out as <see cref="Slot"/>
    /// describes), one layer at a time; under dropout the hidden derivatives are multiplied by the masks.
    /// </summary>
    private void ComputeDerivatives(double[] totals, double[] outputs, double[] derivatives, int stride, int count, bool dropout)
    {
        var last = _sizes.Length - 1;
        for (var l = 1; l <= last; l++)
        {
            var first = Slot(l, stride, 0);
            var length = count * _sizes[l];
            var masks = dropout && l < last ? _groupMasks.AsSpan(first, length) : default;
            LayerActivations.Derivatives(
                l == last ? OutputActivation : Activation,
                totals.AsSpan(first, length),
                outputs.AsSpan(first, length),
                masks,
                derivatives.AsSpan(first, length));
        }
    }
}
