using System.Globalization;
using System.Numerics;

namespace NeuralPlayground.Core.Numerics;

/// <summary>
/// JavaScript number↔string conversions, bit-exact with V8: <c>String(x)</c>, <c>Number(s)</c>,
/// <c>x.toFixed(d)</c> and <c>x.toPrecision(p)</c> (ECMAScript Number::toString and friends).
/// </summary>
public static partial class JsNumber
{
    /// <summary>
    /// ECMAScript Number::toString: the shortest digits that round-trip, in fixed notation for
    /// 1e-6 ≤ |x| &lt; 1e21 and exponent form otherwise (<c>1e-7</c>, <c>1.5e+21</c>);
    /// <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>; −0 gives <c>0</c>.
    /// </summary>
    public static string ToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (value == 0)
        {
            return "0";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var (digits, point) = ShortestDigits(Math.Abs(value));
        var body = FormatShortest(digits, point);
        return value < 0 ? "-" + body : body;
    }

    /// <summary>
    /// JavaScript <c>toFixed</c>: |x| rounded to <paramref name="digits"/> decimals from its exact
    /// binary value, exact ties away from zero; |x| ≥ 1e21 and non-finite values use <see cref="ToString(double)"/>.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <param name="digits">Decimals after the point, 0 to 100.</param>
    public static string ToFixed(double value, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 100);
        if (!double.IsFinite(value) || Math.Abs(value) >= 1e21)
        {
            return ToString(value);
        }

        var n = ExactDecimal.RoundHalfUp(value, digits).ToString(CultureInfo.InvariantCulture);
        if (digits > 0)
        {
            n = n.PadLeft(digits + 1, '0');
            n = string.Concat(n.AsSpan(0, n.Length - digits), ".", n.AsSpan(n.Length - digits));
        }

        return value < 0 ? "-" + n : n;
    }

    /// <summary>
    /// JavaScript <c>toPrecision</c>: <paramref name="precision"/> significant digits, exact ties
    /// away from zero; exponent form (<c>1.2e+2</c>) when the decimal exponent is below −6 or at
    /// least <paramref name="precision"/>, else fixed (<c>-0.00012</c>, <c>0.10</c>).
    /// </summary>
    /// <param name="value">The number.</param>
    /// <param name="precision">Significant digits, 1 to 100.</param>
    public static string ToPrecision(double value, int precision)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(precision, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(precision, 100);
        if (!double.IsFinite(value))
        {
            return ToString(value);
        }

        var (digits, exponent) = value == 0
            ? (new string('0', precision), 0)
            : PrecisionDigits(Math.Abs(value), precision);
        var body = FormatPrecision(digits, exponent, precision);
        return value < 0 ? "-" + body : body;
    }

    // .NET's "R" already yields the shortest round-trip digits; only the layout differs from JS.
    private static (string Digits, int Point) ShortestDigits(double positive)
    {
        var text = positive.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var exponent = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? text : text[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }

        var point = (dot < 0 ? mantissa.Length : dot) - lead + exponent;
        return (digits[lead..].TrimEnd('0'), point);
    }

    // Number::toString steps 6–10: the value is 0.digits × 10^point.
    private static string FormatShortest(string digits, int point)
    {
        var k = digits.Length;
        if (k <= point && point <= 21)
        {
            return digits + new string('0', point - k);
        }

        if (point > 0 && point <= 21)
        {
            return string.Concat(digits.AsSpan(0, point), ".", digits.AsSpan(point));
        }

        if (point > -6 && point <= 0)
        {
            return "0." + new string('0', -point) + digits;
        }

        var mantissa = k == 1 ? digits : string.Concat(digits.AsSpan(0, 1), ".", digits.AsSpan(1));
        return mantissa + ExponentSuffix(point - 1);
    }

    // The n with 10^(p−1) ≤ n < 10^p nearest to x / 10^(e−p+1), where 10^e ≤ x < 10^(e+1) exactly;
    // rounding up to 10^p moves to the next decade.
    private static (string Digits, int Exponent) PrecisionDigits(double positive, int precision)
    {
        var exponent = ExactDecimal.Exponent(positive);
        var n = ExactDecimal.RoundHalfUp(positive, precision - 1 - exponent);
        if (n == BigInteger.Pow(10, precision))
        {
            n = BigInteger.Pow(10, precision - 1);
            exponent++;
        }

        return (n.ToString(CultureInfo.InvariantCulture), exponent);
    }

    // toPrecision steps 10–13: the value is d.ddd × 10^exponent with precision digits.
    private static string FormatPrecision(string digits, int exponent, int precision)
    {
        if (exponent < -6 || exponent >= precision)
        {
            var mantissa = precision == 1 ? digits : string.Concat(digits.AsSpan(0, 1), ".", digits.AsSpan(1));
            return mantissa + ExponentSuffix(exponent);
        }

        if (exponent == precision - 1)
        {
            return digits;
        }

        if (exponent >= 0)
        {
            return string.Concat(digits.AsSpan(0, exponent + 1), ".", digits.AsSpan(exponent + 1));
        }

        return "0." + new string('0', -(exponent + 1)) + digits;
    }

    private static string ExponentSuffix(int exponent) =>
        (exponent >= 0 ? "e+" : "e-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
}
