using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Core.Training;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// How good the network is, beside the losses (ours, issue 4): accuracy on the training and test
/// sets for classification and multi-class, with a confusion matrix on demand, or R² for
/// regression. It follows every epoch, like the losses. A diverged network shows "—": its
/// outputs are NaN, and the divergence banner says why.
/// </summary>
public sealed partial class OutputMetrics
{
    private bool _showConfusion;
    private bool _showTrain;

    /// <inheritdoc/>
    protected override bool RendersOnTraining => true;

    private bool IsRegression => Playground.Model.State.Problem == ProblemKind.Regression;

    private SetMetrics Train => Playground.Model.TrainMetrics;

    private SetMetrics Test => Playground.Model.TestMetrics;

    /// <summary>
    /// A metric as <c>toFixed(3)</c>, e.g. <c>0.953</c>; <see cref="Formatting.NoLoss"/> ("—") for
    /// an empty set, an undefined R², a value that is not finite, or a diverged network.
    /// </summary>
    private string Metric(double? value) =>
        value is { } v && double.IsFinite(v) && Playground.Model.DivergedAtEpoch is null
            ? JsNumber.ToFixed(v, 3)
            : Formatting.NoLoss;

    private void ToggleConfusion() => _showConfusion = !_showConfusion;

    private string SetClass(bool train) => train == _showTrain ? "confusion-set selected" : "confusion-set";

    private string Pressed(bool train) => train == _showTrain ? "true" : "false";
}
