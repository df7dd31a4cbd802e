namespace NeuralPlayground.Core.State;

/// <summary>The outcome of <see cref="UrlState.Parse(string?)"/>: always a usable state, plus what was corrected.</summary>
/// <param name="State">The state the hash describes, with defaults for absent or unusable keys.</param>
/// <param name="Warnings">One human-readable line per value that was ignored or corrected, in hash order.</param>
public sealed record UrlParseResult(PlaygroundState State, IReadOnlyList<string> Warnings);
