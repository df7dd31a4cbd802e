using System.Numerics;
using System.Runtime.CompilerServices;

namespace NeuralPlayground.Core.Numerics;

public static partial class JsMathVector
{
    // fdlibm's Qn scaled by 2^n, for R(2z) where z = x²/2.
    private const double Q1 = -3.33333333333331316428e-02; // 0xBFA11111_111110F4
    private const double Q2 = 1.58730158725481460165e-03; // 0x3F5A01A0_19FE5585
    private const double Q3 = -7.93650757867487942473e-05; // 0xBF14CE19_9EAADBB7
    private const double Q4 = 4.00821782732936239552e-06; // 0x3ED0CFCA_86E65239
    private const double Q5 = -2.01099218183624371326e-07; // 0xBE8AFDB7_6E09C32D

    // Bounds on |x|'s bits equivalent to fdlibm's high-word tests in s_tanh.c.
    private const long TanhTinyBound = 0x3E300000_00000000; // < ⇔ |x| < 2^-28: tanh x = x
    private const long TanhOneBound = 0x3FF00000_00000000; // ≥ ⇔ |x| ≥ 1
    private const long TanhSaturationBound = 0x40360000_00000000; // ≥ ⇔ |x| ≥ 22: tanh x = ±1
    private const long NaNBound = 0x7FF00000_00000000; // > ⇔ NaN

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
        if (Vector.GreaterThanAny(absBits, new Vector<long>(NaNBound)))
        {
            return PerLane(x, JsMath.Tanh);
        }

        var abs = Vector.AsVectorDouble(absBits);
        var large = Vector.GreaterThanOrEqual(absBits, new Vector<long>(TanhOneBound));

        // 2.0 * |x| or −2.0 * |x|: both exact, so the latter is the former with the sign set.
        var twiceAbs = new Vector<double>(2.0) * abs;
        var arg = Vector.ConditionalSelect(large, twiceAbs, -twiceAbs);
        var t = Expm1ForTanh(arg);

        // One division serves both branches: 2/(t + 2) below is what 1 − 2/(t + 2) needs.
        var twoPlusT = t + new Vector<double>(2.0);
        var q = Vector.ConditionalSelect(large, new Vector<double>(2.0), -t) / twoPlusT;
        var z = Vector.ConditionalSelect(large, Vector<double>.One - q, q);
        z = Vector.ConditionalSelect(
            Vector.GreaterThanOrEqual(absBits, new Vector<long>(TanhSaturationBound)), Vector<double>.One, z);

        // z > 0 here, so fdlibm's "jx >= 0 ? z : -z" is z with x's sign bit.
        var signed = Vector.AsVectorDouble(Vector.AsVectorInt64(z) | (Vector.AsVectorInt64(x) & new Vector<long>(SignBit)));
        return Vector.ConditionalSelect(Vector.LessThan(absBits, new Vector<long>(TanhTinyBound)), x, signed);
    }

    /// <summary>
    /// <see cref="JsMath.Expm1"/> for the arguments tanh passes: −2 ≤ x ≤ −2^-27, where
    /// k ∈ {0, −1, −2, −3}, and 2 ≤ x &lt; 44, where k ∈ [3, 63]. fdlibm's k = 1 branch and
    /// the |x| &lt; 2^-54 and ≥ 56·ln2 special cases cannot occur there and are left out.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Expm1ForTanh(Vector<double> x)
    {
        var k = ReductionMultiple(x, Vector.GreaterThan(AbsBits(x), new Vector<long>(HalfLn2Bound)));

        // Where k = 0 this is fdlibm's unreduced x with c = +0, exactly.
        var hi = x - (k * new Vector<double>(Ln2Hi));
        var lo = k * new Vector<double>(Ln2Lo);
        var r = hi - lo;
        var c = (hi - r) - lo;

        var hfx = new Vector<double>(0.5) * r;
        var hxs = r * hfx;
        var r1 = Vector<double>.One + (hxs * (new Vector<double>(Q1) + (hxs * (new Vector<double>(Q2)
            + (hxs * (new Vector<double>(Q3) + (hxs * (new Vector<double>(Q4)
            + (hxs * new Vector<double>(Q5))))))))));
        var tt = new Vector<double>(3.0) - (r1 * hfx);
        var e = hxs * ((r1 - tt) / (new Vector<double>(6.0) - (r * tt)));
        var unscaled = r - ((r * e) - hxs);

        e = (r * (e - c)) - c;
        e -= hxs;
        var eMinusR = e - r;

        var magicK = MagicInteger(k);
        var twoPowK = PowerOfTwo(magicK);
        var twoPowMinusK = PowerOfTwoNegated(magicK);
        var kIsMinusOne = Vector.Equals(k, new Vector<double>(-1.0));
        var kBelow20 = Vector.LessThan(k, new Vector<double>(20.0));
        var kAbove56 = Vector.GreaterThan(k, new Vector<double>(56.0));
        var kFrom2To19 = Vector.AndNot(kBelow20, Vector.LessThan(k, new Vector<double>(2.0)));

        // fdlibm's k = −1, k ≤ −2 or > 56, and 2 ≤ k < 20 branches all have the shape
        // ((s − (e − r))·2^k) − m:
        //   k = −1:        0.5·(r − e) − 0.5   (s = 0: 0 − (e − r) is r − e but for the sign of 0,
        //                                       which the − 0.5 erases; 2^k = 0.5)
        //   k ≤ −2, > 56:  (1 − (e − r))·2^k − 1
        //   2 ≤ k < 20:    ((1 − 2^−k) − (e − r))·2^k − 0, and y − 0 is y for every y.
        var s = Vector.ConditionalSelect(
            kFrom2To19,
            Vector<double>.One - twoPowMinusK,
            Vector.AndNot(Vector<double>.One, Vector.AsVectorDouble(kIsMinusOne)));
        var m = Vector.AndNot(
            Vector.ConditionalSelect(kIsMinusOne, new Vector<double>(0.5), Vector<double>.One),
            Vector.AsVectorDouble(kFrom2To19));
        var shaped = ((s - eMinusR) * twoPowK) - m;

        // 20 ≤ k ≤ 56: (r − (e + 2^−k) + 1)·2^k.
        var middle = ((r - (e + twoPowMinusK)) + Vector<double>.One) * twoPowK;

        var result = Vector.ConditionalSelect(Vector.AndNot(~kBelow20, kAbove56), middle, shaped);
        return Vector.ConditionalSelect(Vector.Equals(k, Vector<double>.Zero), unscaled, result);
    }
}
