namespace NeuralPlayground.Core.Numerics;

public static partial class JsMath
{
    private const double TwoNeg24 = 5.96046447753906250000e-08; // 0x3E700000_00000000

    /// <summary>
    /// fdlibm's <c>__kernel_rem_pio2</c> at the precision V8 asks for (prec = 2, jk = 4):
    /// x·2^e0 (x given as 24-bit pieces) minus n·π/2, returned as y₀ + y₁, with n mod 8.
    /// Only the bits of 2/π that matter modulo 8 are multiplied in.
    /// </summary>
    private static int KernelRemPio2(ReadOnlySpan<double> x, int e0, out double y0, out double y1)
    {
        const int jk = 4;
        Span<int> iq = stackalloc int[20];
        Span<double> f = stackalloc double[20];
        Span<double> q = stackalloc double[20];

        int jx = x.Length - 1;
        int jv = Math.Max((e0 - 3) / 24, 0);
        int q0 = e0 - (24 * (jv + 1));

        for (int i = 0, j = jv - jx; i <= jx + jk; i++, j++)
        {
            f[i] = j < 0 ? 0.0 : TwoOverPi[j];
        }

        for (int i = 0; i <= jk; i++)
        {
            q[i] = Dot(x, f, jx + i);
        }

        int jz = jk;
        double z;
        int n;
        int ih;
        while (true)
        {
            // Distill q[] into 24-bit integers iq[], most significant last.
            z = q[jz];
            for (int i = 0, j = jz; j > 0; i++, j--)
            {
                double fw = (int)(TwoNeg24 * z);
                iq[i] = (int)(z - (Two24 * fw));
                z = q[j - 1] + fw;
            }

            z = Math.ScaleB(z, q0);
            z -= 8.0 * Math.Floor(z * 0.125);
            n = (int)z;
            z -= n;
            ih = 0;
            if (q0 > 0)
            {
                int i = iq[jz - 1] >> (24 - q0);
                n += i;
                iq[jz - 1] -= i << (24 - q0);
                ih = iq[jz - 1] >> (23 - q0);
            }
            else if (q0 == 0)
            {
                ih = iq[jz - 1] >> 23;
            }
            else if (z >= 0.5)
            {
                ih = 2;
            }

            if (ih > 0)
            {
                // The fraction is ≥ 1/2: take 1 − fraction and round n up.
                n += 1;
                int carry = 0;
                for (int i = 0; i < jz; i++)
                {
                    int j = iq[i];
                    if (carry == 0)
                    {
                        if (j != 0)
                        {
                            carry = 1;
                            iq[i] = 0x1000000 - j;
                        }
                    }
                    else
                    {
                        iq[i] = 0xFFFFFF - j;
                    }
                }

                if (q0 == 1)
                {
                    iq[jz - 1] &= 0x7FFFFF;
                }
                else if (q0 == 2)
                {
                    iq[jz - 1] &= 0x3FFFFF;
                }

                if (ih == 2)
                {
                    z = 1.0 - z;
                    if (carry != 0)
                    {
                        z -= Math.ScaleB(1.0, q0);
                    }
                }
            }

            if (z != 0.0 || !AllZero(iq, jk, jz - 1))
            {
                break;
            }

            // Total cancellation so far: pull in more terms of 2/π and recompute.
            int k = 1;
            while (jk >= k && iq[jk - k] == 0)
            {
                k++;
            }

            for (int i = jz + 1; i <= jz + k; i++)
            {
                f[jx + i] = TwoOverPi[jv + i];
                q[i] = Dot(x, f, jx + i);
            }

            jz += k;
        }

        return KernelRemPio2Finish(iq, q, jz, q0, z, ih, n, out y0, out y1);
    }

    /// <summary>Σ x[j]·f[top − j] for j = 0 … x.Length − 1, summed in fdlibm's order.</summary>
    private static double Dot(ReadOnlySpan<double> x, Span<double> f, int top)
    {
        double fw = 0.0;
        for (int j = 0; j < x.Length; j++)
        {
            fw += x[j] * f[top - j];
        }

        return fw;
    }

    private static bool AllZero(Span<int> iq, int from, int to)
    {
        int j = 0;
        for (int i = to; i >= from; i--)
        {
            j |= iq[i];
        }

        return j == 0;
    }
}
