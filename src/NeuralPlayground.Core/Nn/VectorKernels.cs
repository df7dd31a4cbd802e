using System.Numerics;
using System.Runtime.CompilerServices;
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

    /// <summary>
    /// As <see cref="AddScaled(Span{double}, ReadOnlySpan{double}, double)"/> over
    /// <paramref name="count"/> elements from the given offsets, with vectors when
    /// <paramref name="vectors"/> (<see cref="SimdPolicy.UseVectors"/>, read once by the caller).
    /// Inlined, without calls or spans, for short runs in hot loops: the browser's interpreter
    /// leaves its compiled trace at every call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddScaled(double[] sums, int sumsAt, double[] values, int valuesAt, int count, double factor, bool vectors)
    {
        var k = 0;
        if (vectors && count >= Vector<double>.Count)
        {
            // Indexing the first and the last element of both runs checks their bounds.
            ref var s = ref sums[sumsAt];
            ref var v = ref values[valuesAt];
            _ = sums[sumsAt + count - 1] + values[valuesAt + count - 1];
            var f = new Vector<double>(factor);
            for (; k <= count - Vector<double>.Count; k += Vector<double>.Count)
            {
                (Vector.LoadUnsafe(ref s, (nuint)k) + (f * Vector.LoadUnsafe(ref v, (nuint)k))).StoreUnsafe(ref s, (nuint)k);
            }
        }

        for (; k < count; k++)
        {
            sums[sumsAt + k] += factor * values[valuesAt + k];
        }
    }
}
