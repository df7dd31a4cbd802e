using System.Globalization;

namespace NeuralPlayground.Cli;

/// <summary>The edges a command may touch: its streams and the source of fresh seeds.</summary>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error (warnings and usage errors).</param>
/// <param name="Input">Standard input (for <c>trace -</c>).</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, TextReader Input)
{
    /// <summary>
    /// Makes a seed for a URL without one, as the page does: an unseeded random number with 5
    /// decimals (<c>Math.random().toFixed(5)</c>).
    /// </summary>
    public Func<string> NewSeed { get; init; } =
        () => Random.Shared.NextDouble().ToString("F5", CultureInfo.InvariantCulture);
}
