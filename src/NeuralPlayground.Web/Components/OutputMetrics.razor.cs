using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Core.State;
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
    private RenderedValues? _rendered;

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

    /// <inheritdoc/>
    /// <remarks>
    /// Accuracy and the confusion counts change only when a point changes sides, so most epochs
    /// leave this view as it is: skipping those renders spares the frame a diff and the browser a
    /// layout (the largest network trains at the display's frame rate with little slack). The
    /// comparison is of raw values, cheaper than formatting them.
    /// </remarks>
    protected override bool ShouldRender()
    {
        if (!TrainingChangedView())
        {
            return false;
        }

        var model = Playground.Model;
        var shown = _showTrain ? Train : Test;
        _rendered = new RenderedValues(model.State, model.DivergedAtEpoch is not null, _showConfusion, _showTrain, Value(Train), Value(Test), _showConfusion ? [.. shown.Confusion] : []);
        return true;
    }

    /// <inheritdoc/>
    protected override bool TrainingChangedView()
    {
        var model = Playground.Model;
        var shown = _showTrain ? Train : Test;
        var same = _rendered is { } r
            && ReferenceEquals(r.State, model.State)
            && r.Diverged == model.DivergedAtEpoch is not null
            && r.ShowConfusion == _showConfusion
            && r.ShowTrain == _showTrain
            && Nullable.Equals(r.TrainValue, Value(Train))
            && Nullable.Equals(r.TestValue, Value(Test))
            && (!_showConfusion || r.Confusion.AsSpan().SequenceEqual(shown.Confusion));
        return !same;
    }

    private static double? Value(SetMetrics metrics) => metrics.Accuracy ?? metrics.RSquared;

    private void ToggleConfusion() => _showConfusion = !_showConfusion;

    private string SetClass(bool train) => train == _showTrain ? "confusion-set selected" : "confusion-set";

    private string Pressed(bool train) => train == _showTrain ? "true" : "false";

    // What the last render showed.
    private sealed record RenderedValues(PlaygroundState State, bool Diverged, bool ShowConfusion, bool ShowTrain, double? TrainValue, double? TestValue, int[] Confusion);
}
