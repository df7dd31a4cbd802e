using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Core.Sessions;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// Undo and redo (issue 5): every action of <see cref="PlaygroundSession"/> that changes anything is
/// one step of Core's <see cref="History"/>, which restores the exact configuration, data and
/// network of that moment, training progress included. The loss chart of each moment is kept
/// beside it, so undo brings the chart back too. Training itself is not a step.
/// </summary>
public sealed partial class PlaygroundSession
{
    private History _history = new();
    private int _historyVersion;
    private readonly List<LossPoint[]> _chartsBefore = [];
    private readonly List<LossPoint[]> _chartsAfter = [];

    /// <summary>True when there is a step to undo.</summary>
    public bool CanUndo => _history.CanUndo;

    /// <summary>True when there is an undone step to redo.</summary>
    public bool CanRedo => _history.CanRedo;

    /// <summary>What <see cref="Undo"/> would undo, e.g. "activation"; null when nothing.</summary>
    public string? UndoLabel => _history.UndoLabel;

    /// <summary>What <see cref="Redo"/> would redo; null when nothing.</summary>
    public string? RedoLabel => _history.RedoLabel;

    /// <summary>Ctrl+Z: back to the moment before the last step (training pauses).</summary>
    public void Undo() => Move(_history.Undo, _chartsBefore, _chartsAfter);

    /// <summary>Ctrl+Shift+Z: forward again to the moment the last undo left.</summary>
    public void Redo() => Move(_history.Redo, _chartsAfter, _chartsBefore);

    // "SetActivation" → "activation", "AddLayer" → "add layer": the tooltip's "Undo: …".
    private static string LabelOf(string action)
    {
        var name = action.StartsWith("Set", StringComparison.Ordinal) ? action[3..] : action;
        var words = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    // Runs a user's action as one step of the history (nothing is recorded when nothing changed).
    private void Recorded(Action<Core.Sessions.Session> action, string caller)
    {
        LossPoint[] chart = [.. _losses];
        if (_history.Apply(Model, LabelOf(caller), action))
        {
            _historyVersion++;
            _chartsBefore.Add(chart);
            _chartsAfter.Clear();
            if (_chartsBefore.Count > _history.UndoCount)
            {
                _chartsBefore.RemoveAt(0);
            }
        }
    }

    private void Move(Func<Core.Sessions.Session, bool> move, List<LossPoint[]> from, List<LossPoint[]> to)
    {
        if (_model is null || from.Count == 0)
        {
            return;
        }

        IsPlaying = false;
        LossPoint[] present = [.. _losses];
        if (!move(Model))
        {
            return;
        }

        _historyVersion++;
        to.Add(present);
        _losses.Clear();
        _losses.AddRange(from[^1]);
        _chartDirty = true;
        from.RemoveAt(from.Count - 1);
        NetworkVersion++;
        Updated();
    }

    // A new link loaded: its history starts empty.
    private void ForgetHistory()
    {
        _historyVersion++;
        _history.Clear();
        _chartsBefore.Clear();
        _chartsAfter.Clear();
    }
}
