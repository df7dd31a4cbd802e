using System.Globalization;
using System.Text;

namespace NeuralPlayground.Core.State;

/// <summary>Formats raw hash text for one-line warnings.</summary>
internal static class UrlText
{
    private const int MaxShown = 40;

    /// <summary>A key as written when it is a short plain name (<c>seed</c>, <c>my-goal_1</c>), else quoted.</summary>
    public static string Key(string key) =>
        key.Length is > 0 and <= MaxShown && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')
            ? key
            : Quote(key);

    /// <summary>
    /// The text in double quotes, cut to 40 characters with "…", and with control and line-break
    /// characters written as <c>\uXXXX</c> so a warning stays on one line.
    /// </summary>
    public static string Quote(string text)
    {
        var shown = text.Length <= MaxShown ? text.Length : char.IsHighSurrogate(text[MaxShown - 1]) ? MaxShown - 1 : MaxShown;
        var builder = new StringBuilder("\"");
        foreach (var c in text.AsSpan(0, shown))
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append(shown < text.Length ? "…\"" : "\"").ToString();
    }
}
