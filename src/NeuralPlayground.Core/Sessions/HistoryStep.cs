namespace NeuralPlayground.Core.Sessions;

/// <summary>One step of a <see cref="History"/>: the moment it returns to, and its label (e.g. "activation").</summary>
/// <param name="Snapshot">The moment undoing (or redoing) the step restores.</param>
/// <param name="Label">What the step changed, for "Undo: …".</param>
public sealed record HistoryStep(SessionSnapshot Snapshot, string Label);
