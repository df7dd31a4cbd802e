using System.Globalization;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.State;
using NeuralPlayground.Web.Session;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// Asks before a link opened later replaces saved work (issue 5, "nothing lost"): "You have unsaved
/// work from 5 minutes ago (epoch 120, circle data, hidden layers 4,2). Restore it / Keep this link".
/// </summary>
public sealed partial class RestorePrompt
{
    /// <summary>How long ago <paramref name="savedAt"/> was, in words: "a moment ago", "5 minutes ago", "3 days ago".</summary>
    public static string Ago(DateTimeOffset savedAt, DateTimeOffset now)
    {
        var age = now - savedAt;
        return age.TotalMinutes < 1 ? "a moment ago"
            : age.TotalHours < 1 ? Count((int)age.TotalMinutes, "minute") + " ago"
            : age.TotalDays < 2 ? Count((int)age.TotalHours, "hour") + " ago"
            : Count((int)age.TotalDays, "day") + " ago";
    }

    // "epoch 120, circle data, hidden layers 4,2", from the saved hash (parsed as a page load would).
    internal static string Describe(SavedWork work)
    {
        var state = UrlState.Parse(work.Hash).State;
        var custom = work.Points?.Sum(chunk => CustomData.TryDecode(chunk).Points.Count) ?? state.CustomData?.Count;
        var data = custom is { } points ? Count(points, "own point")
            : state.Problem == ProblemKind.Multiclass ? $"{state.Classes}-class {state.McDataset.ToString().ToLowerInvariant()} data"
            : $"{DatasetName(state.CurrentDataset)} data";
        var layers = state.NetworkShape.Count == 0 ? "no hidden layers" : "hidden layers " + string.Join(",", state.NetworkShape);
        return string.Create(CultureInfo.InvariantCulture, $"epoch {work.Epoch:N0}, {data}, {layers}");
    }

    private static string DatasetName(DatasetKind kind) => kind switch
    {
        DatasetKind.RegPlane => "plane",
        DatasetKind.RegGauss => "gaussian",
        DatasetKind.Gauss => "gaussian",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? "" : "s")}");
}
