using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NeuralPlayground.Core.Numerics;

/// <summary>
/// SIMD versions of <see cref="JsMath.Tanh"/> and <see cref="JsMath.Exp"/> over
/// <see cref="Vector{T}"/>: every lane is, bit for bit, what the scalar function returns
/// for that lane, so they can replace it anywhere results must match JavaScript.
/// </summary>
/// <remarks>
/// Each lane runs fdlibm's floating-point operations in fdlibm's order (vector <c>+ − × ÷</c>
/// are plain IEEE per lane and are never fused or reassociated by the JIT); where fdlibm
/// branches, every branch is computed and the lane's own result is selected. fdlibm decides
/// branches by the high 32 bits of |x|; comparing the whole of |x|'s bits as a non-negative
/// integer with the threshold padded by 0s (for <c>&lt;</c>, <c>≥</c>) or 1s (for <c>&gt;</c>,
/// <c>≤</c>) in the low word decides exactly the same. A vector with a lane outside the range
/// the vector code handles (NaN for tanh; NaN, ±∞ and |x| ≥ 708 for exp) goes through the
/// scalar code lane by lane; training and heatmap inputs never do.
/// </remarks>
public static partial class JsMathVector
{
    // 1.5·2^52 + 0x3FF: for integer-valued |k| < 2^51, k + this is exact and its low 12 bits
    // are 0x3FF + k, the biased exponent of 2^k, so shifting them to the top makes 2^k. This
    // replaces Vector.ConvertToInt64, which AVX2 and WebAssembly SIMD lack an instruction for.
    private const double ExponentMagic = 6755399441056767.0;

    private const long SignBit = unchecked((long)0x8000_0000_0000_0000);

    // |x| bits above this ⇔ high word of |x| > 0x3FD62E42 (fdlibm's "|x| > 0.5 ln2").
    private const long HalfLn2Bound = 0x3FD62E42_FFFFFFFF;

    /// <summary>Replaces each element of <paramref name="values"/> with its <see cref="JsMath.Exp"/>.</summary>
    /// <param name="values">The exponents, overwritten with the results.</param>
    public static void Exp(Span<double> values)
    {
        int done = 0;
        if (SimdPolicy.UseVectorMath)
        {
            Span<Vector<double>> vectors = MemoryMarshal.Cast<double, Vector<double>>(values);
            for (int i = 0; i < vectors.Length; i++)
            {
                vectors[i] = Exp(vectors[i]);
            }

            done = vectors.Length * Vector<double>.Count;
        }

        for (int i = done; i < values.Length; i++)
        {
            values[i] = JsMath.Exp(values[i]);
        }
    }

    /// <summary>
    /// fdlibm's k = (int)(x/ln2 ± 1/2) for x = k·ln2 + r, as an integer-valued double, or +0
    /// in lanes where <paramref name="reduce"/> is clear (fdlibm's k = 0 for |x| ≤ ln2/2 by
    /// high word).
    /// </summary>
    /// <param name="x">The argument.</param>
    /// <param name="half">±0.5 with the sign of x (fdlibm's <c>CopySign(0.5, x)</c>).</param>
    /// <param name="reduce">All ones where fdlibm reduces x.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> ReductionMultiple(Vector<double> x, Vector<double> half, Vector<long> reduce)
    {
        // Truncate is the (int) cast's rounding; it gives −0 for small negatives, but lanes
        // that reduce have |k| ≥ 1, and the mask leaves +0, which is what (double)0 is.
        var k = Vector.Truncate((new Vector<double>(JsMath.InvLn2) * x) + half);
        return Vector.ConditionalSelect(reduce, k, Vector<double>.Zero);
    }

    /// <summary>2^k, for integer-valued k in [−1022, 1023].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> PowerOfTwo(Vector<double> k) =>
        Vector.AsVectorDouble(Vector.ShiftLeft(Vector.AsVectorInt64(k + new Vector<double>(ExponentMagic)), 52));

    /// <summary>2^−k, for integer-valued k in [−1023, 1022].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> PowerOfTwoNegated(Vector<double> k) =>
        Vector.AsVectorDouble(Vector.ShiftLeft(Vector.AsVectorInt64(new Vector<double>(ExponentMagic) - k), 52));

    /// <summary>The bits of |x| as non-negative integers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<long> AbsBits(Vector<double> x) =>
        Vector.AsVectorInt64(x) & new Vector<long>(~SignBit);

    /// <summary>Lane-by-lane <paramref name="scalar"/>, for vectors with a lane outside the vector code's range.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Vector<double> PerLane(Vector<double> x, Func<double, double> scalar)
    {
        Span<double> lanes = stackalloc double[Vector<double>.Count];
        x.CopyTo(lanes);
        for (int i = 0; i < lanes.Length; i++)
        {
            lanes[i] = scalar(lanes[i]);
        }

        return new Vector<double>(lanes);
    }
}
