using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.State;

/// <summary>Finds the hash in pasted text and splits it into keys and raw values (spec §3.2 step 1).</summary>
internal static class UrlHash
{
    private const string EscapedAmpersand = "amp;";

    /// <summary>
    /// The hash without its <c>#</c>: the text after a leading <c>#</c>; for a URL (a scheme, or a path
    /// before <c>?</c>/<c>#</c> with no <c>=</c> or <c>&amp;</c>), the text after its first <c>#</c>, or
    /// nothing; otherwise the whole (trimmed) text, read as a hash typed without <c>#</c>.
    /// </summary>
    public static string Extract(string? input)
    {
        var text = JsWhitespace.Trim(input ?? string.Empty);
        if (text.StartsWith('#'))
        {
            return text[1..];
        }

        if (!IsUrl(text))
        {
            return text;
        }

        var hash = text.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? string.Empty : text[(hash + 1)..];
    }

    /// <summary>
    /// Splits on <c>&amp;</c> (an <c>&amp;amp;</c> from iframe code counts as one), then each piece on
    /// <c>=</c>: key before the first, value up to the second (the rest is dropped, with a warning),
    /// null value without <c>=</c>. Empty pieces are skipped. A repeated key keeps its first
    /// position and takes the last value, like the original's JS object.
    /// </summary>
    public static OrderedDictionary<string, string?> Split(string hash, ICollection<string> warnings)
    {
        var map = new OrderedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var raw in hash.Split('&'))
        {
            var piece = raw.AsSpan();
            while (piece.StartsWith(EscapedAmpersand, StringComparison.Ordinal))
            {
                piece = piece[EscapedAmpersand.Length..];
            }

            if (piece.IsEmpty)
            {
                continue;
            }

            var equals = piece.IndexOf('=');
            if (equals < 0)
            {
                map[piece.ToString()] = null;
                continue;
            }

            var key = piece[..equals].ToString();
            var value = piece[(equals + 1)..];
            var second = value.IndexOf('=');
            if (second >= 0)
            {
                warnings.Add($"{UrlText.Key(key)}: text after the second \"=\" dropped: {UrlText.Quote(value[second..].ToString())}");
                value = value[..second];
            }

            map[key] = value.ToString();
        }

        return map;
    }

    private static bool IsUrl(string text)
    {
        if (HasScheme(text))
        {
            return true;
        }

        var end = text.AsSpan().IndexOfAny('?', '#');
        var path = end < 0 ? text.AsSpan() : text.AsSpan(0, end);
        return !path.ContainsAny('=', '&') && (end >= 0 || path.Contains('/'));
    }

    // "https://…", "file://…": a letter, then letters, digits, '+', '-' or '.', then "://".
    private static bool HasScheme(string text)
    {
        var colon = text.IndexOf("://", StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text.AsSpan(0, colon))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
