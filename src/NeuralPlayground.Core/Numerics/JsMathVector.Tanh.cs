using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NeuralPlayground.Core.Numerics;

public static partial class JsMathVector
{
    // Bounds on |x|'s bits equivalent to fdlibm's high-word tests in s_tanh.c.
    private const long TanhTinyBound = 0x3E300000_00000000; // < ⇔ |x| < 2^-28: tanh x = x
    private const long TanhOneBound = 0x3FF00000_00000000; // ≥ ⇔ |x| ≥ 1
    private const long TanhSaturationBound = 0x40360000_00000000; // ≥ ⇔ |x| ≥ 22: tanh x = ±1
    private const long NaNBound = 0x7FF00000_00000000; // > ⇔ NaN

    // expm1's "high word of |2x| > 0x3FD62E42" as a bound on |x|: doubling a normal x adds 1
    // to the exponent field and leaves the low word alone.
    private const long TanhReduceBound = HalfLn2Bound - (1L << 52);

    // Vectors per block in Tanh(Span); their intermediate values live on the stack.
    private const int TanhBlock = 16;

    /// <summary>
    /// tanh x in every lane, bit for bit as <see cref="JsMath.Tanh"/> (JavaScript's
    /// <c>Math.tanh</c>): fdlibm's −t/(t + 2) with t = expm1(−2|x|) below 1 and
    /// 1 − 2/(t + 2) with t = expm1(2|x|) from 1 to 22, computed for all lanes at once.
    /// </summary>
    /// <param name="x">The arguments.</param>
    /// <returns>tanh x per lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Tanh(Vector<double> x)
    {
        var absBits = AbsBits(x);
        return Vector.GreaterThanAny(absBits, new Vector<long>(NaNBound))
            ? PerLane(x, JsMath.Tanh)
            : TanhFinish(x, absBits, TanhStart(absBits));
    }

    /// <summary>Replaces each element of <paramref name="values"/> with its <see cref="JsMath.Tanh"/>.</summary>
    /// <param name="values">The arguments, overwritten with the results.</param>
    public static void Tanh(Span<double> values)
    {
        int done = 0;
        if (SimdPolicy.UseVectorMath)
        {
            Span<Vector<double>> vectors = MemoryMarshal.Cast<double, Vector<double>>(values);
            Span<Expm1Reduced> halfway = stackalloc Expm1Reduced[TanhBlock];
            for (int start = 0; start < vectors.Length; start += TanhBlock)
            {
                Span<Vector<double>> block = vectors.Slice(start, Math.Min(TanhBlock, vectors.Length - start));

                // One vector's tanh is a single dependency chain of ~180 cycles, too long for the
                // out-of-order window to overlap many; running each half over the whole block
                // gives it twice as many independent chains of half the length (≈1.4× faster).
                for (int i = 0; i < block.Length; i++)
                {
                    halfway[i] = TanhStart(AbsBits(block[i]));
                }

                for (int i = 0; i < block.Length; i++)
                {
                    var x = block[i];
                    var absBits = AbsBits(x);
                    block[i] = Vector.GreaterThanAny(absBits, new Vector<long>(NaNBound))
                        ? PerLane(x, JsMath.Tanh)
                        : TanhFinish(x, absBits, halfway[i]);
                }
            }

            done = vectors.Length * Vector<double>.Count;
        }

        for (int i = done; i < values.Length; i++)
        {
            values[i] = JsMath.Tanh(values[i]);
        }
    }

    /// <summary>Tanh up to the middle of its expm1, which depends on |x| alone.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Expm1Reduced TanhStart(Vector<long> absBits)
    {
        var large = Vector.GreaterThan(absBits, new Vector<long>(TanhOneBound - 1));

        // 2.0 * |x| or −2.0 * |x|: both exact, so the latter is the former with the sign set.
        var twiceAbs = new Vector<double>(2.0) * Vector.AsVectorDouble(absBits);
        return Expm1Reduce(
            Vector.ConditionalSelect(large, twiceAbs, -twiceAbs),
            large,
            Vector.GreaterThan(absBits, new Vector<long>(TanhReduceBound)));
    }

    /// <summary>The rest of tanh, from <see cref="TanhStart"/>'s values, for non-NaN lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> TanhFinish(Vector<double> x, Vector<long> absBits, in Expm1Reduced halfway)
    {
        // ±∞ takes the |x| ≥ 22 lanes' ±1, as fdlibm's (1/x) ± 1 does.
        var large = Vector.GreaterThan(absBits, new Vector<long>(TanhOneBound - 1));
        var t = Expm1Finish(halfway, large, Vector.GreaterThan(absBits, new Vector<long>(TanhReduceBound)));

        // One division serves both branches: 2/(t + 2) below is what 1 − 2/(t + 2) needs.
        var q = Vector.ConditionalSelect(large, new Vector<double>(2.0), -t) / (t + new Vector<double>(2.0));
        var z = Vector.ConditionalSelect(large, Vector<double>.One - q, q);
        z = Vector.ConditionalSelect(
            Vector.GreaterThan(absBits, new Vector<long>(TanhSaturationBound - 1)), Vector<double>.One, z);

        // z > 0 here, so fdlibm's "jx >= 0 ? z : -z" is z with x's sign bit.
        var signed = Vector.AsVectorDouble(Vector.AsVectorInt64(z) | (Vector.AsVectorInt64(x) & new Vector<long>(SignBit)));
        return Vector.ConditionalSelect(Vector.LessThan(absBits, new Vector<long>(TanhTinyBound)), x, signed);
    }
}
