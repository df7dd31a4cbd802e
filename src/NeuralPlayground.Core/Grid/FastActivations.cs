using System.Runtime.CompilerServices;
using System.Numerics;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Core.Grid;

/// <summary>Single-precision activations for drawing, a vector of lanes at a time.</summary>
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<float> Apply(ActivationKind kind, Vector<float> x) => kind switch
    {
        ActivationKind.Tanh => Tanh(x),
        ActivationKind.Relu => Vector.Max(x, Vector<float>.Zero),
        ActivationKind.Sigmoid => new Vector<float>(0.5f) + (new Vector<float>(0.5f) * Tanh(x * 0.5f)),
        _ => x,
    };

    /// <summary>tanh(x) within about 2e-7 absolute (NaN stays NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<float> Tanh(Vector<float> x)
    {
        x = Vector.Min(Vector.Max(x, new Vector<float>(-Clamp)), new Vector<float>(Clamp));
        var x2 = x * x;
        var p = (new Vector<float>(A13) * x2) + new Vector<float>(A11);
        p = (p * x2) + new Vector<float>(A9);
        p = (p * x2) + new Vector<float>(A7);
        p = (p * x2) + new Vector<float>(A5);
        p = (p * x2) + new Vector<float>(A3);
        p = ((p * x2) + new Vector<float>(A1)) * x;
        var q = (new Vector<float>(B6) * x2) + new Vector<float>(B4);
        q = (q * x2) + new Vector<float>(B2);
        q = (q * x2) + new Vector<float>(B0);
        return p / q;
    }
}
