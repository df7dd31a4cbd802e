using System.Globalization;

namespace NeuralPlayground.Core.Data;

/// <summary>One problem found in an imported file.</summary>
/// <param name="Line">The 1-based line of the file it was found on; null for the whole file (no points, "… and N more").</param>
/// <param name="Message">What is wrong, on one line.</param>
public sealed record CustomDataError(int? Line, string Message)
{
    /// <summary><c>line 3: label "abc" is not a number</c>, or the message alone when there is no line.</summary>
    public override string ToString() =>
        Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}: {Message}") : Message;
}
