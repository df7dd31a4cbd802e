using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Core.Grid;

/// <summary>Single-precision activations for drawing, four lanes at a time.</summary>
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
    public static Vector128<float> Apply(ActivationKind kind, Vector128<float> x) => kind switch
    {
        ActivationKind.Tanh => Tanh(x),
        ActivationKind.Relu => Vector128.Max(x, Vector128<float>.Zero),
        ActivationKind.Sigmoid => Vector128.Create(0.5f) + (Vector128.Create(0.5f) * Tanh(x * 0.5f)),
        _ => x,
    };

    /// <summary>tanh(x) within about 2e-7 absolute (NaN stays NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Tanh(Vector128<float> x)
    {
        x = Vector128.Min(Vector128.Max(x, Vector128.Create(-Clamp)), Vector128.Create(Clamp));
        var x2 = x * x;
        var p = (Vector128.Create(A13) * x2) + Vector128.Create(A11);
        p = (p * x2) + Vector128.Create(A9);
        p = (p * x2) + Vector128.Create(A7);
        p = (p * x2) + Vector128.Create(A5);
        p = (p * x2) + Vector128.Create(A3);
        p = ((p * x2) + Vector128.Create(A1)) * x;
        var q = (Vector128.Create(B6) * x2) + Vector128.Create(B4);
        q = (q * x2) + Vector128.Create(B2);
        q = (q * x2) + Vector128.Create(B0);
        return p / q;
    }
}
