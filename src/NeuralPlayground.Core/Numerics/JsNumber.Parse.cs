using System.Globalization;

namespace NeuralPlayground.Core.Numerics;

/// <content>JavaScript <c>Number(string)</c>.</content>
public static partial class JsNumber
{
    // Decimal exponents beyond these are certain overflow (0.1e310) or underflow (0.9e-330).
    private const long OverflowPoint = 310;
    private const long UnderflowPoint = -330;

    // More significant digits than a double can ever need (767); the rest only count as non-zero.
    private const int MaxDigits = 800;

    /// <summary>
    /// JavaScript <c>Number(text)</c>: trims JS whitespace; empty gives 0; accepts a signed decimal
    /// literal (<c>.5</c>, <c>5.</c>, <c>1E+3</c>), a signed <c>Infinity</c>, and unsigned
    /// <c>0x</c>/<c>0o</c>/<c>0b</c> integers of any length; anything else gives NaN. Correctly
    /// rounded, never throws for any string.
    /// </summary>
    public static double Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = JsWhitespace.Trim(text.AsSpan());
        if (s.IsEmpty)
        {
            return 0;
        }

        var radix = s.Length > 2 && s[0] == '0' ? RadixOf(s[1]) : 0;
        return radix > 0 ? ParseRadix(s[2..], radix) : ParseDecimal(s);
    }

    private static int RadixOf(char prefix) => prefix switch
    {
        'x' or 'X' => 16,
        'o' or 'O' => 8,
        'b' or 'B' => 2,
        _ => 0,
    };

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => int.MaxValue,
    };

    // Keeps the leading 63 bits plus a sticky bit, so the one long→double conversion rounds correctly.
    private static double ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        var bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        long mantissa = 0;
        var used = 0;
        var extra = 0;
        var sticky = false;
        foreach (var c in digits)
        {
            var d = DigitValue(c);
            if (d >= radix)
            {
                return double.NaN;
            }

            for (var b = bitsPerDigit - 1; b >= 0; b--)
            {
                var bit = (d >> b) & 1;
                if (used < 63 && (used > 0 || bit == 1))
                {
                    mantissa = (mantissa << 1) | (long)bit;
                    used++;
                }
                else if (used == 63)
                {
                    extra = Math.Min(extra + 1, 2048);
                    sticky |= bit == 1;
                }
            }
        }

        return Math.ScaleB((double)(sticky ? mantissa | 1 : mantissa), extra);
    }

    private static double ParseDecimal(ReadOnlySpan<char> s)
    {
        var negative = s[0] == '-';
        var body = s[0] is '+' or '-' ? s[1..] : s;
        if (body.SequenceEqual("Infinity"))
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        var i = SkipDigits(body, 0);
        var integer = body[..i];
        var fraction = ReadOnlySpan<char>.Empty;
        if (i < body.Length && body[i] == '.')
        {
            var end = SkipDigits(body, i + 1);
            fraction = body[(i + 1)..end];
            i = end;
        }

        if (integer.IsEmpty && fraction.IsEmpty)
        {
            return double.NaN;
        }

        if (!TryParseExponent(body[i..], out var exponent))
        {
            return double.NaN;
        }

        var magnitude = DecimalValue(string.Concat(integer, fraction), integer.Length + exponent);
        return negative ? -magnitude : magnitude;
    }

    private static int SkipDigits(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i;
    }

    // An empty tail, or e|E, an optional sign and at least one digit; huge exponents saturate.
    private static bool TryParseExponent(ReadOnlySpan<char> tail, out long exponent)
    {
        exponent = 0;
        if (tail.IsEmpty)
        {
            return true;
        }

        if (tail[0] is not ('e' or 'E'))
        {
            return false;
        }

        var digits = tail.Length > 1 && tail[1] is '+' or '-' ? tail[2..] : tail[1..];
        if (digits.IsEmpty || SkipDigits(digits, 0) != digits.Length)
        {
            return false;
        }

        foreach (var c in digits)
        {
            exponent = Math.Min((exponent * 10) + (c - '0'), 1_000_000_000);
        }

        exponent = tail[1] == '-' ? -exponent : exponent;
        return true;
    }

    // The value is 0.digits × 10^point.
    private static double DecimalValue(string digits, long point)
    {
        var first = digits.AsSpan().IndexOfAnyExcept('0');
        if (first < 0)
        {
            return 0;
        }

        var last = digits.AsSpan().LastIndexOfAnyExcept('0');
        var significant = digits[first..(last + 1)];
        point -= first;
        if (point > OverflowPoint)
        {
            return double.PositiveInfinity;
        }

        if (point < UnderflowPoint)
        {
            return 0;
        }

        if (significant.Length > MaxDigits)
        {
            significant = string.Concat(significant.AsSpan(0, MaxDigits), "1");
        }

        var normalized = "0." + significant + "E" + point.ToString(CultureInfo.InvariantCulture);
        return double.Parse(normalized, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
    }
}
