using System.Runtime.CompilerServices;

namespace NeuralPlayground.Core.Numerics;

public static partial class JsMath
{
    // fdlibm's Qn scaled by 2^n, for R(2z) where z = x²/2.
    internal const double Q1 = -3.33333333333331316428e-02; // 0xBFA11111_111110F4
    internal const double Q2 = 1.58730158725481460165e-03; // 0x3F5A01A0_19FE5585
    internal const double Q3 = -7.93650757867487942473e-05; // 0xBF14CE19_9EAADBB7
    internal const double Q4 = 4.00821782732936239552e-06; // 0x3ED0CFCA_86E65239
    internal const double Q5 = -2.01099218183624371326e-07; // 0xBE8AFDB7_6E09C32D

    /// <summary>
    /// e^x − 1, as JavaScript's <c>Math.expm1</c> (fdlibm <c>s_expm1.c</c>): reduce
    /// x = k·ln2 + r + c (c corrects the rounding of r), approximate e^r − 1 with a
    /// rational function of r² accurate near 0, then return 2^k·(e^r − 1 + 1) − 1
    /// rearranged per k to avoid cancellation.
    /// </summary>
    /// <param name="x">The exponent.</param>
    /// <returns>e^x − 1; exactly x for |x| &lt; 2^-54, −1 below −56·ln2, +∞ above ≈ 709.78.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Expm1(double x)
    {
        int hx = HighWord(x) & 0x7FFFFFFF;
        return hx >= 0x4043687A ? Expm1Large(x, hx) : Expm1Core(x, hx);
    }

    private static double Expm1Large(double x, int hx)
    {
        if (hx >= 0x40862E42)
        {
            if (hx >= 0x7FF00000)
            {
                if (((hx & 0xFFFFF) | (int)LowWord(x)) != 0)
                {
                    return x + x;
                }

                return x > 0.0 ? x : -1.0;
            }

            if (x > OverflowThreshold)
            {
                return double.PositiveInfinity;
            }
        }

        // Below −56·ln2, e^x is lost in the rounding of e^x − 1.
        return x < 0.0 ? -1.0 : Expm1Core(x, hx);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Expm1Core(double x, int hx)
    {
        double c = 0.0;
        int k;
        if (hx > 0x3FD62E42)
        {
            // fdlibm has a separate branch for |x| < 1.5·ln2 with k = ±1; there the general
            // formula yields exactly k = ±1 and bit-identical hi and lo, so it is folded in.
            k = (int)((InvLn2 * x) + Math.CopySign(0.5, x));
            double t = k;
            double hi = x - (t * Ln2Hi);
            double lo = t * Ln2Lo;
            x = hi - lo;
            c = (hi - x) - lo;
        }
        else if (hx < 0x3C900000)
        {
            return x;
        }
        else
        {
            k = 0;
        }

        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + (hxs * (Q1 + (hxs * (Q2 + (hxs * (Q3 + (hxs * (Q4 + (hxs * Q5)))))))));
        double tt = 3.0 - (r1 * hfx);
        double e = hxs * ((r1 - tt) / (6.0 - (x * tt)));
        if (k == 0)
        {
            return x - ((x * e) - hxs);
        }

        return Expm1Scale(x, e, c, hxs, k);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Expm1Scale(double x, double e, double c, double hxs, int k)
    {
        double twopk = FromHighWord(0x3FF00000 + (k << 20));
        e = (x * (e - c)) - c;
        e -= hxs;
        if (k == -1)
        {
            return (0.5 * (x - e)) - 0.5;
        }

        if (k == 1)
        {
            return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + (2.0 * (x - e));
        }

        double y;
        if (k <= -2 || k > 56)
        {
            y = 1.0 - (e - x);
            y = k == 1024 ? y * 2.0 * Two1023 : y * twopk;
            return y - 1.0;
        }

        if (k < 20)
        {
            double t = FromHighWord(0x3FF00000 - (0x200000 >> k)); // 1 − 2^-k
            y = t - (e - x);
            return y * twopk;
        }

        double u = FromHighWord((0x3FF - k) << 20); // 2^-k
        y = x - (e + u);
        y += 1.0;
        return y * twopk;
    }
}
