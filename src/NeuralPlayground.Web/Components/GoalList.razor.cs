using NeuralPlayground.Core.State;
using NeuralPlayground.Core.Training;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// Machine Learning Crash Course's exercise goals, when the link carries them
/// (<c>goalTestLossMinThresholdFirst=0.2</c> …): each goal in plain words with a mark that follows
/// the losses every epoch — ✓ met, ✗ not met, … unknown (a loss missing or not finite).
/// </summary>
public sealed partial class GoalList
{
    private PlaygroundState? _state;
    private IReadOnlyList<Goal> _goals = [];
    private bool _rendered;

    /// <inheritdoc/>
    protected override bool RendersOnTraining => true;

    // Parsed again only when the state changes (a new record), not every epoch.
    private IReadOnlyList<Goal> Goals
    {
        get
        {
            var state = Playground.Model.State;
            if (!ReferenceEquals(state, _state))
            {
                _state = state;
                _goals = Playground.Model.Goals;
            }

            return _goals;
        }
    }

    private double? LossTrain => Playground.Model.LossTrain;

    private double? LossTest => Playground.Model.LossTest;

    /// <inheritdoc/>
    protected override bool ShouldRender() => Goals.Count > 0 || _rendered;

    /// <inheritdoc/>
    protected override bool TrainingChangedView() => ShouldRender();

    /// <inheritdoc/>
    protected override void OnAfterRender(bool firstRender) => _rendered = Goals.Count > 0;

    private static string Mark(bool? met) => met switch { true => "✓", false => "✗", null => "…" };

    private static string MetValue(bool? met) => met switch { true => "true", false => "false", null => "unknown" };

    private static string MetClass(bool? met) => met switch { true => "met", false => "unmet", null => "unknown" };

    private static string Status(bool? met) => met switch { true => "(met)", false => "(not met yet)", null => "(unknown)" };
}
