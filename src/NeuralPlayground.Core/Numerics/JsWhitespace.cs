namespace NeuralPlayground.Core.Numerics;

/// <summary>
/// JavaScript's WhiteSpace and LineTerminator characters, as used by <c>String.prototype.trim</c> and
/// <c>Number(string)</c>. Not <see cref="char.IsWhiteSpace(char)"/>: JS adds U+FEFF and omits U+0085.
/// </summary>
internal static class JsWhitespace
{
    /// <summary>True for U+0009–U+000D, the Unicode 15 space separators (Zs), U+2028, U+2029 and U+FEFF.</summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        _ => c is >= '\u2000' and <= '\u200A',
    };

    /// <summary>JavaScript <c>trim()</c>.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>JavaScript <c>trim()</c>.</summary>
    public static string Trim(string text) => Trim(text.AsSpan()).ToString();

    /// <summary>True when <paramref name="text"/> starts or ends with JS whitespace.</summary>
    public static bool HasOuterWhiteSpace(string text) =>
        text.Length > 0 && (IsWhiteSpace(text[0]) || IsWhiteSpace(text[^1]));
}
