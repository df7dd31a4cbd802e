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
        if (!(Math.Abs(value) < 1e12))
        {
            return Append(builder, value);
        }

        var scaled = (long)Math.Round(Math.Abs(value) * RoundedScale, MidpointRounding.AwayFromZero);
        Span<char> buffer = stackalloc char[24];
        var end = buffer.Length;
        var fraction = (int)(scaled % (long)RoundedScale);
        var digits = RoundedDecimals;
        while (digits > 0 && fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }

        for (var d = 0; d < digits; d++, fraction /= 10)
        {
            buffer[--end] = (char)('0' + (fraction % 10));
        }

        if (digits > 0)
        {
            buffer[--end] = '.';
        }

        var whole = scaled / (long)RoundedScale;
        do
        {
            buffer[--end] = (char)('0' + (int)(whole % 10));
            whole /= 10;
        }
        while (whole > 0);

        if (value < 0 && scaled > 0)
        {
            buffer[--end] = '-';
        }

        return builder.Append(buffer[end..]);
    }
}
