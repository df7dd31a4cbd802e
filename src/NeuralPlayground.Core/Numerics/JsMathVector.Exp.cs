using System.Numerics;
using System.Runtime.CompilerServices;

namespace NeuralPlayground.Core.Numerics;

public static partial class JsMathVector
{
    // |x| ≥ 708 (high word 0x40862000) covers every lane whose scalar result is not y·2^k
    // with k in [−1021, 1023]: NaN, ±∞, overflow, k = 1024 (x ≥ 709.43) and the
    // subnormal-result scaling (k < −1021, x ≤ −708.04).
    private const long ExpVectorLimit = 0x40862000_00000000;

    // |x| bits below this ⇔ high word of |x| < 0x3E300000 (|x| < 2^-28): e^x = 1 + x.
    private const long ExpTinyBound = 0x3E300000_00000000;

    /// <summary>
    /// e^x in every lane, bit for bit as <see cref="JsMath.Exp"/> (JavaScript's
    /// <c>Math.exp</c>): fdlibm's reduction x = k·ln2 + r and rational approximation of
    /// e^r for all lanes at once, scaled by 2^k built from k's bits.
    /// </summary>
    /// <param name="x">The exponents.</param>
    /// <returns>e^x per lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Exp(Vector<double> x)
    {
        var absBits = AbsBits(x);
        if (Vector.GreaterThanOrEqualAny(absBits, new Vector<long>(ExpVectorLimit)))
        {
            return PerLane(x, JsMath.Exp);
        }

        var half = Vector.AsVectorDouble(
            Vector.AsVectorInt64(new Vector<double>(0.5)) | (Vector.AsVectorInt64(x) & new Vector<long>(SignBit)));
        var k = ReductionMultiple(x, half, Vector.GreaterThan(absBits, new Vector<long>(HalfLn2Bound)));
        var hi = x - (k * new Vector<double>(JsMath.Ln2Hi));
        var lo = k * new Vector<double>(JsMath.Ln2Lo);
        var r = hi - lo;

        var tt = r * r;
        var c = r - (tt * (new Vector<double>(JsMath.ExpP1) + (tt * (new Vector<double>(JsMath.ExpP2)
            + (tt * (new Vector<double>(JsMath.ExpP3) + (tt * (new Vector<double>(JsMath.ExpP4)
            + (tt * new Vector<double>(JsMath.ExpP5))))))))));
        var y = Vector<double>.One - ((lo - ((r * c) / (new Vector<double>(2.0) - c))) - hi);
        var result = y * PowerOfTwo(k);

        result = Vector.ConditionalSelect(
            Vector.LessThan(absBits, new Vector<long>(ExpTinyBound)), Vector<double>.One + x, result);

        // V8 special-cases e^1, where the general path is one ulp off.
        return Vector.ConditionalSelect(Vector.Equals(x, Vector<double>.One), new Vector<double>(Math.E), result);
    }
}
