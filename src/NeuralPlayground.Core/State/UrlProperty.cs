namespace NeuralPlayground.Core.State;

/// <summary>One row of the URL table (the original's <c>PROPS</c>): a hash key and how to read and write it.</summary>
/// <param name="Name">The hash key.</param>
/// <param name="Read">
/// Applies the key's raw value (null when the piece had no <c>=</c>) to the state, adding a warning
/// for each correction. Called only when the key occurs in the hash.
/// </param>
/// <param name="Write">The value to write, or null to omit the key.</param>
internal sealed record UrlProperty(
    string Name,
    Func<PlaygroundState, string?, ICollection<string>, PlaygroundState> Read,
    Func<PlaygroundState, string?> Write);
