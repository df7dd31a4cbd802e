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

    /// <summary>values[c] = f(values[c]) for c in [start, start + count); count is a multiple of the vector width.</summary>
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
            default:
                break;
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
