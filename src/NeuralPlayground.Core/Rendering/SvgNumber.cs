using System.Globalization;
using System.Text;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Rendering;

/// <summary>
/// Numbers for SVG and CSS text: exactly as d3 writes them (JavaScript <c>String(x)</c>) for geometry
/// computed once per redraw, or rounded to 1/1000 px for what is rewritten every frame, where
/// .NET's shortest round-trip formatting (about 250 ns a number) would dominate the frame.
/// </summary>
internal static class SvgNumber
{
    /// <summary>Decimals kept by <see cref="AppendRounded"/>: 0.001 px, far below a device pixel.</summary>
    public const int RoundedDecimals = 3;

    private const double RoundedScale = 1000;

    // The longest text of a number: JavaScript's String(x) takes at most 25 characters.
    private const int MaxLength = 25;

    /// <summary>Appends <c>String(value)</c>, as <see cref="JsNumber.ToString(double)"/>, to <paramref name="builder"/>.</summary>
    public static StringBuilder Append(StringBuilder builder, double value)
    {
        // .NET's shortest round-trip digits equal JavaScript's; only the exponent-form thresholds
        // (and −0) differ, so those rare cases go through the full JsNumber layout.
        Span<char> buffer = stackalloc char[32];
        if (value != 0
            && value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture)
            && buffer[..written].IndexOfAny('E', 'N', 'I') < 0)
        {
            return builder.Append(buffer[..written]);
        }

        return builder.Append(JsNumber.ToString(value));
    }

    /// <summary>JavaScript <c>String(value)</c>.</summary>
    public static string Format(double value) => JsNumber.ToString(value);

    /// <summary>
    /// Appends <paramref name="value"/> rounded to 3 decimals (halves away from zero), without
    /// trailing zeros or a trailing point: <c>2.4285714</c> → <c>2.429</c>, <c>-1/3</c> → <c>-0.333</c>,
    /// <c>136</c> → <c>136</c>, and anything that rounds to zero → <c>0</c>. Non-finite values and
    /// |x| ≥ 1e12 fall back to <see cref="Append"/>.
    /// </summary>
    public static StringBuilder AppendRounded(StringBuilder builder, double value)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return builder.Append(buffer[..WriteRounded(buffer, value)]);
    }

    /// <summary>
    /// <see cref="AppendRounded"/>'s text written into <paramref name="destination"/> from
    /// <paramref name="at"/>, which needs 25 free characters; returns the position after it.
    /// </summary>
    public static int WriteRounded(char[] destination, int at, double value) => at + WriteRounded(destination.AsSpan(at), value);

    // Writes the text at the start of destination and returns its length; no calls on the
    // common path, as the loss chart writes two numbers per point on every frame.
    private static int WriteRounded(Span<char> destination, double value)
    {
        if (!(Math.Abs(value) < 1e12))
        {
            var text = JsNumber.ToString(value);
            text.CopyTo(destination);
            return text.Length;
        }

        // Math.Round(…, MidpointRounding.AwayFromZero) of a non-negative value below 2^52.
        var magnitude = Math.Abs(value) * RoundedScale;
        var floor = Math.Floor(magnitude);
        var scaled = (long)(magnitude - floor >= 0.5 ? floor + 1 : floor);
        var at = 0;
        if (value < 0 && scaled > 0)
        {
            destination[at++] = '-';
        }

        var whole = scaled / (long)RoundedScale;
        var digits = 1;
        for (var rest = whole; rest >= 10; rest /= 10)
        {
            digits++;
        }

        for (var d = at + digits - 1; d >= at; d--, whole /= 10)
        {
            destination[d] = (char)('0' + (int)(whole % 10));
        }

        at += digits;
        var fraction = (int)(scaled % (long)RoundedScale);
        if (fraction == 0)
        {
            return at;
        }

        var decimals = RoundedDecimals;
        for (; fraction % 10 == 0; fraction /= 10)
        {
            decimals--;
        }

        destination[at] = '.';
        for (var d = at + decimals; d > at; d--, fraction /= 10)
        {
            destination[d] = (char)('0' + (fraction % 10));
        }

        return at + decimals + 1;
    }
}
