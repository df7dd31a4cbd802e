using System.Numerics;
using System.Runtime.InteropServices;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Nn;

/// <summary>Element-wise kernels whose every lane does exactly the scalar operations, in order.</summary>
internal static class VectorKernels
{
    /// <summary>sums[k] += factor·values[k] for every k: one multiply, then one add, per element.</summary>
    public static void AddScaled(Span<double> sums, ReadOnlySpan<double> values, double factor)
    {
        var k = 0;
        if (SimdPolicy.UseVectors)
        {
            ref var s = ref MemoryMarshal.GetReference(sums);
            ref var v = ref MemoryMarshal.GetReference(values);
            var f = new Vector<double>(factor);
            for (; k <= sums.Length - Vector<double>.Count; k += Vector<double>.Count)
            {
                (Vector.LoadUnsafe(ref s, (nuint)k) + (f * Vector.LoadUnsafe(ref v, (nuint)k))).StoreUnsafe(ref s, (nuint)k);
            }
        }

        for (; k < sums.Length; k++)
        {
            sums[k] += factor * values[k];
        }
    }
}
