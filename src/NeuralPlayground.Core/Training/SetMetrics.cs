namespace NeuralPlayground.Core.Training;

/// <summary>How the network does on one set of points (ours, issue 4, beside the original's loss).</summary>
/// <param name="Count">Number of points.</param>
/// <param name="Loss">The mean loss (square loss ½(out − label)², or cross-entropy for multi-class); null for no points.</param>
/// <param name="Accuracy">Fraction classified correctly (classification and multi-class); null for regression or no points.</param>
/// <param name="RSquared">1 − SSres/SStot for regression; null otherwise, for no points, or when every label is the same.</param>
/// <param name="Confusion">
/// Counts by actual class (rows) and predicted class (columns), row-major, Classes × Classes; for
/// two-class classification class 0 is −1 (orange) and class 1 is +1 (blue). Empty for regression.
/// </param>
/// <param name="Classes">Number of classes of <paramref name="Confusion"/>: 2 for classification, k for multi-class, 0 for regression.</param>
public sealed record SetMetrics(int Count, double? Loss, double? Accuracy, double? RSquared, int[] Confusion, int Classes)
{
    /// <summary>The count of points of actual class <paramref name="actual"/> predicted as <paramref name="predicted"/>.</summary>
    public int ConfusionCount(int actual, int predicted) => Confusion[(actual * Classes) + predicted];
}
