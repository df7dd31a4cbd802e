using System.Runtime.CompilerServices;

namespace NeuralPlayground.Core.Numerics;

public static partial class JsMath
{
    /// <summary>
    /// The hyperbolic tangent (e^x − e^−x)/(e^x + e^−x), as JavaScript's <c>Math.tanh</c>
    /// (fdlibm <c>s_tanh.c</c>): x itself for |x| &lt; 2^-28; −t/(t + 2) with
    /// t = expm1(−2|x|) for |x| &lt; 1; 1 − 2/(t + 2) with t = expm1(2|x|) for |x| &lt; 22;
    /// ±1 beyond; the sign of x is restored at the end.
    /// </summary>
    /// <remarks>
    /// The expm1 is <see cref="Expm1"/>'s operations written out for the arguments tanh gives it,
    /// a = ±2|x| with 2^-27 ≤ |a| &lt; 44, where its reduction multiple is k ∈ {0, −1, −2, −3} below 1
    /// and k ∈ [3, 63] above: one method without calls, which the browser's interpreter inlines
    /// and compiles into a single trace.
    /// </remarks>
    /// <param name="x">The argument.</param>
    /// <returns>tanh x, in [−1, 1]; ±1 for ±∞, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Tanh(double x)
    {
        int jx = HighWord(x);
        int ix = jx & 0x7FFFFFFF;
        if (ix >= 0x40360000)
        {
            if (ix >= 0x7FF00000)
            {
                return jx >= 0 ? (1.0 / x) + 1.0 : (1.0 / x) - 1.0;
            }

            return jx >= 0 ? 1.0 : -1.0;
        }

        if (ix < 0x3E300000)
        {
            return x;
        }

        // a = ±2|x|; doubling adds 1 to the exponent field, so a's high word is ix + 2^20.
        bool large = ix >= 0x3FF00000;
        double a = large ? 2.0 * Math.Abs(x) : -2.0 * Math.Abs(x);
        double c = 0.0;
        int k = 0;
        if (ix + 0x100000 > 0x3FD62E42)
        {
            k = (int)((InvLn2 * a) + (large ? 0.5 : -0.5));
            double tk = k;
            double hi = a - (tk * Ln2Hi);
            double lo = tk * Ln2Lo;
            a = hi - lo;
            c = (hi - a) - lo;
        }

        double hfx = 0.5 * a;
        double hxs = a * hfx;
        double r1 = 1.0 + (hxs * (Q1 + (hxs * (Q2 + (hxs * (Q3 + (hxs * (Q4 + (hxs * Q5)))))))));
        double tt = 3.0 - (r1 * hfx);
        double e = hxs * ((r1 - tt) / (6.0 - (a * tt)));
        double t;
        if (k == 0)
        {
            t = a - ((a * e) - hxs);
        }
        else
        {
            // Expm1Scale for these k: no k = 1 or 1024.
            double twopk = FromHighWord(0x3FF00000 + (k << 20));
            e = (a * (e - c)) - c;
            e -= hxs;
            if (k == -1)
            {
                t = (0.5 * (a - e)) - 0.5;
            }
            else if (k <= -2 || k > 56)
            {
                t = ((1.0 - (e - a)) * twopk) - 1.0;
            }
            else if (k < 20)
            {
                t = (FromHighWord(0x3FF00000 - (0x200000 >> k)) - (e - a)) * twopk;
            }
            else
            {
                t = ((a - (e + FromHighWord((0x3FF - k) << 20))) + 1.0) * twopk;
            }
        }

        double z = large ? 1.0 - (2.0 / (t + 2.0)) : -t / (t + 2.0);
        return jx >= 0 ? z : -z;
    }
}
