namespace NeuralPlayground.Core.State;

/// <summary>A key of the hash that the playground does not use, kept verbatim and written back.</summary>
/// <param name="Key">The key, as written.</param>
/// <param name="Value">The raw value (null when the piece had no <c>=</c>).</param>
public sealed record UrlEntry(string Key, string? Value);
