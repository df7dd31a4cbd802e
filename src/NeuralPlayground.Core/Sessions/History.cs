namespace NeuralPlayground.Core.Sessions;

/// <summary>
/// Bounded undo and redo of a <see cref="Session"/> (ours, issue 5). Every user change is one step:
/// record a snapshot just before it (<see cref="Record"/>, or <see cref="Apply"/> which also drops
/// changes that changed nothing). Training is not a step: a snapshot holds the epoch, weights and
/// optimizer state of its moment, so undoing a change made at epoch 300 returns to epoch 300 with
/// those weights, and the next epochs give the same bits as if the change had never been made.
/// Undo first snapshots the present for redo, so redo returns to the moment undo was pressed,
/// training since the change included. A new step after an undo drops the redo branch. At most
/// <see cref="Capacity"/> steps are kept, the oldest forgotten first.
/// </summary>
public sealed class History
{
    /// <summary>Steps kept unless another capacity is given.</summary>
    public const int DefaultCapacity = 100;

    private readonly List<HistoryStep> _undo = [];
    private readonly List<HistoryStep> _redo = [];

    /// <summary>An empty history keeping at most <paramref name="capacity"/> steps (at least 1).</summary>
    public History(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>Most steps kept; undo and redo steps together never exceed it.</summary>
    public int Capacity { get; }

    /// <summary>True when there is a step to undo.</summary>
    public bool CanUndo => _undo.Count > 0;

    /// <summary>True when there is an undone step to redo.</summary>
    public bool CanRedo => _redo.Count > 0;

    /// <summary>Steps that can be undone.</summary>
    public int UndoCount => _undo.Count;

    /// <summary>Undone steps that can be redone.</summary>
    public int RedoCount => _redo.Count;

    /// <summary>The steps that can be undone, oldest first: the last is the one <see cref="Undo"/> undoes (for saving, issue 5).</summary>
    public IReadOnlyList<HistoryStep> UndoSteps => _undo.AsReadOnly();

    /// <summary>The undone steps, farthest first: the last is the one <see cref="Redo"/> redoes.</summary>
    public IReadOnlyList<HistoryStep> RedoSteps => _redo.AsReadOnly();

    /// <summary>The label of the step <see cref="Undo"/> would undo (for "Undo: change activation"); null when none.</summary>
    public string? UndoLabel => CanUndo ? _undo[^1].Label : null;

    /// <summary>The label of the step <see cref="Redo"/> would redo; null when none.</summary>
    public string? RedoLabel => CanRedo ? _redo[^1].Label : null;

    /// <summary>
    /// A history rebuilt from saved steps (a reload, issue 5), ordered as <see cref="UndoSteps"/> and
    /// <see cref="RedoSteps"/> give them: undoing and redoing it restores the same moments.
    /// </summary>
    /// <exception cref="ArgumentException">More steps than <paramref name="capacity"/>, or a null step.</exception>
    public static History Restore(IEnumerable<HistoryStep> undo, IEnumerable<HistoryStep> redo, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(undo);
        ArgumentNullException.ThrowIfNull(redo);
        var history = new History(capacity);
        history._undo.AddRange(undo);
        history._redo.AddRange(redo);
        if (history._undo.Count + history._redo.Count > capacity)
        {
            throw new ArgumentException($"More than {capacity} steps.", nameof(undo));
        }

        if (history._undo.Concat(history._redo).Any(s => s is null || s.Snapshot is null || string.IsNullOrEmpty(s.Label)))
        {
            throw new ArgumentException("A step is null or unlabelled.", nameof(undo));
        }

        return history;
    }

    /// <summary>Records <paramref name="session"/> as it is now, just before a change labelled <paramref name="label"/>; drops the redo branch.</summary>
    public void Record(Session session, string label)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrEmpty(label);
        Push(session.Snapshot(), label);
    }

    /// <summary>
    /// Runs <paramref name="change"/> on <paramref name="session"/> as one step labelled
    /// <paramref name="label"/>. A change that leaves the state, data, epoch, seeded stream and
    /// network parameters as they were (choosing the current value again) is not recorded.
    /// </summary>
    /// <returns>True when the step was recorded.</returns>
    public bool Apply(Session session, string label, Action<Session> change)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrEmpty(label);
        ArgumentNullException.ThrowIfNull(change);
        var before = session.Snapshot();
        change(session);
        if (before.Matches(session))
        {
            return false;
        }

        Push(before, label);
        return true;
    }

    /// <summary>Restores the moment before the last step, keeping the present for <see cref="Redo"/>.</summary>
    /// <returns>False (and nothing changes) when there is nothing to undo.</returns>
    public bool Undo(Session session) => Move(session, _undo, _redo);

    /// <summary>Restores the moment an <see cref="Undo"/> left, keeping the present for undo again.</summary>
    /// <returns>False (and nothing changes) when there is nothing to redo.</returns>
    public bool Redo(Session session) => Move(session, _redo, _undo);

    /// <summary>Forgets every step (after loading another link, say).</summary>
    public void Clear()
    {
        _undo.Clear();
        _redo.Clear();
    }

    private void Push(SessionSnapshot snapshot, string label)
    {
        _redo.Clear();
        _undo.Add(new HistoryStep(snapshot, label));
        if (_undo.Count > Capacity)
        {
            _undo.RemoveAt(0);
        }
    }

    private static bool Move(Session session, List<HistoryStep> from, List<HistoryStep> to)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (from.Count == 0)
        {
            return false;
        }

        var entry = from[^1];
        from.RemoveAt(from.Count - 1);
        to.Add(entry with { Snapshot = session.Snapshot() });
        session.Restore(entry.Snapshot);
        return true;
    }
}
