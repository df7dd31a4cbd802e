using NeuralPlayground.Core.Features;

namespace NeuralPlayground.Core.Nn;

/// <summary>One epoch of the original's <c>oneStep</c> loop, with the forward passes of a mini-batch run together.</summary>
public sealed partial class Network
{
    /// <summary>Most examples whose forward passes run together.</summary>
    private const int MaxGroup = 32;

    private double[][] _groupTotals = [];
    private double[][] _groupOutputs = [];

    /// <summary>
    /// One pass over the training set in its fixed order: forward, backward, and an update after
    /// example i whenever (i + 1) mod batchSize == 0 (JavaScript remainder: 0, NaN or a batch larger
    /// than the set mean no update). A partial last batch stays accumulated into the next epoch.
    /// </summary>
    /// <remarks>
    /// Weights only change at updates, so the forward passes of the examples between two updates
    /// are independent and run layer by layer together; the backward passes then run one by one in
    /// order, so every sum is accumulated exactly as the original does.
    /// </remarks>
    public void TrainEpoch(FeatureMatrix train, double batchSize, double learningRate, double regularizationRate)
    {
        ArgumentNullException.ThrowIfNull(train);
        var labels = train.Labels;
        var i = 0;
        while (i < train.Count)
        {
            var count = 1;
            while (i + count < train.Count && count < MaxGroup && (i + count) % batchSize != 0)
            {
                count++;
            }

            ForwardGroup(train, i, count);
            for (var e = 0; e < count; e++, i++)
            {
                LoadGroupExample(e);
                Backward(labels[i]);
                if ((i + 1) % batchSize == 0)
                {
                    UpdateWeights(learningRate, regularizationRate);
                }
            }
        }
    }

    private void ForwardGroup(FeatureMatrix data, int first, int count)
    {
        EnsureGroupBuffers();
        for (var e = 0; e < count; e++)
        {
            data.Row(first + e).CopyTo(_groupOutputs[0].AsSpan(e * InputCount, InputCount));
        }

        for (var l = 1; l < LayerCount; l++)
        {
            var size = LayerSizes[l];
            var fanIn = LayerSizes[l - 1];
            for (var e = 0; e < count; e++)
            {
                ForwardLayer(l, _groupOutputs[l - 1].AsSpan(e * fanIn, fanIn), _groupTotals[l].AsSpan(e * size, size));
            }

            var kind = l == LayerCount - 1 ? OutputActivation : Activation;
            LayerActivations.Output(kind, _groupTotals[l].AsSpan(0, count * size), _groupOutputs[l].AsSpan(0, count * size));
        }
    }

    private void LoadGroupExample(int e)
    {
        for (var l = 0; l < LayerCount; l++)
        {
            var size = LayerSizes[l];
            _groupTotals[l].AsSpan(e * size, size).CopyTo(TotalInput.AsSpan(_nodeStart[l], size));
            _groupOutputs[l].AsSpan(e * size, size).CopyTo(NodeOutput.AsSpan(_nodeStart[l], size));
        }
    }

    private void EnsureGroupBuffers()
    {
        if (_groupTotals.Length == 0)
        {
            _groupTotals = [.. LayerSizes.Select(size => new double[MaxGroup * size])];
            _groupOutputs = [.. LayerSizes.Select(size => new double[MaxGroup * size])];
        }
    }
}
