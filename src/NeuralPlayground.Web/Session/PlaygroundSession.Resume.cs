using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Export;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Core.Sessions;
using NeuralPlayground.Core.State;
using NeuralPlayground.Web.Components;
using CoreSession = NeuralPlayground.Core.Sessions.Session;

namespace NeuralPlayground.Web.Session;

/// <content>
/// Resuming saved work: the configuration from its hash (and its points beyond the URL's 500), then
/// the network's parameters and epoch through Core's <see cref="CoreSession.Resume"/>, then the loss
/// chart. Training is paused. The saved undo and redo steps are rebuilt the same way, each into a
/// snapshot (<see cref="CoreSession.Snapshot"/>) of its own load and resume, so a step's optimizer
/// state (velocities, moments, a partial batch) and its seeded stream's position restart, as for the
/// current moment; a step that cannot be rebuilt drops the history, keeping the current moment.
/// </content>
public sealed partial class PlaygroundSession
{
    // False, changing nothing, when any part of the saved work cannot be read or does not fit.
    private bool TryResume(SavedWork work)
    {
        if (TryLoad(work.Current) is not { } current)
        {
            return false;
        }

        Install(current.Session, current.Chart);
        RestoreHistory(work);
        return true;
    }

    // Rebuilds the saved steps into the history, or leaves it empty when any step does not rebuild.
    private void RestoreHistory(SavedWork work)
    {
        var undo = Rebuild(work.Undo);
        var redo = Rebuild(work.Redo);
        if (undo is null || redo is null || undo.Count + redo.Count > History.DefaultCapacity)
        {
            return;
        }

        _history = History.Restore(undo.Select(s => s.Step), redo.Select(s => s.Step));
        _chartsBefore.AddRange(undo.Select(s => s.Chart));
        _chartsAfter.AddRange(redo.Select(s => s.Chart));
        _historyVersion++;
    }

    private static List<(HistoryStep Step, LossPoint[] Chart)>? Rebuild(SavedMoment[]? moments)
    {
        var steps = new List<(HistoryStep, LossPoint[])>();
        foreach (var moment in moments ?? [])
        {
            if (TryLoad(moment) is not { } loaded || string.IsNullOrEmpty(moment.Label))
            {
                return null;
            }

            steps.Add((new HistoryStep(loaded.Session.Snapshot(), moment.Label), [.. loaded.Chart]));
        }

        return steps;
    }

    // The moment's session (loaded from its hash and points, its network resumed) and chart; null when any part does not fit.
    private static (CoreSession Session, List<LossPoint> Chart)? TryLoad(SavedMoment moment)
    {
        try
        {
            var state = UrlState.Parse(moment.Hash).State;
            if (state.Seed is null)
            {
                return null;
            }

            if (moment.Points is { } chunks)
            {
                if (DecodePoints(chunks, state.Problem) is not { } points)
                {
                    return null;
                }

                state = state with { CustomData = points };
            }

            var session = CoreSession.Load(state);
            if (!session.Resume(ModelJson.Read(moment.Model!), moment.Epoch) || ExpandChart(moment) is not { } chart)
            {
                return null;
            }

            return (session, chart);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return null;
        }
    }

    // A loaded or resumed session replaces the page's: history, play state, hover and chart start over.
    private void Install(CoreSession session, List<LossPoint> chart)
    {
        ForgetHistory();
        IsPlaying = false;
        SelectedNodeId = null;
        _model = session;
        _hiddenAtLoad = [.. session.State.Hides.Where(h => h.Hidden).Select(h => h.Name)];
        _losses.Clear();
        _losses.AddRange(chart);
        _chartDirty = true;
        NetworkVersion++;
        Updated();
    }

    // The same link: the saved hash itself, or a hash that normalizes to it.
    private static bool IsSameLink(string hash, string savedHash) =>
        hash == savedHash || UrlState.Serialize(UrlState.Parse(hash).State) == savedHash;

    private static EquatableArray<Example2D>? DecodePoints(string[] chunks, ProblemKind problem)
    {
        var points = new List<Example2D>();
        foreach (var chunk in chunks)
        {
            var decoded = CustomData.TryDecode(chunk);
            if (!decoded.Succeeded || decoded.Problem != problem || points.Count + decoded.Points.Count > CustomData.MaxImportPoints)
            {
                return null;
            }

            points.AddRange(decoded.Points);
        }

        return new EquatableArray<Example2D>([.. points]);
    }

    /// <summary>
    /// The chart's points back from its thinned form: point i of n is the kept point at or before it
    /// (every s-th, see <see cref="LossChart.Thin"/>), the last one is kept. The chart, thinning the same
    /// n points with the same stride, draws exactly the saved points. Null when the counts disagree.
    /// </summary>
    private static List<LossPoint>? ExpandChart(SavedMoment work)
    {
        var kept = work.Chart!;
        var n = work.ChartLength;
        var stride = 1;
        while (n > LossChart.MaxDrawnPoints && ((n - 2) / stride) + 2 > LossChart.MaxDrawnPoints)
        {
            stride *= 2;
        }

        var expected = n <= LossChart.MaxDrawnPoints ? n : ((n - 2) / stride) + 2;
        if (n == 0 || kept.Length != expected)
        {
            return null;
        }

        var chart = new List<LossPoint>(n);
        for (var i = 0; i < n - 1; i++)
        {
            var point = kept[i / stride];
            chart.Add(new LossPoint(point[0], point[1]));
        }

        chart.Add(new LossPoint(kept[^1][0], kept[^1][1]));
        return chart;
    }
}
