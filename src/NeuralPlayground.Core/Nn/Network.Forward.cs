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
    /// </summary>
    /// <returns>The output node's value.</returns>
    public double Forward(ReadOnlySpan<double> inputs)
    {
        if (inputs.Length != InputCount)
        {
            throw new ArgumentException($"Expected {InputCount} inputs, got {inputs.Length}.", nameof(inputs));
        }

        inputs.CopyTo(NodeOutput);
        var outputs = NodeOutput.AsSpan();
        var totals = TotalInput.AsSpan();
        var weights = Weights.AsSpan();
        var biases = Biases.AsSpan();
        for (var l = 1; l < LayerCount; l++)
        {
            var fanIn = LayerSizes[l - 1];
            var source = outputs.Slice(_nodeStart[l - 1], fanIn);
            var start = _nodeStart[l];
            var kind = l == LayerCount - 1 ? OutputActivation : Activation;
            for (var i = 0; i < LayerSizes[l]; i++)
            {
                var row = weights.Slice(_linkStart[l] + (i * fanIn), fanIn);
                var total = biases[start + i - InputCount];
                for (var j = 0; j < row.Length; j++)
                {
                    total += row[j] * source[j];
                }

                totals[start + i] = total;
                outputs[start + i] = Activations.Output(kind, total);
            }
        }

        return NodeOutput[^1];
    }
}
