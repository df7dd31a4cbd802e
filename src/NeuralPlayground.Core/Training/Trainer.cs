using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Core.Training;

/// <summary>One epoch of the original's <c>oneStep</c> and its loss (spec §9.1, §8.5).</summary>
public static class Trainer
{
    /// <summary>
    /// One pass over the training set in its fixed order: forward, backward, and an update after
    /// point i whenever (i + 1) mod batchSize == 0 (JavaScript remainder, so 0, NaN or a batch larger
    /// than the set mean no update). A partial last batch stays accumulated into the next epoch.
    /// </summary>
    public static void TrainEpoch(Network network, FeatureMatrix train, double batchSize, double learningRate, double regularizationRate)
    {
        ArgumentNullException.ThrowIfNull(network);
        network.TrainEpoch(train, batchSize, learningRate, regularizationRate);
    }

    /// <summary>
    /// Mean square loss ½(out − label)² over the set, summed in set order then divided by the count;
    /// null for an empty set (the original shows NaN). <paramref name="batch"/> holds scratch buffers.
    /// A softmax (multi-class) network gives its mean cross-entropy instead.
    /// </summary>
    public static double? Loss(Network network, FeatureMatrix data, BatchForward batch)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(batch);
        return Evaluator.Evaluate(network, data, network.IsSoftmax ? Data.ProblemKind.Multiclass : Data.ProblemKind.Classification, batch).Loss;
    }
}
