using System.Runtime.CompilerServices;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Nn;

/// <summary>The activation functions of the original (spec §8.3), with JavaScript-exact maths.</summary>
public static class Activations
{
    /// <summary>f(x): tanh(x), max(0, x), 1/(1 + e^(−x)) or x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Output(ActivationKind kind, double x) => kind switch
    {
        ActivationKind.Tanh => JsMath.Tanh(x),
        ActivationKind.Relu => Math.Max(0, x),
        ActivationKind.Sigmoid => 1 / (1 + JsMath.Exp(-x)),
        _ => x,
    };

    /// <summary>
    /// f′ at total input <paramref name="x"/>, given <paramref name="output"/> = f(x) (the original
    /// recomputes f(x); the value is the same): 1 − t², 0 if x ≤ 0 else 1, s(1 − s), or 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Derivative(ActivationKind kind, double x, double output) => kind switch
    {
        ActivationKind.Tanh => 1 - (output * output),
        ActivationKind.Relu => x <= 0 ? 0 : 1,
        ActivationKind.Sigmoid => output * (1 - output),
        _ => 1,
    };

    /// <summary>The URL name of <paramref name="kind"/>.</summary>
    public static string Name(ActivationKind kind) => kind switch
    {
        ActivationKind.Relu => "relu",
        ActivationKind.Tanh => "tanh",
        ActivationKind.Sigmoid => "sigmoid",
        _ => "linear",
    };
}
