namespace NeuralPlayground.Core.Numerics;

public static partial class JsMath
{
    private const double Two54 = 1.80143985094819840000e+16; // 0x43500000_00000000
    private const double Lg1 = 6.666666666666735130e-01; // 0x3FE55555_55555593
    private const double Lg2 = 3.999999999940941908e-01; // 0x3FD99999_9997FA04
    private const double Lg3 = 2.857142874366239149e-01; // 0x3FD24924_94229359
    private const double Lg4 = 2.222219843214978396e-01; // 0x3FCC71C5_1D8E78AF
    private const double Lg5 = 1.818357216161805012e-01; // 0x3FC74664_96CB03DE
    private const double Lg6 = 1.531383769920937332e-01; // 0x3FC39A09_D078C69F
    private const double Lg7 = 1.479819860511658591e-01; // 0x3FC2F112_DF3E5244

    /// <summary>
    /// The natural logarithm ln x, as JavaScript's <c>Math.log</c> (fdlibm <c>e_log.c</c>):
    /// write x = 2^k·(1+f) with √2/2 &lt; 1+f &lt; √2, let s = f/(2+f), approximate
    /// ln(1+f) = 2s + s·R(s²) by a degree-14 polynomial, and return k·ln2 + ln(1+f).
    /// </summary>
    /// <param name="x">The argument.</param>
    /// <returns>
    /// ln x; −∞ for ±0, +∞ for +∞, and for x &lt; 0 (including −∞ and negative-signed NaNs)
    /// the signaling NaN with bits <c>0x7FF4000000000000</c>, as V8 returns.
    /// </returns>
    public static double Log(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int hx = (int)(bits >> 32);
        uint lx = (uint)bits;

        int k = 0;
        if (hx < 0x00100000)
        {
            if (((uint)(hx & 0x7FFFFFFF) | lx) == 0)
            {
                return double.NegativeInfinity;
            }

            if (hx < 0)
            {
                return SignalingNaN;
            }

            // Subnormal: scale into the normal range first.
            k -= 54;
            x *= Two54;
            hx = HighWord(x);
        }

        if (hx >= 0x7FF00000)
        {
            return x + x;
        }

        k += (hx >> 20) - 1023;
        hx &= 0x000FFFFF;
        int i = (hx + 0x95F64) & 0x100000;
        x = WithHighWord(x, hx | (i ^ 0x3FF00000));
        k += i >> 20;
        double f = x - 1.0;
        double dk;

        if ((0x000FFFFF & (2 + hx)) < 3)
        {
            // |f| < 2^-20: a short series is accurate enough.
            if (f == 0.0)
            {
                if (k == 0)
                {
                    return 0.0;
                }

                dk = k;
                return (dk * Ln2Hi) + (dk * Ln2Lo);
            }

            double rr = f * f * (0.5 - (0.33333333333333333 * f));
            if (k == 0)
            {
                return f - rr;
            }

            dk = k;
            return (dk * Ln2Hi) - ((rr - (dk * Ln2Lo)) - f);
        }

        double s = f / (2.0 + f);
        dk = k;
        double z = s * s;
        i = hx - 0x6147A;
        double w = z * z;
        int j = 0x6B851 - hx;
        double t1 = w * (Lg2 + (w * (Lg4 + (w * Lg6))));
        double t2 = z * (Lg1 + (w * (Lg3 + (w * (Lg5 + (w * Lg7))))));
        i |= j;
        double r = t2 + t1;
        if (i > 0)
        {
            double hfsq = 0.5 * f * f;
            if (k == 0)
            {
                return f - (hfsq - (s * (hfsq + r)));
            }

            return (dk * Ln2Hi) - ((hfsq - ((s * (hfsq + r)) + (dk * Ln2Lo))) - f);
        }

        if (k == 0)
        {
            return f - (s * (f - r));
        }

        return (dk * Ln2Hi) - (((s * (f - r)) - (dk * Ln2Lo)) - f);
    }
}
