using System.Numerics;
using System.Runtime.CompilerServices;

namespace NeuralPlayground.Core.Numerics;

public static partial class JsMathVector
{
    /// <summary>
    /// First half of <see cref="JsMath.Expm1"/> for the arguments tanh passes where tanh uses
    /// them, −2 &lt; x ≤ −2^-27 (k ∈ {0, −1, −2, −3}) and 2 ≤ x &lt; 44 (k ∈ [3, 63]):
    /// the reduction x = k·ln2 + r + c and the rational approximation, up to fdlibm's e.
    /// </summary>
    /// <param name="x">The argument, ±2|x| of tanh's x.</param>
    /// <param name="large">All ones where x ≥ 2, so k ≥ 3; else k ≤ 0.</param>
    /// <param name="reduce">All ones where fdlibm reduces x (high word of |x| above ln2/2's).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Expm1Reduced Expm1Reduce(Vector<double> x, Vector<long> large, Vector<long> reduce)
    {
        var k = ReductionMultiple(
            x, Vector.ConditionalSelect(large, new Vector<double>(0.5), new Vector<double>(-0.5)), reduce);

        // Where k = +0 this is fdlibm's unreduced x with c = +0, exactly.
        var hi = x - (k * new Vector<double>(JsMath.Ln2Hi));
        var lo = k * new Vector<double>(JsMath.Ln2Lo);
        var r = hi - lo;
        var c = (hi - r) - lo;

        var hfx = new Vector<double>(0.5) * r;
        var hxs = r * hfx;
        var r1 = Vector<double>.One + (hxs * (new Vector<double>(JsMath.Q1) + (hxs * (new Vector<double>(JsMath.Q2)
            + (hxs * (new Vector<double>(JsMath.Q3) + (hxs * (new Vector<double>(JsMath.Q4)
            + (hxs * new Vector<double>(JsMath.Q5))))))))));
        var tt = new Vector<double>(3.0) - (r1 * hfx);
        var e = hxs * ((r1 - tt) / (new Vector<double>(6.0) - (r * tt)));
        return new Expm1Reduced(k, r, c, hxs, e);
    }

    /// <summary>
    /// Second half of tanh's expm1 (see <see cref="Expm1Reduce"/>): fdlibm's per-k
    /// reconstruction of e^x − 1 from 2^k and e^r − 1.
    /// </summary>
    /// <param name="p">The first half's values.</param>
    /// <param name="large">As for <see cref="Expm1Reduce"/>.</param>
    /// <param name="reduce">As for <see cref="Expm1Reduce"/>.</param>
    /// <remarks>
    /// Bit-exact except for k &gt; 56 (x &gt; 56.5·ln2), where this takes fdlibm's 20 ≤ k ≤ 56
    /// formula: both are within an ulp of e^x − 1 &gt; 2^56, so tanh's 2/(t + 2) &lt; 2^-54
    /// either way and 1 − 2/(t + 2) rounds to exactly 1.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Expm1Finish(in Expm1Reduced p, Vector<long> large, Vector<long> reduce)
    {
        var (k, r, c, hxs) = (p.K, p.R, p.C, p.Hxs);
        var unscaled = r - ((r * p.E) - hxs);

        var e = (r * (p.E - c)) - c;
        e -= hxs;
        var twoPowK = PowerOfTwo(k);
        var twoPowMinusK = PowerOfTwoNegated(k);
        var kIsMinusOne = Vector.Equals(k, new Vector<double>(-1.0));

        // fdlibm's k = −1, k ∈ {−2, −3} and 3 ≤ k < 20 branches all have the shape
        // ((s − (e − r))·2^k) − m:
        //   k = −1:       0.5·(r − e) − 0.5 (s = 0: 0 − (e − r) is r − e but for the sign of a
        //                 zero, which − 0.5 erases; 2^k = 0.5, m = 0.5)
        //   k ∈ {−2, −3}: (1 − (e − r))·2^k − 1 (s = 1, m = 1)
        //   3 ≤ k < 20:   ((1 − 2^−k) − (e − r))·2^k − 0, and y − 0 is y for every y.
        var s = Vector.ConditionalSelect(
            large,
            Vector<double>.One - twoPowMinusK,
            Vector.AndNot(Vector<double>.One, Vector.AsVectorDouble(kIsMinusOne)));
        var m = Vector.AndNot(
            Vector.ConditionalSelect(kIsMinusOne, new Vector<double>(0.5), Vector<double>.One),
            Vector.AsVectorDouble(large));
        var shaped = ((s - (e - r)) * twoPowK) - m;

        // k ≥ 20: (r − (e + 2^−k) + 1)·2^k.
        var middle = ((r - (e + twoPowMinusK)) + Vector<double>.One) * twoPowK;

        var result = Vector.ConditionalSelect(Vector.GreaterThan(k, new Vector<double>(19.5)), middle, shaped);
        return Vector.ConditionalSelect(reduce, result, unscaled);
    }

    /// <summary>fdlibm expm1's values after the rational approximation, one vector each.</summary>
    /// <param name="K">The reduction multiple k, integer-valued.</param>
    /// <param name="R">The reduced argument r.</param>
    /// <param name="C">The correction c for r's rounding.</param>
    /// <param name="Hxs">r²/2.</param>
    /// <param name="E">fdlibm's e before the k-dependent correction.</param>
    private readonly record struct Expm1Reduced(
        Vector<double> K, Vector<double> R, Vector<double> C, Vector<double> Hxs, Vector<double> E);
}
