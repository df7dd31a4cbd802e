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
    /// Backpropagates the square loss ½(out − target)² after <see cref="Forward"/>: outputDer = out − target;
    /// per layer from the last: inputDer = outputDer·f′(totalInput), accumulated; errorDer = inputDer·source
    /// output, accumulated; then each previous node's outputDer = Σ w·dest inputDer over its outgoing
    /// links in order (dead links included). Weights are not changed.
    /// </summary>
    public void Backward(double target)
    {
        OutputDer[^1] = NodeOutput[^1] - target;
        for (var l = LayerCount - 1; l >= 1; l--)
        {
            var start = _nodeStart[l];
            var size = LayerSizes[l];
            var inputDer = InputDer.AsSpan(start, size);
            var kind = l == LayerCount - 1 ? OutputActivation : Activation;
            LayerActivations.InputDer(kind, TotalInput.AsSpan(start, size), NodeOutput.AsSpan(start, size), OutputDer.AsSpan(start, size), inputDer);
            VectorKernels.AddScaled(AccInputDer.AsSpan(start, size), inputDer, 1);
            var fanIn = LayerSizes[l - 1];
            var source = NodeOutput.AsSpan(_nodeStart[l - 1], fanIn);
            for (var i = 0; i < size; i++)
            {
                VectorKernels.AddScaled(AccErrorDer.AsSpan(_linkStart[l] + (i * fanIn), fanIn), source, inputDer[i]);
            }

            if (l > 1)
            {
                var outputDer = OutputDer.AsSpan(_nodeStart[l - 1], fanIn);
                outputDer.Clear();
                for (var i = 0; i < size; i++)
                {
                    VectorKernels.AddScaled(outputDer, _weights.AsSpan(_linkStart[l] + (i * fanIn), fanIn), inputDer[i]);
                }
            }
        }

        _numAccumulated++;
    }
}
