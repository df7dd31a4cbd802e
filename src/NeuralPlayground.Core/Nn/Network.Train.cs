using NeuralPlayground.Core.Features;

namespace NeuralPlayground.Core.Nn;

/// <summary>One epoch of the original's <c>oneStep</c> loop, with the forward passes of a mini-batch run together.</summary>
public sealed partial class Network
{
    /// <summary>Most examples whose forward passes run together.</summary>
    private const int MaxGroup = 32;

    // Totals and outputs of a group of examples, laid out as Slot describes with stride MaxGroup.
    private double[] _groupTotals = [];
    private double[] _groupOutputs = [];
    private double[] _groupDerivatives = [];

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
        if (_groupTotals.Length == 0)
        {
            _groupTotals = new double[MaxGroup * NodeCount];
            _groupOutputs = new double[MaxGroup * NodeCount];
            _groupDerivatives = new double[MaxGroup * NodeCount];
        }

        var labels = train.Labels;
        var dropout = DropoutRate > 0;
        var i = 0;
        var count = 0;
        while (i < train.Count)
        {
            count = 1;
            while (i + count < train.Count && count < MaxGroup && (i + count) % batchSize != 0)
            {
                count++;
            }

            train.Rows(i, count).CopyTo(_groupOutputs);
            if (dropout)
            {
                DrawMasks(count);
            }

            for (var l = 1; l < _sizes.Length; l++)
            {
                ForwardLayer(l, _groupTotals, _groupOutputs, MaxGroup, count);
                if (dropout && l < _sizes.Length - 1)
                {
                    ApplyMasks(l, count);
                }
            }

            ComputeDerivatives(_groupTotals, _groupOutputs, _groupDerivatives, MaxGroup, count, dropout);
            for (var e = 0; e < count; e++, i++)
            {
                Backward(labels[i], _groupOutputs, _groupDerivatives, MaxGroup, e);
                if ((i + 1) % batchSize == 0)
                {
                    UpdateWeights(learningRate, regularizationRate);
                }
            }
        }

        if (count > 0)
        {
            KeepForwardValues(count - 1);
        }
    }

    // TotalInput and NodeOutput show the last forward pass, as after Forward.
    private void KeepForwardValues(int example)
    {
        for (var l = 0; l < _sizes.Length; l++)
        {
            var at = Slot(l, MaxGroup, example);
            Array.Copy(_groupTotals, at, TotalInput, _nodeStart[l], _sizes[l]);
            Array.Copy(_groupOutputs, at, NodeOutput, _nodeStart[l], _sizes[l]);
        }
    }
}
