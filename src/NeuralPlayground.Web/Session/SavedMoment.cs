namespace NeuralPlayground.Web.Session;

/// <summary>
/// One moment of saved work (issue 5): the current one (whose fields <see cref="SavedWork"/> keeps at
/// its top level, as version 1 did) or an undo or redo step (<see cref="SavedWork.Undo"/>,
/// <see cref="SavedWork.Redo"/>). <c>label</c> (a step's "Undo: …"; null for the current moment),
/// <c>hash</c>, <c>points</c>, <c>epoch</c>, <c>chartLength</c>, <c>chart</c> and <c>model</c> mean
/// what they mean in <see cref="SavedWork"/>.
/// </summary>
internal sealed record SavedMoment
{
    public string? Label { get; init; }

    public string? Hash { get; init; }

    public string[]? Points { get; init; }

    public long Epoch { get; init; }

    public int ChartLength { get; init; }

    public double?[][]? Chart { get; init; }

    public string? Model { get; init; }

    /// <summary>True when every part is present and well formed (the chart's pairs, the point chunks).</summary>
    public bool IsWellFormed =>
        this is { Hash: not null, Model: not null, Chart: not null, Epoch: >= 0, ChartLength: >= 0 }
        && Chart.All(p => p is { Length: 2 }) && (Points?.All(p => p is not null) ?? true);

    /// <summary>True when this is a well-formed, labelled step.</summary>
    public bool IsWellFormedStep => IsWellFormed && !string.IsNullOrEmpty(Label);
}
