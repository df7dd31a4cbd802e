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
/// <c>≤</c>) in the low word decides exactly the same. Inputs outside the ranges the vector
/// code handles (NaN everywhere, |x| ≥ 708 for exp) send the whole vector through the scalar
/// code; training and heatmap inputs never do.
/// </remarks>
public static partial class JsMathVector
{
    private const double Ln2Hi = 6.93147180369123816490e-01; // 0x3FE62E42_FEE00000
    private const double Ln2Lo = 1.90821492927058770002e-10; // 0x3DEA39EF_35793C76
    private const double InvLn2 = 1.44269504088896338700e+00; // 0x3FF71547_652B82FE

    // 1.5·2^52: adding it to an integer-valued double |k| < 2^51 leaves k in the low bits.
    private const double RoundingMagic = 6755399441055744.0;

    private const long SignBit = unchecked((long)0x8000_0000_0000_0000);

    // |x| bits above this ⇔ high word of |x| > 0x3FD62E42 (fdlibm's "|x| > 0.5 ln2").
    private const long HalfLn2Bound = 0x3FD62E42_FFFFFFFF;

    /// <summary>Replaces each element of <paramref name="values"/> with its <see cref="JsMath.Tanh"/>.</summary>
    /// <param name="values">The arguments, overwritten with the results.</param>
    public static void Tanh(Span<double> values)
    {
        int done = 0;
        if (Vector.IsHardwareAccelerated)
        {
            Span<Vector<double>> vectors = MemoryMarshal.Cast<double, Vector<double>>(values);
            for (int i = 0; i < vectors.Length; i++)
            {
                vectors[i] = Tanh(vectors[i]);
            }

            done = vectors.Length * Vector<double>.Count;
        }

        for (int i = done; i < values.Length; i++)
        {
            values[i] = JsMath.Tanh(values[i]);
        }
    }

    /// <summary>Replaces each element of <paramref name="values"/> with its <see cref="JsMath.Exp"/>.</summary>
    /// <param name="values">The exponents, overwritten with the results.</param>
    public static void Exp(Span<double> values)
    {
        int done = 0;
        if (Vector.IsHardwareAccelerated)
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
    /// k = trunc(x/ln2 ± 1/2) as fdlibm reduces x = k·ln2 + r, or +0 in lanes where
    /// <paramref name="reduce"/> is clear (fdlibm's k = 0 for |x| ≤ ln2/2 by high word).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> ReductionMultiple(Vector<double> x, Vector<long> reduce)
    {
        // (InvLn2 * x) + CopySign(0.5, x), then the (int) cast's truncation; lanes that
        // reduce have |k| ≥ 1, so Truncate's −0 for small negatives never survives the mask.
        var half = Vector.AsVectorDouble(
            Vector.AsVectorInt64(new Vector<double>(0.5)) | (Vector.AsVectorInt64(x) & new Vector<long>(SignBit)));
        var k = Vector.Truncate((new Vector<double>(InvLn2) * x) + half);
        return Vector.ConditionalSelect(reduce, k, Vector<double>.Zero);
    }

    /// <summary>2^k from an integer-valued k in [−1022, 1023] (anything for other lanes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> PowerOfTwo(Vector<long> magicK) =>
        Vector.AsVectorDouble(Vector.ShiftLeft(magicK + new Vector<long>(0x3FF), 52));

    /// <summary>2^−k from an integer-valued k in [−1023, 1022] (anything for other lanes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> PowerOfTwoNegated(Vector<long> magicK) =>
        Vector.AsVectorDouble(Vector.ShiftLeft(new Vector<long>(0x3FF) - magicK, 52));

    /// <summary>
    /// The bits of k + 1.5·2^52 for integer-valued |k| &lt; 2^51: k + 0x4338_0000_0000_0000.
    /// The constant's low 12 bits are 0, so shifting left by 52 leaves exactly k's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<long> MagicInteger(Vector<double> k) =>
        Vector.AsVectorInt64(k + new Vector<double>(RoundingMagic));

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
