namespace NeuralPlayground.Core.Nn;

/// <summary>Backpropagation and the mini-batch update (spec §8.6–8.7).</summary>
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
    /// every count is this one, and dead links are never read.
    /// </summary>
    public long NumAccumulated => _numAccumulated;

    /// <summary>
    /// Backpropagates the square loss ½(out − target)² after <see cref="Forward"/>: outputDer = out − target;
    /// per layer from the last: inputDer = outputDer·f′(totalInput), accumulated; errorDer = inputDer·source
    /// output, accumulated for live links; then each previous node's outputDer = Σ w·dest inputDer
    /// (dead links included). Weights are not changed.
    /// </summary>
    public void Backward(double target)
    {
        var outputs = NodeOutput.AsSpan();
        var inputDer = InputDer.AsSpan();
        var outputDer = OutputDer.AsSpan();
        var accError = AccErrorDer.AsSpan();
        var weights = Weights.AsSpan();
        outputDer[^1] = outputs[^1] - target;
        for (var l = LayerCount - 1; l >= 1; l--)
        {
            var start = _nodeStart[l];
            var size = LayerSizes[l];
            var kind = l == LayerCount - 1 ? OutputActivation : Activation;
            for (var i = start; i < start + size; i++)
            {
                inputDer[i] = outputDer[i] * Activations.Derivative(kind, TotalInput[i], outputs[i]);
                AccInputDer[i] += inputDer[i];
            }

            var fanIn = LayerSizes[l - 1];
            var source = outputs.Slice(_nodeStart[l - 1], fanIn);
            for (var i = 0; i < size; i++)
            {
                var der = inputDer[start + i];
                var acc = accError.Slice(_linkStart[l] + (i * fanIn), fanIn);
                for (var j = 0; j < fanIn; j++)
                {
                    acc[j] += der * source[j];
                }
            }

            if (l > 1)
            {
                PropagateOutputDer(l, weights, inputDer, outputDer);
            }
        }

        _numAccumulated++;
    }

    /// <summary>
    /// Applies the accumulated gradients, in node order: bias −= (lr·acc)/n; for each live link
    /// w −= (lr/n)·acc, then w′ = w − (lr·regRate)·regDer(w before the step); with L1 a sign change
    /// sets w = 0 and kills the link for good. Accumulators are reset.
    /// </summary>
    public void UpdateWeights(double learningRate, double regularizationRate)
    {
        if (_numAccumulated == 0)
        {
            return;
        }

        double n = _numAccumulated;
        for (var k = 0; k < Biases.Length; k++)
        {
            Biases[k] -= learningRate * AccInputDer[k + InputCount] / n;
        }

        var regStep = learningRate * regularizationRate;
        var stepPerExample = learningRate / n;
        for (var k = 0; k < Weights.Length; k++)
        {
            if (!IsDead[k])
            {
                UpdateLink(k, stepPerExample, regStep);
            }
        }

        Array.Clear(AccInputDer);
        Array.Clear(AccErrorDer);
        _numAccumulated = 0;
    }

    private void UpdateLink(int k, double stepPerExample, double regStep)
    {
        var before = Weights[k];
        var regDer = Regularization switch
        {
            RegularizationKind.L1 => before < 0 ? -1 : (before > 0 ? 1 : 0),
            RegularizationKind.L2 => before,
            _ => 0,
        };
        var w = before - (stepPerExample * AccErrorDer[k]);
        var next = w - (regStep * regDer);
        if (Regularization == RegularizationKind.L1 && w * next < 0)
        {
            Weights[k] = 0;
            IsDead[k] = true;
        }
        else
        {
            Weights[k] = next;
        }
    }

    private void PropagateOutputDer(int layer, Span<double> weights, Span<double> inputDer, Span<double> outputDer)
    {
        var prevStart = _nodeStart[layer - 1];
        var fanIn = LayerSizes[layer - 1];
        var start = _nodeStart[layer];
        for (var j = 0; j < fanIn; j++)
        {
            double sum = 0;
            for (var i = 0; i < LayerSizes[layer]; i++)
            {
                sum += weights[_linkStart[layer] + (i * fanIn) + j] * inputDer[start + i];
            }

            outputDer[prevStart + j] = sum;
        }
    }
}
