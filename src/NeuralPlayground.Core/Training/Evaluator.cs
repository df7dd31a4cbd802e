using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Core.Training;

/// <summary>
/// Loss, accuracy, R² and the confusion matrix of a set in one exact batch pass. The loss is the
/// original's (spec §8.5), summed in point order then divided by the count (<see cref="Trainer.Loss"/>
/// is this one's loss); multi-class uses the mean cross-entropy.
/// </summary>
public static class Evaluator
{
    /// <summary>Evaluates <paramref name="network"/> on <paramref name="data"/> for a problem of type <paramref name="problem"/>.</summary>
    public static SetMetrics Evaluate(Network network, FeatureMatrix data, ProblemKind problem, BatchForward batch)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(batch);
        var labels = data.Labels;
        var classes = problem switch
        {
            ProblemKind.Regression => 0,
            ProblemKind.Multiclass => network.OutputCount,
            _ => 2,
        };
        var confusion = new int[classes * classes];
        if (labels.Length == 0)
        {
            return new SetMetrics(0, null, null, null, confusion, classes);
        }

        if (data.Columns.Count != network.InputCount)
        {
            throw new ArgumentException($"Expected {network.InputCount} input columns, got {data.Columns.Count}.", nameof(data));
        }

        // One pass, block by block, with plain loops: the browser's interpreter pays for every call.
        double loss = 0;
        double squares = 0;
        var outputStart = network.NodeIndex(network.LayerCount - 1, 0);
        var outputs = network.OutputCount;
        var logits = network.IsSoftmax ? new double[outputs] : [];
        for (var start = 0; start < labels.Length; start += BatchForward.BlockSize)
        {
            var length = Math.Min(BatchForward.BlockSize, labels.Length - start);
            batch.RunBlock(network, data.Columns, start, length);
            if (network.IsSoftmax)
            {
                for (var p = 0; p < length; p++)
                {
                    for (var c = 0; c < outputs; c++)
                    {
                        logits[c] = batch.Node(outputStart + c, length)[p];
                    }

                    var actual = Softmax.ClassOf(labels[start + p], outputs);
                    loss += Softmax.CrossEntropy(logits, actual);
                    confusion[(actual * classes) + Softmax.ArgMax(logits)]++;
                }

                continue;
            }

            var values = batch.Node(outputStart, length);
            for (var p = 0; p < length; p++)
            {
                var label = labels[start + p];
                var d = values[p] - label;
                loss += 0.5 * (d * d);
                if (classes == 2)
                {
                    confusion[(label >= 0 ? 2 : 0) + (values[p] >= 0 ? 1 : 0)]++;
                }
                else
                {
                    squares += d * d;
                }
            }
        }

        var n = labels.Length;
        var correct = 0;
        for (var c = 0; c < classes; c++)
        {
            correct += confusion[(c * classes) + c];
        }

        double? accuracy = classes > 0 ? (double)correct / n : null;
        double? rSquared = classes == 0 ? RSquared(labels, squares) : null;
        return new SetMetrics(n, loss / n, accuracy, rSquared, confusion, classes);
    }

    private static double? RSquared(double[] labels, double residualSquares)
    {
        double mean = 0;
        foreach (var label in labels)
        {
            mean += label;
        }

        mean /= labels.Length;
        double total = 0;
        foreach (var label in labels)
        {
            total += (label - mean) * (label - mean);
        }

        return total > 0 ? 1 - (residualSquares / total) : null;
    }
}
