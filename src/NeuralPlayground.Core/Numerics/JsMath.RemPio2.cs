namespace NeuralPlayground.Core.Numerics;

public static partial class JsMath
{
    private const double InvPio2 = 6.36619772367581382433e-01; // 0x3FE45F30_6DC9C883: 53 bits of 2/π
    private const double Pio2_1 = 1.57079632673412561417e+00; // 0x3FF921FB_54400000: first 33 bits of π/2
    private const double Pio2_1t = 6.07710050650619224932e-11; // 0x3DD0B461_1A626331: π/2 − Pio2_1
    private const double Pio2_2 = 6.07710050630396597660e-11; // 0x3DD0B461_1A600000: second 33 bits
    private const double Pio2_2t = 2.02226624879595063154e-21; // 0x3BA3198A_2E037073: π/2 − (Pio2_1 + Pio2_2)
    private const double Pio2_3 = 2.02226624871116645580e-21; // 0x3BA3198A_2E000000: third 33 bits
    private const double Pio2_3t = 8.47842766036889956997e-32; // 0x397B839A_252049C1: the rest
    private const double Two24 = 1.67772160000000000000e+07; // 0x41700000_00000000

    /// <summary>
    /// Reduces x to y₀ + y₁ = x − n·π/2 with |y₀ + y₁| ≤ π/4 and returns n
    /// (fdlibm <c>e_rem_pio2.c</c>); arguments beyond 2^19·π/2 go to the
    /// multi-precision <see cref="KernelRemPio2"/>.
    /// </summary>
    private static int RemPio2(double x, out double y0, out double y1)
    {
        int hx = HighWord(x);
        int ix = hx & 0x7FFFFFFF;
        if (ix <= 0x3FE921FB)
        {
            y0 = x;
            y1 = 0.0;
            return 0;
        }

        if (ix < 0x4002D97C)
        {
            // |x| < 3π/4: n = ±1; near π/2 itself a 33+33+53-bit π/2 is needed.
            double z;
            if (hx > 0)
            {
                z = x - Pio2_1;
                if (ix != 0x3FF921FB)
                {
                    y0 = z - Pio2_1t;
                    y1 = (z - y0) - Pio2_1t;
                }
                else
                {
                    z -= Pio2_2;
                    y0 = z - Pio2_2t;
                    y1 = (z - y0) - Pio2_2t;
                }

                return 1;
            }

            z = x + Pio2_1;
            if (ix != 0x3FF921FB)
            {
                y0 = z + Pio2_1t;
                y1 = (z - y0) + Pio2_1t;
            }
            else
            {
                z += Pio2_2;
                y0 = z + Pio2_2t;
                y1 = (z - y0) + Pio2_2t;
            }

            return -1;
        }

        if (ix <= 0x413921FB)
        {
            return RemPio2Medium(x, hx, ix, out y0, out y1);
        }

        if (ix >= 0x7FF00000)
        {
            y0 = y1 = x - x;
            return 0;
        }

        return RemPio2Large(x, hx, ix, out y0, out y1);
    }

    /// <summary>|x| ≤ 2^19·π/2: Cody–Waite reduction with up to three pieces of π/2.</summary>
    private static int RemPio2Medium(double x, int hx, int ix, out double y0, out double y1)
    {
        double t = Math.Abs(x);
        int n = (int)((t * InvPio2) + 0.5);
        double fn = n;
        double r = t - (fn * Pio2_1);
        double w = fn * Pio2_1t;
        if (n < 32 && ix != Npio2Hw[n - 1])
        {
            y0 = r - w;
        }
        else
        {
            // Count the bits lost to cancellation and refine while too many were lost.
            int j = ix >> 20;
            y0 = r - w;
            int i = j - ((HighWord(y0) >> 20) & 0x7FF);
            if (i > 16)
            {
                t = r;
                w = fn * Pio2_2;
                r = t - w;
                w = (fn * Pio2_2t) - ((t - r) - w);
                y0 = r - w;
                i = j - ((HighWord(y0) >> 20) & 0x7FF);
                if (i > 49)
                {
                    t = r;
                    w = fn * Pio2_3;
                    r = t - w;
                    w = (fn * Pio2_3t) - ((t - r) - w);
                    y0 = r - w;
                }
            }
        }

        y1 = (r - y0) - w;
        if (hx < 0)
        {
            y0 = -y0;
            y1 = -y1;
            return -n;
        }

        return n;
    }

    /// <summary>Huge |x|: split x into three 24-bit pieces and reduce by a long 2/π.</summary>
    private static int RemPio2Large(double x, int hx, int ix, out double y0, out double y1)
    {
        int e0 = (ix >> 20) - 1046; // ilogb(x) − 23
        double z = FromWords(ix - (e0 << 20), LowWord(x));
        Span<double> tx = stackalloc double[3];
        for (int i = 0; i < 2; i++)
        {
            tx[i] = (int)z;
            z = (z - tx[i]) * Two24;
        }

        tx[2] = z;
        int nx = 3;
        while (tx[nx - 1] == 0.0)
        {
            nx--;
        }

        int n = KernelRemPio2(tx[..nx], e0, out y0, out y1);
        if (hx < 0)
        {
            y0 = -y0;
            y1 = -y1;
            return -n;
        }

        return n;
    }
}
