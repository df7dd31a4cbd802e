using System.Numerics;
using System.Runtime.InteropServices;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Core.Grid;

/// <summary>Single-precision activations for drawing, applied in place to a run of grid cells.</summary>
internal static class FastActivations
{
    // Eigen's rational minimax tanh on [-c, c]: a [13/6] odd/even polynomial ratio, ~2 float ulp.
    private const float Clamp = 7.90531110763549805f;
    private const float A1 = 4.89352455891786e-03f;
    private const float A3 = 6.37261928875436e-04f;
    private const float A5 = 1.48572235717979e-05f;
    private const float A7 = 5.12229709037114e-08f;
    private const float A9 = -8.60467152213735e-11f;
    private const float A11 = 2.00018790482477e-13f;
    private const float A13 = -2.76076847742355e-16f;
    private const float B0 = 4.89352518554385e-03f;
    private const float B2 = 2.26843463243900e-03f;
    private const float B4 = 1.18534705686654e-04f;
    private const float B6 = 1.19825839466702e-06f;

    // π = Pi1 + Pi2 + Pi3 (Cephes's split of π/4, times 4): k·Pi1 and k·Pi2 are exact for |k| < 2^12.
    private const float Pi1 = 3.140625f;
    private const float Pi2 = 9.67502593994140625e-4f;
    private const float Pi3 = 1.509957990978376432e-7f;
    private const float HalfPi = 1.57079632679489662f;
    private const float InvPi = 0.318309886183790672f;
    private const int MaxStackCells = 1024;

    /// <summary>
    /// values[c] = f(values[c]) for c in [start, start + count); count is a multiple of the vector width.
    /// Within 1e-4·max(1, |f|) of <see cref="Activations.Output"/> (on [−20, 20] within 2.2e-6 for
    /// swish and 7e-7 for the others); NaN stays NaN.
    /// </summary>
    public static void Apply(ActivationKind kind, float[] values, int start, int count)
    {
        ref var v = ref MemoryMarshal.GetArrayDataReference(values);
        var half = new Vector<float>(0.5f);
        switch (kind)
        {
            case ActivationKind.Tanh:
                Tanh(ref v, start, count);
                break;
            case ActivationKind.Sigmoid:
                // σ(x) = 1/2 + tanh(x/2)/2.
                for (var c = start; c < start + count; c += Vector<float>.Count)
                {
                    (Vector.LoadUnsafe(ref v, (nuint)c) * half).StoreUnsafe(ref v, (nuint)c);
                }

                Tanh(ref v, start, count);
                for (var c = start; c < start + count; c += Vector<float>.Count)
                {
                    (half + (half * Vector.LoadUnsafe(ref v, (nuint)c))).StoreUnsafe(ref v, (nuint)c);
                }

                break;
            case ActivationKind.Relu:
                for (var c = start; c < start + count; c += Vector<float>.Count)
                {
                    Vector.Max(Vector.LoadUnsafe(ref v, (nuint)c), Vector<float>.Zero).StoreUnsafe(ref v, (nuint)c);
                }

                break;
            case ActivationKind.LeakyRelu:
                var slope = new Vector<float>((float)Activations.LeakySlope);
                for (var c = start; c < start + count; c += Vector<float>.Count)
                {
                    var x = Vector.LoadUnsafe(ref v, (nuint)c);
                    Vector.Max(x, slope * x).StoreUnsafe(ref v, (nuint)c);
                }

                break;
            case ActivationKind.Elu or ActivationKind.Swish or ActivationKind.Gelu or ActivationKind.Softplus:
                // ViaTanh still needs x once tanh has overwritten the cells; a block fits on the stack.
                Span<float> saved = count <= MaxStackCells ? stackalloc float[count] : new float[count];
                values.AsSpan(start, count).CopyTo(saved);
                ViaTanh(kind, values, saved, start);
                break;
            case ActivationKind.Sine:
                Sine(ref v, start, count);
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// values[start + c] = f(saved[c]) for the activations written with t = tanh(u(x)):
    /// elu 2t/(1 − t) = e^x − 1 for x ≤ 0 (t = tanh(x/2)); swish x·(½ + ½t) (t = tanh(x/2));
    /// gelu ½x(1 + t) (t = tanh(√(2/π)(x + 0.044715x³))); softplus max(x, 0) + ln(1 + e^(−|x|)) with
    /// t = tanh(|x|/2), where ln(1 + e^(−|x|)) = −ln σ(|x|) = 2·artanh(d/(2 − d)), d = ½ − ½t = σ(−|x|).
    /// </summary>
    private static void ViaTanh(ActivationKind kind, float[] values, Span<float> saved, int start)
    {
        ref var v = ref MemoryMarshal.GetArrayDataReference(values);
        ref var x0 = ref MemoryMarshal.GetReference(saved);
        var (half, one, two) = (new Vector<float>(0.5f), Vector<float>.One, new Vector<float>(2f));
        var (scale, cubic) = (new Vector<float>((float)Activations.GeluScale), new Vector<float>((float)Activations.GeluCubic));
        for (var c = 0; c < saved.Length; c += Vector<float>.Count)
        {
            var x = Vector.LoadUnsafe(ref x0, (nuint)c);
            var u = kind switch
            {
                ActivationKind.Elu => Vector.Min(x, Vector<float>.Zero) * half,
                ActivationKind.Gelu => scale * (x + (cubic * x * x * x)),
                ActivationKind.Softplus => Vector.Abs(x) * half,
                _ => x * half,
            };
            u.StoreUnsafe(ref v, (nuint)(start + c));
        }

        Tanh(ref v, start, saved.Length);
        for (var c = 0; c < saved.Length; c += Vector<float>.Count)
        {
            var x = Vector.LoadUnsafe(ref x0, (nuint)c);
            var t = Vector.LoadUnsafe(ref v, (nuint)(start + c));
            var y = kind switch
            {
                ActivationKind.Elu => Vector.ConditionalSelect(Vector.GreaterThan(x, Vector<float>.Zero), x, two * t / (one - t)),
                ActivationKind.Gelu => half * x * (one + t),
                ActivationKind.Softplus => Vector.Max(x, Vector<float>.Zero) + LogOnePlusExp(half - (half * t)),
                _ => x * (half + (half * t)),
            };
            y.StoreUnsafe(ref v, (nuint)(start + c));
        }
    }

    // ln(1 + e^(−|x|)) from d = σ(−|x|) in [0, ½]: 2·artanh(s), s = d/(2 − d) in [0, ⅓], by its
    // series to s¹³ (truncation below 1e-8).
    private static Vector<float> LogOnePlusExp(Vector<float> d)
    {
        var s = d / (new Vector<float>(2f) - d);
        var z = s * s;
        var p = (z * (1f / 13)) + new Vector<float>(1f / 11);
        p = (p * z) + new Vector<float>(1f / 9);
        p = (p * z) + new Vector<float>(1f / 7);
        p = (p * z) + new Vector<float>(1f / 5);
        p = (p * z) + new Vector<float>(1f / 3);
        p = (p * z) + Vector<float>.One;
        return 2f * s * p;
    }

    /// <summary>
    /// values[c] = sin(values[c]) within about 2e-7 for |x| &lt; 2^12·π: x = kπ + r with k the
    /// nearest integer to x/π, sin x = (−1)^k·sin r, sin r by its Taylor series to r¹¹ on
    /// [−π/2, π/2] (truncation below 6e-8). NaN and ±∞ give NaN.
    /// </summary>
    private static void Sine(ref float v, int start, int count)
    {
        var (invPi, pi1, pi2, pi3) = (new Vector<float>(InvPi), new Vector<float>(Pi1), new Vector<float>(Pi2), new Vector<float>(Pi3));
        var (low, high, half, one) = (new Vector<float>(-HalfPi), new Vector<float>(HalfPi), new Vector<float>(0.5f), Vector<float>.One);
        for (var c = start; c < start + count; c += Vector<float>.Count)
        {
            var x = Vector.LoadUnsafe(ref v, (nuint)c);
            var k = Vector.Round(x * invPi);
            // Beyond 2^12·π the reduction is inexact; the clamp keeps the result in [−1, 1] there.
            var r = Vector.Min(Vector.Max(x - (k * pi1) - (k * pi2) - (k * pi3), low), high);
            var odd = Vector.Abs(k - (2f * Vector.Round(k * half)));
            var r2 = r * r;
            var p = (r2 * (-1f / 39916800)) + new Vector<float>(1f / 362880);
            p = (p * r2) - new Vector<float>(1f / 5040);
            p = (p * r2) + new Vector<float>(1f / 120);
            p = (p * r2) - new Vector<float>(1f / 6);
            p = (p * r2 * r) + r;
            (p * (one - (2f * odd))).StoreUnsafe(ref v, (nuint)c);
        }
    }

    /// <summary>
    /// values[c] = tanh(values[c]) within about 2e-7 absolute (NaN stays NaN). The
    /// coefficient vectors are made once, outside the loop: the interpreter would build them anew
    /// for every vector of cells.
    /// </summary>
    private static void Tanh(ref float v, int start, int count)
    {
        var (low, high) = (new Vector<float>(-Clamp), new Vector<float>(Clamp));
        var (a1, a3, a5, a7) = (new Vector<float>(A1), new Vector<float>(A3), new Vector<float>(A5), new Vector<float>(A7));
        var (a9, a11, a13) = (new Vector<float>(A9), new Vector<float>(A11), new Vector<float>(A13));
        var (b0, b2, b4, b6) = (new Vector<float>(B0), new Vector<float>(B2), new Vector<float>(B4), new Vector<float>(B6));
        for (var c = start; c < start + count; c += Vector<float>.Count)
        {
            var x = Vector.Min(Vector.Max(Vector.LoadUnsafe(ref v, (nuint)c), low), high);
            var x2 = x * x;
            var p = (a13 * x2) + a11;
            p = (p * x2) + a9;
            p = (p * x2) + a7;
            p = (p * x2) + a5;
            p = (p * x2) + a3;
            p = ((p * x2) + a1) * x;
            var q = (b6 * x2) + b4;
            q = (q * x2) + b2;
            q = (q * x2) + b0;
            (p / q).StoreUnsafe(ref v, (nuint)c);
        }
    }
}
