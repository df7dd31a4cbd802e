using System.Numerics;

namespace NeuralPlayground.Core.Numerics;

/// <summary>
/// Whether the exact kernels take their <see cref="Vector{T}"/> paths. Both paths give identical
/// bits. Sums of products and updates are faster as vectors everywhere, the browser's interpreter
/// included (2 lanes of WebAssembly SIMD); the exact tanh and exp are too, natively, while in the
/// interpreter their many small vector operations cost more than the scalar code.
/// </summary>
public static class SimdPolicy
{
    /// <summary>True to use <see cref="Vector{T}"/> for sums of products and weight updates (default: when accelerated).</summary>
    public static bool UseVectors { get; set; } = Vector.IsHardwareAccelerated;

    /// <summary>True to use <see cref="JsMathVector"/>'s lanes for whole arrays of tanh and exp (default: natively, when accelerated).</summary>
    public static bool UseVectorMath { get; set; } = Vector.IsHardwareAccelerated && !OperatingSystem.IsBrowser();
}
