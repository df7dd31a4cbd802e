using System.Text.RegularExpressions;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Training;

/// <summary>What a goal measures.</summary>
public enum GoalMetric
{
    /// <summary>The test loss.</summary>
    TestLoss,

    /// <summary>The training loss.</summary>
    TrainLoss,

    /// <summary>|test loss − training loss|.</summary>
    TrainTestDiff,
}

/// <summary>
/// One of Machine Learning Crash Course's exercise goals, carried by keys the original ignores:
/// <c>goal{TestLoss|TrainLoss|TrainTestDiff}{Min|Max}Threshold{First|Second|…}=x</c>. A loss goal
/// passes when the loss is at or below x (both "Min" and "Max" name the bound the loss must get
/// under); a difference goal with "Min" passes when |test − train| ≥ x, with "Max" when it is ≤ x.
/// </summary>
/// <param name="Key">The URL key.</param>
/// <param name="Metric">What is measured.</param>
/// <param name="IsMinimum">True for a "Min" threshold.</param>
/// <param name="Threshold">x.</param>
/// <param name="Ordinal">The key's last word ("First", "Second", …), grouping goals of one task.</param>
public sealed partial record Goal(string Key, GoalMetric Metric, bool IsMinimum, double Threshold, string Ordinal)
{
    /// <summary>The goals among <paramref name="extras"/>, in URL order; keys with an unusable value are skipped.</summary>
    public static IReadOnlyList<Goal> FromExtras(IEnumerable<UrlEntry> extras)
    {
        ArgumentNullException.ThrowIfNull(extras);
        var goals = new List<Goal>();
        foreach (var extra in extras)
        {
            var match = GoalKey().Match(extra.Key);
            if (!match.Success || extra.Value is null)
            {
                continue;
            }

            var threshold = JsNumber.Parse(extra.Value);
            if (!double.IsFinite(threshold))
            {
                continue;
            }

            var metric = match.Groups[1].Value switch
            {
                "TestLoss" => GoalMetric.TestLoss,
                "TrainLoss" => GoalMetric.TrainLoss,
                _ => GoalMetric.TrainTestDiff,
            };
            goals.Add(new Goal(extra.Key, metric, match.Groups[2].Value == "Min", threshold, match.Groups[3].Value));
        }

        return goals;
    }

    /// <summary>Pass (true), fail (false), or unknown (null: a loss is missing or not finite).</summary>
    public bool? IsMet(double? lossTrain, double? lossTest)
    {
        double? value = Metric switch
        {
            GoalMetric.TestLoss => lossTest,
            GoalMetric.TrainLoss => lossTrain,
            _ => lossTrain is { } train && lossTest is { } test ? Math.Abs(test - train) : null,
        };
        if (value is not { } v || !double.IsFinite(v))
        {
            return null;
        }

        return Metric == GoalMetric.TrainTestDiff && IsMinimum ? v >= Threshold : v <= Threshold;
    }

    /// <summary>Plain words for the goal, e.g. "Test loss at most 0.2".</summary>
    public string Describe()
    {
        var x = JsNumber.ToString(Threshold);
        return Metric switch
        {
            GoalMetric.TestLoss => $"Test loss at most {x}",
            GoalMetric.TrainLoss => $"Training loss at most {x}",
            _ => IsMinimum ? $"Test and training loss differ by at least {x}" : $"Test and training loss differ by at most {x}",
        };
    }

    [GeneratedRegex("^goal(TestLoss|TrainLoss|TrainTestDiff)(Min|Max)Threshold([A-Za-z0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex GoalKey();
}
