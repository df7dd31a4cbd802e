using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Data;

/// <summary>
/// The outcome of <see cref="CustomDataParser.Parse"/>: either points ready for the state (scaled,
/// quantized, in file order) with the problem type their labels imply, or errors and no points.
/// </summary>
/// <param name="Points">The points; empty when there are errors.</param>
/// <param name="Problem">The problem type the labels imply (see <see cref="CustomDataParser"/>).</param>
/// <param name="Classes">k for a multi-class file (the largest class id + 1, 3–6); null otherwise.</param>
/// <param name="Scale">How the file's ranges were mapped; null when there are errors.</param>
/// <param name="Errors">At most 20 errors with line numbers, then "… and N more"; empty on success.</param>
public sealed record CustomDataParseResult(
    EquatableArray<Example2D> Points,
    ProblemKind Problem,
    int? Classes,
    CustomDataScale? Scale,
    IReadOnlyList<CustomDataError> Errors)
{
    /// <summary>True when the file was read without errors (its points may then replace the current data).</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>A failed result.</summary>
    internal static CustomDataParseResult Failed(IReadOnlyList<CustomDataError> errors) =>
        new([], ProblemKind.Classification, null, null, errors);
}
