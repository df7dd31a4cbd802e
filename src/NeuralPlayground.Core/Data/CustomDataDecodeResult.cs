using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Data;

/// <summary>The outcome of <see cref="CustomData.TryDecode"/>: the points and their problem type, or an error.</summary>
/// <param name="Points">The decoded points, quantized, in encoded order; empty on error.</param>
/// <param name="Problem">The problem type the label kind byte names.</param>
/// <param name="Error">Why the value could not be read (one line, for a URL warning); null on success.</param>
public sealed record CustomDataDecodeResult(EquatableArray<Example2D> Points, ProblemKind Problem, string? Error)
{
    /// <summary>True when the value was read.</summary>
    public bool Succeeded => Error is null;
}
