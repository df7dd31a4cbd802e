using System.Runtime.CompilerServices;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Nn;

/// <summary>
/// The activation functions of the original (spec §8.3) and six more for hidden layers, with
/// JavaScript-exact maths: every transcendental goes through <see cref="JsMath"/>.
/// </summary>
public static class Activations
{
    /// <summary>Leaky ReLU's slope for x ≤ 0.</summary>
    internal const double LeakySlope = 0.01;

    /// <summary>√(2/π), the scale inside GELU's tanh (JavaScript's <c>Math.sqrt(2 / Math.PI)</c>).</summary>
    internal const double GeluScale = 0.7978845608028654;

    /// <summary>The cubic coefficient inside GELU's tanh.</summary>
    internal const double GeluCubic = 0.044715;

    /// <summary>
    /// f(x): tanh(x), max(0, x), σ(x) = 1/(1 + e^(−x)), x; x &gt; 0 ? x : e^x − 1 (elu),
    /// x &gt; 0 ? x : 0.01·x (leakyrelu), x·σ(x) (swish), ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))
    /// (gelu), ln(1 + e^x) (softplus) or sin(x) (sine).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Output(ActivationKind kind, double x) => kind switch
    {
        ActivationKind.Tanh => JsMath.Tanh(x),
        ActivationKind.Relu => Math.Max(0, x),
        ActivationKind.Sigmoid => Sigmoid(x),
        ActivationKind.Elu => x > 0 ? x : JsMath.Expm1(x),
        ActivationKind.LeakyRelu => x > 0 ? x : LeakySlope * x,
        ActivationKind.Swish => x * Sigmoid(x),
        ActivationKind.Gelu => 0.5 * x * (1 + JsMath.Tanh(GeluInner(x))),
        ActivationKind.Softplus => Softplus(x),
        ActivationKind.Sine => JsMath.Sin(x),
        _ => x,
    };

    /// <summary>
    /// f′ at total input <paramref name="x"/>, given <paramref name="output"/> = f(x) (the original
    /// recomputes f(x); the value is the same): 1 − t², 0 if x ≤ 0 else 1, s(1 − s), 1;
    /// elu 1 or f + 1 (= e^x); leakyrelu 1 or 0.01; swish σ + x·σ(1 − σ) = f + σ(1 − f);
    /// gelu ½(1 + t) + ½x(1 + t)(1 − t)·√(2/π)(1 + 3·0.044715·x²) with t the inner tanh;
    /// softplus σ(x); sine cos(x).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Derivative(ActivationKind kind, double x, double output) => kind switch
    {
        ActivationKind.Tanh => 1 - (output * output),
        ActivationKind.Relu => x <= 0 ? 0 : 1,
        ActivationKind.Sigmoid => output * (1 - output),
        ActivationKind.Elu => x > 0 ? 1 : output + 1,
        ActivationKind.LeakyRelu => x > 0 ? 1 : LeakySlope,
        ActivationKind.Swish => output + (Sigmoid(x) * (1 - output)),
        ActivationKind.Gelu => GeluDerivative(x),
        ActivationKind.Softplus => Sigmoid(x),
        ActivationKind.Sine => JsMath.Cos(x),
        _ => 1,
    };

    /// <summary>The URL name of <paramref name="kind"/>.</summary>
    public static string Name(ActivationKind kind) => kind switch
    {
        ActivationKind.Relu => "relu",
        ActivationKind.Tanh => "tanh",
        ActivationKind.Sigmoid => "sigmoid",
        ActivationKind.Elu => "elu",
        ActivationKind.LeakyRelu => "leakyrelu",
        ActivationKind.Swish => "swish",
        ActivationKind.Gelu => "gelu",
        ActivationKind.Softplus => "softplus",
        ActivationKind.Sine => "sine",
        _ => "linear",
    };

    // The same three operations as the sigmoid activation, so swish is exactly x times it.
    private static double Sigmoid(double x) => 1 / (1 + JsMath.Exp(-x));

    private static double GeluInner(double x) => GeluScale * (x + (GeluCubic * x * x * x));

    // (1 + t)(1 − t) rather than 1 − t², which cancels to 0 long before either factor does.
    private static double GeluDerivative(double x)
    {
        var t = JsMath.Tanh(GeluInner(x));
        var innerDer = GeluScale * (1 + (3 * GeluCubic * x * x));
        return (0.5 * (1 + t)) + (0.5 * x * (1 + t) * (1 - t) * innerDer);
    }

    // max(x, 0) + ln(1 + u) with u = e^(−|x|) ≤ 1, never overflowing; ln(1 + u) is Goldberg's
    // log1p, ln(w)·u/(w − 1) with w = 1 + u, accurate even when w rounds u away.
    private static double Softplus(double x)
    {
        var u = JsMath.Exp(-Math.Abs(x));
        var w = 1 + u;
        var log1p = w == 1 ? u : JsMath.Log(w) * u / (w - 1);
        return Math.Max(x, 0) + log1p;
    }
}
