using System.Numerics;

namespace NeuralPlayground.Core.Numerics;

/// <summary>Exact decimal arithmetic on the binary value of a double, for toFixed and toPrecision.</summary>
internal static class ExactDecimal
{
    /// <summary>
    /// The integer n nearest to |<paramref name="value"/>| × 10^<paramref name="shift"/>, computed
    /// exactly; an exact tie picks the larger n, as ECMAScript's toFixed and toPrecision require.
    /// </summary>
    public static BigInteger RoundHalfUp(double value, int shift)
    {
        var (numerator, denominator) = Scale(value, shift);
        return ((2 * numerator) + denominator) / (2 * denominator);
    }

    /// <summary>⌊|<paramref name="value"/>| × 10^<paramref name="shift"/>⌋, computed exactly.</summary>
    public static BigInteger Floor(double value, int shift)
    {
        var (numerator, denominator) = Scale(value, shift);
        return numerator / denominator;
    }

    /// <summary>The decimal exponent e with 10^e ≤ |<paramref name="value"/>| &lt; 10^(e+1), for finite non-zero values.</summary>
    public static int Exponent(double value)
    {
        var exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        while (Floor(value, -exponent) >= 10)
        {
            exponent++;
        }

        while (Floor(value, -exponent).IsZero)
        {
            exponent--;
        }

        return exponent;
    }

    // |value| × 10^shift as an exact fraction.
    private static (BigInteger Numerator, BigInteger Denominator) Scale(double value, int shift)
    {
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var biased = (int)(bits >> 52);
        var fraction = bits & 0xF_FFFF_FFFF_FFFFL;
        BigInteger numerator = biased == 0 ? fraction : fraction | (1L << 52);
        var exponent = Math.Max(biased, 1) - 1075;
        var denominator = BigInteger.One;
        if (exponent > 0)
        {
            numerator <<= exponent;
        }
        else
        {
            denominator <<= -exponent;
        }

        if (shift > 0)
        {
            numerator *= BigInteger.Pow(10, shift);
        }
        else
        {
            denominator *= BigInteger.Pow(10, -shift);
        }

        return (numerator, denominator);
    }
}
