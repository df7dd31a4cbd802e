namespace NeuralPlayground.Core.Numerics;

public static partial class JsMath
{
    /// <summary>
    /// The second half of <see cref="KernelRemPio2"/>: turns the 24-bit chunks of the fraction
    /// of x·2/π back into doubles, multiplies them by π/2 (itself in 24-bit pieces) and folds
    /// the products into y₀ + y₁, negated when the fraction was taken as 1 − fraction.
    /// </summary>
    private static int KernelRemPio2Finish(
        Span<int> iq, Span<double> q, int jz, int q0, double z, int ih, int n, out double y0, out double y1)
    {
        const int jp = 4; // terms of π/2 used: jk for prec = 2
        if (z == 0.0)
        {
            // Chop off zero terms.
            jz--;
            q0 -= 24;
            while (iq[jz] == 0)
            {
                jz--;
                q0 -= 24;
            }
        }
        else
        {
            z = Math.ScaleB(z, -q0);
            if (z >= Two24)
            {
                double fw = (int)(TwoNeg24 * z);
                iq[jz] = (int)(z - (Two24 * fw));
                jz++;
                q0 += 24;
                iq[jz] = (int)fw;
            }
            else
            {
                iq[jz] = (int)z;
            }
        }

        Span<double> fq = stackalloc double[20];
        double scale = Math.ScaleB(1.0, q0);
        for (int i = jz; i >= 0; i--)
        {
            q[i] = scale * iq[i];
            scale *= TwoNeg24;
        }

        for (int i = jz; i >= 0; i--)
        {
            double fw = 0.0;
            for (int k = 0; k <= jp && k <= jz - i; k++)
            {
                fw += PiO2[k] * q[i + k];
            }

            fq[jz - i] = fw;
        }

        double sum = 0.0;
        for (int i = jz; i >= 0; i--)
        {
            sum += fq[i];
        }

        y0 = ih == 0 ? sum : -sum;
        double tail = fq[0] - sum;
        for (int i = 1; i <= jz; i++)
        {
            tail += fq[i];
        }

        y1 = ih == 0 ? tail : -tail;
        return n & 7;
    }
}
