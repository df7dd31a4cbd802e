using System.Runtime.CompilerServices;

namespace NeuralPlayground.Core.Numerics;

public static partial class JsMath
{
    private const double S1 = -1.66666666666666324348e-01; // 0xBFC55555_55555549
    private const double S2 = 8.33333333332248946124e-03; // 0x3F811111_1110F8A6
    private const double S3 = -1.98412698298579493134e-04; // 0xBF2A01A0_19C161D5
    private const double S4 = 2.75573137070700676789e-06; // 0x3EC71DE3_57B1FE7D
    private const double S5 = -2.50507602534068634195e-08; // 0xBE5AE5E6_8A2B9CEB
    private const double S6 = 1.58969099521155010221e-10; // 0x3DE5D93A_5ACFD57C
    private const double C1 = 4.16666666666666019037e-02; // 0x3FA55555_5555554C
    private const double C2 = -1.38888888888741095749e-03; // 0xBF56C16C_16C15177
    private const double C3 = 2.48015872894767294178e-05; // 0x3EFA01A0_19CB1590
    private const double C4 = -2.75573143513906633035e-07; // 0xBE927E4F_809C52AD
    private const double C5 = 2.08757232129817482790e-09; // 0x3E21EE9E_BDB4B1C4
    private const double C6 = -1.13596475577881948265e-11; // 0xBDA8FAE9_BE8838D4

    /// <summary>
    /// The sine of x (radians), as JavaScript's <c>Math.sin</c> (fdlibm <c>s_sin.c</c>):
    /// reduce x = n·π/2 + (y₀ + y₁) with |y₀ + y₁| ≤ π/4, then evaluate the sine or cosine
    /// kernel polynomial on the remainder according to n mod 4
    /// (sin x = S, C, −S, −C for n ≡ 0, 1, 2, 3).
    /// </summary>
    /// <param name="x">The angle in radians.</param>
    /// <returns>sin x; NaN for ±∞ and NaN.</returns>
    public static double Sin(double x)
    {
        int ix = HighWord(x) & 0x7FFFFFFF;
        if (ix <= 0x3FE921FB)
        {
            return KernelSin(x, 0.0, 0);
        }

        if (ix >= 0x7FF00000)
        {
            return x - x;
        }

        int n = RemPio2(x, out double y0, out double y1);
        return (n & 3) switch
        {
            0 => KernelSin(y0, y1, 1),
            1 => KernelCos(y0, y1),
            2 => -KernelSin(y0, y1, 1),
            _ => -KernelCos(y0, y1),
        };
    }

    /// <summary>
    /// The cosine of x (radians), as JavaScript's <c>Math.cos</c> (fdlibm <c>s_cos.c</c>):
    /// reduce x = n·π/2 + (y₀ + y₁) with |y₀ + y₁| ≤ π/4, then evaluate the cosine or sine
    /// kernel polynomial on the remainder according to n mod 4
    /// (cos x = C, −S, −C, S for n ≡ 0, 1, 2, 3).
    /// </summary>
    /// <param name="x">The angle in radians.</param>
    /// <returns>cos x; NaN for ±∞ and NaN.</returns>
    public static double Cos(double x)
    {
        int ix = HighWord(x) & 0x7FFFFFFF;
        if (ix <= 0x3FE921FB)
        {
            return KernelCos(x, 0.0);
        }

        if (ix >= 0x7FF00000)
        {
            return x - x;
        }

        int n = RemPio2(x, out double y0, out double y1);
        return (n & 3) switch
        {
            0 => KernelCos(y0, y1),
            1 => -KernelSin(y0, y1, 1),
            2 => -KernelCos(y0, y1),
            _ => KernelSin(y0, y1, 1),
        };
    }

    /// <summary>sin(x + y) on [−π/4, π/4], y the tail of x (fdlibm <c>k_sin.c</c>); iy = 0 means y is 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double KernelSin(double x, double y, int iy)
    {
        int ix = HighWord(x) & 0x7FFFFFFF;
        if (ix < 0x3E400000)
        {
            return x;
        }

        double z = x * x;
        double v = z * x;
        double r = S2 + (z * (S3 + (z * (S4 + (z * (S5 + (z * S6)))))));
        if (iy == 0)
        {
            return x + (v * (S1 + (z * r)));
        }

        return x - (((z * ((0.5 * y) - (v * r))) - y) - (v * S1));
    }

    /// <summary>cos(x + y) on [−π/4, π/4], y the tail of x (fdlibm <c>k_cos.c</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double KernelCos(double x, double y)
    {
        int ix = HighWord(x) & 0x7FFFFFFF;
        if (ix < 0x3E400000)
        {
            return 1.0;
        }

        double z = x * x;
        double r = z * (C1 + (z * (C2 + (z * (C3 + (z * (C4 + (z * (C5 + (z * C6))))))))));
        if (ix < 0x3FD33333)
        {
            return 1.0 - ((0.5 * z) - ((z * r) - (x * y)));
        }

        // 1 − qx and x²/2 − qx are exact, which keeps the final subtraction accurate.
        double qx = ix > 0x3FE90000 ? 0.28125 : FromHighWord(ix - 0x00200000);
        double iz = (0.5 * z) - qx;
        double a = 1.0 - qx;
        return a - (iz - ((z * r) - (x * y)));
    }
}
