using System.Numerics;

namespace NeuralPlayground.Core.Numerics;

/// <summary>
/// Whether the exact kernels take their <see cref="Vector{T}"/> paths. Both paths give identical
/// bits; the vector one is several times faster natively, while in the browser's interpreter the
/// many small vector operations of the exact tanh cost more than the scalar loop.
/// </summary>
public static class SimdPolicy
{
    /// <summary>True to use <see cref="Vector{T}"/> in the exact kernels (default: natively, when accelerated).</summary>
    public static bool UseVectors { get; set; } = Vector.IsHardwareAccelerated && !OperatingSystem.IsBrowser();
}
