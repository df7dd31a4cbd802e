using System.Runtime.CompilerServices;

namespace NeuralPlayground.Core.Numerics;

/// <summary>
/// Transcendental functions that return, bit for bit, the same doubles as JavaScript's
/// <c>Math</c> object in Node.js 20 (V8 11.3), for every input including NaN payloads,
/// ±∞, ±0 and subnormals. V8 computes these with its port of Sun's fdlibm
/// (<c>src/base/ieee754.cc</c>); this class is a faithful port of the same routines,
/// keeping their constants and their order of floating-point operations.
/// </summary>
/// <remarks>
/// <see cref="Math"/> in .NET defers to the C runtime (glibc on Linux), whose results
/// differ from fdlibm's in the last bit for a fraction of inputs; training a network
/// amplifies those differences, so everything that must match the JavaScript playground
/// goes through this class instead.
/// </remarks>
public static partial class JsMath
{
    internal const double Ln2Hi = 6.93147180369123816490e-01; // 0x3FE62E42_FEE00000
    internal const double Ln2Lo = 1.90821492927058770002e-10; // 0x3DEA39EF_35793C76
    internal const double InvLn2 = 1.44269504088896338700e+00; // 0x3FF71547_652B82FE
    private const double OverflowThreshold = 7.09782712893383973096e+02; // 0x40862E42_FEFA39EF
    private const double UnderflowThreshold = -7.45133219101941108420e+02; // 0xC0874910_D52D3051
    internal const double ExpP1 = 1.66666666666666019037e-01; // 0x3FC55555_5555553E
    internal const double ExpP2 = -2.77777777770155933842e-03; // 0xBF66C16C_16BEBD93
    internal const double ExpP3 = 6.61375632143793436117e-05; // 0x3F11566A_AF25DE2C
    internal const double ExpP4 = -1.65339022054652515390e-06; // 0xBEBBBD41_C5D26BF1
    internal const double ExpP5 = 4.13813679705723846039e-08; // 0x3E663769_72BEA4D0
    private const double TwoM1000 = 9.33263618503218878990e-302; // 2^-1000
    private const double Two1023 = 8.988465674311579539e307; // 2^1023

    /// <summary>
    /// e^x, as JavaScript's <c>Math.exp</c> (fdlibm <c>e_exp.c</c>): reduce
    /// x = k·ln2 + r with |r| ≤ ln2/2, approximate e^r by the rational form
    /// 1 + r + r·R₁(r)/(2 − R₁(r)), then scale by 2^k.
    /// </summary>
    /// <param name="x">The exponent.</param>
    /// <returns>e^x; +∞ above ≈ 709.78, +0 below ≈ −745.13, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Exp(double x)
    {
        int hx = HighWord(x) & 0x7FFFFFFF;
        if (hx >= 0x40862E42 && (hx >= 0x7FF00000 || x > OverflowThreshold || x < UnderflowThreshold))
        {
            return ExpOutOfRange(x, hx);
        }

        if (hx < 0x3E300000)
        {
            return 1.0 + x;
        }

        // V8 special-cases e^1: the general path is one ulp off there.
        if (x == 1.0)
        {
            return Math.E;
        }

        // fdlibm branches three ways here: no reduction (k = 0) while the high word of |x| is at
        // most that of ln2/2, k = ±1 below 1.5·ln2, else k = trunc(x/ln2 ± 1/2). The last formula
        // gives exactly ±1 on the middle range, and with k forced to 0 on the first range it
        // gives bit-identical results there too, so one straight path serves all three; this
        // avoids mispredicted branches on mixed-sign, mixed-size inputs.
        int k = (int)((InvLn2 * x) + Math.CopySign(0.5, x));
        if (hx <= 0x3FD62E42)
        {
            k = 0;
        }

        double t = k;
        double hi = x - (t * Ln2Hi);
        double lo = t * Ln2Lo;
        x = hi - lo;

        double tt = x * x;
        double c = x - (tt * (ExpP1 + (tt * (ExpP2 + (tt * (ExpP3 + (tt * (ExpP4 + (tt * ExpP5)))))))));
        double y = 1.0 - ((lo - ((x * c) / (2.0 - c))) - hi);
        if (k >= -1021)
        {
            return k == 1024 ? y * 2.0 * Two1023 : y * FromHighWord(0x3FF00000 + (k << 20));
        }

        return y * FromHighWord(0x3FF00000 + ((k + 1000) << 20)) * TwoM1000;
    }

    private static double ExpOutOfRange(double x, int hx)
    {
        if (hx >= 0x7FF00000)
        {
            if (((hx & 0xFFFFF) | (int)LowWord(x)) != 0)
            {
                return x + x;
            }

            return x > 0.0 ? x : 0.0;
        }

        return x > OverflowThreshold ? double.PositiveInfinity : 0.0;
    }

    /// <summary>The signaling NaN that fdlibm (compiled by V8's toolchain) returns for log of a negative number.</summary>
    private static double SignalingNaN => BitConverter.Int64BitsToDouble(0x7FF4_0000_0000_0000);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HighWord(double d) => (int)(BitConverter.DoubleToInt64Bits(d) >> 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint LowWord(double d) => (uint)BitConverter.DoubleToInt64Bits(d);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double FromHighWord(int high) => BitConverter.Int64BitsToDouble((long)high << 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double FromWords(int high, uint low) =>
        BitConverter.Int64BitsToDouble(((long)high << 32) | low);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double WithHighWord(double d, int high) => FromWords(high, LowWord(d));
}
