using System.Globalization;
using System.Numerics;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Tests.Numerics;

/// <summary>
/// Checks <see cref="JsMathVector"/> lane by lane against the scalar <see cref="JsMath"/>
/// (itself checked against Node.js in <see cref="JsMathTests"/>), on random inputs from the
/// playground's ranges, every fdlibm branch boundary, special values and raw bit patterns.
/// </summary>
public sealed class JsMathVectorTests
{
    private const int RandomInputsPerRange = 45_000;
    private const int MismatchesShown = 10;

    private static readonly double Ln2 = Math.Log(2.0);

    private static readonly double[] SpecialValues =
    [
        0.0, -0.0, double.Epsilon, -double.Epsilon, 2.2250738585072009e-308, -2.2250738585072014e-308,
        double.MaxValue, double.MinValue, double.PositiveInfinity, double.NegativeInfinity, double.NaN,
        BitConverter.UInt64BitsToDouble(0x7FF4_0000_0000_0000), // signaling NaN
        BitConverter.UInt64BitsToDouble(0xFFF8_0000_0000_1234), // negative NaN with a payload
        1.0, -1.0, 22.0, -22.0, 700.0, -700.0, 708.0, -708.0, 709.78, -745.2,
    ];

    [Fact]
    public void Tanh_MatchesScalarBitForBit_ForRandomAndBoundaryInputs() =>
        AssertMatchesScalar("tanh", TanhInputs(new Random(1234)), JsMathVector.Tanh, JsMathVector.Tanh, JsMath.Tanh);

    [Fact]
    public void Exp_MatchesScalarBitForBit_ForRandomAndBoundaryInputs() =>
        AssertMatchesScalar("exp", ExpInputs(new Random(1234)), JsMathVector.Exp, JsMathVector.Exp, JsMath.Exp);

    [Fact]
    public void Tanh_MatchesScalarBitForBit_ForSpecialValueInAnyLaneAmongOrdinaryOnes() =>
        AssertMatchesScalar("tanh", SpecialsAmong(0.75), JsMathVector.Tanh, JsMathVector.Tanh, JsMath.Tanh);

    [Fact]
    public void Exp_MatchesScalarBitForBit_ForSpecialValueInAnyLaneAmongOrdinaryOnes() =>
        AssertMatchesScalar("exp", SpecialsAmong(-2.5), JsMathVector.Exp, JsMathVector.Exp, JsMath.Exp);

    [Fact]
    public void Exp_ReturnsMathE_ForOneInEveryLane()
    {
        Assert.Equal(new Vector<double>(Math.E), JsMathVector.Exp(Vector<double>.One));
    }

    [Fact]
    public void SpanOverloads_MatchScalar_ForEveryLengthFrom0To300()
    {
        // 0..9 cover the scalar remainder after 0, 1 and 2 vectors of 2, 4 or 8 lanes; the
        // longer ones span several of Tanh's blocks of vectors, whole and partial.
        var random = new Random(1234);
        for (int length = 0; length <= 300; length++)
        {
            AssertSpanMatchesScalar(length, random);
        }
    }

    private static void AssertSpanMatchesScalar(int length, Random random)
    {
        var inputs = new double[length];
        for (int i = 0; i < length; i++)
        {
            inputs[i] = random.Next(50) == 0 ? SpecialValues[random.Next(SpecialValues.Length)] : (random.NextDouble() * 10) - 5;
        }

        foreach (var (name, span, scalar) in new (string, SpanFunction, Func<double, double>)[]
                 {
                     ("tanh", JsMathVector.Tanh, JsMath.Tanh), ("exp", JsMathVector.Exp, JsMath.Exp),
                 })
        {
            double[] actual = (double[])inputs.Clone();
            span(actual);
            for (int i = 0; i < length; i++)
            {
                Assert.True(
                    BitConverter.DoubleToUInt64Bits(actual[i]) == BitConverter.DoubleToUInt64Bits(scalar(inputs[i])),
                    $"{name} span of length {length}, element {i}: {Describe(inputs[i])} gave {Describe(actual[i])}, scalar {Describe(scalar(inputs[i]))}");
            }
        }
    }

    /// <summary>
    /// Checks the vector overload on consecutive lanes of <paramref name="inputs"/> (runs of
    /// one kind fill whole vectors, so the branch-free path is exercised, not only the scalar
    /// fallback), then the span overload on all of them at once.
    /// </summary>
    private static void AssertMatchesScalar(
        string name,
        List<double> inputs,
        Func<Vector<double>, Vector<double>> vector,
        SpanFunction span,
        Func<double, double> scalar)
    {
        int lanes = Vector<double>.Count;
        while (inputs.Count % lanes != 0)
        {
            inputs.Add(0.5);
        }

        double[] values = [.. inputs];
        double[] spanResults = (double[])values.Clone();
        span(spanResults);
        var mismatches = new List<string>();
        for (int start = 0; start < values.Length; start += lanes)
        {
            var results = vector(new Vector<double>(values, start));
            for (int lane = 0; lane < lanes; lane++)
            {
                double x = values[start + lane];
                ulong expected = BitConverter.DoubleToUInt64Bits(scalar(x));
                if (BitConverter.DoubleToUInt64Bits(results[lane]) != expected
                    || BitConverter.DoubleToUInt64Bits(spanResults[start + lane]) != expected)
                {
                    mismatches.Add(
                        $"{name}({Describe(x)}): scalar {Describe(scalar(x))}, vector {Describe(results[lane])}, span {Describe(spanResults[start + lane])}");
                }
            }
        }

        Assert.True(
            mismatches.Count == 0,
            $"{mismatches.Count} of {values.Length} {name} inputs differ; first ones:\n{string.Join('\n', mismatches.Take(MismatchesShown))}");
    }

    private static List<double> TanhInputs(Random random)
    {
        var inputs = new List<double>();
        AddUniform(inputs, random, -30.0, 30.0);
        AddUniform(inputs, random, -3.0, 3.0);
        AddLogUniform(inputs, random, Math.Pow(2.0, -40), 64.0);

        // |x| < 2^-28, < 1, < 22 by high word; expm1(±2|x|) reduces above ln2/2 by high word and
        // has k = round(2|x|/ln2) switching at odd multiples of ln2/4, including its k = 20 and 56
        // formula changes and its own |2x| ≥ 56·ln2 test.
        double[] edges = [Math.Pow(2.0, -28), 1.0, 22.0, Ln2 / 4, 56 * Ln2 / 2];
        foreach (double edge in edges)
        {
            AddAround(inputs, edge);
            AddSharingHighWord(inputs, random, edge);
        }

        for (int j = -4; j <= 64; j++)
        {
            AddAround(inputs, (j + 0.5) * Ln2 / 2);
        }

        AddRandomBits(inputs, random);
        AddSpecialsAndShuffledCopy(inputs, random);
        return inputs;
    }

    private static List<double> ExpInputs(Random random)
    {
        var inputs = new List<double>();
        AddUniform(inputs, random, -50.0, 50.0);
        AddUniform(inputs, random, -700.0, 700.0);
        AddLogUniform(inputs, random, Math.Pow(2.0, -40), 760.0);

        // |x| < 2^-28 by high word, reduction above ln2/2 by high word (fdlibm's k = ±1 branch
        // ends at 1.5·ln2), V8's e^1 case, the vector code's 708 limit, k = 1024 from 709.43,
        // overflow above 709.78 and underflow below −745.13; k = round(x/ln2) switches at odd
        // multiples of ln2/2, including the subnormal-result scaling for k < −1021.
        double[] edges = [Math.Pow(2.0, -28), Ln2 / 2, 1.5 * Ln2, 1.0, 708.0, 709.43, 709.782712893384, 745.13];
        foreach (double edge in edges)
        {
            AddAround(inputs, edge);
            AddSharingHighWord(inputs, random, edge);
        }

        for (int j = -1076; j <= 1025; j++)
        {
            AddAround(inputs, (j + 0.5) * Ln2);
        }

        AddRandomBits(inputs, random);
        AddSpecialsAndShuffledCopy(inputs, random);
        return inputs;
    }

    /// <summary>Each special value in each lane, the other lanes holding <paramref name="ordinary"/>.</summary>
    private static List<double> SpecialsAmong(double ordinary)
    {
        var inputs = new List<double>();
        foreach (double special in SpecialValues)
        {
            for (int lane = 0; lane < Vector<double>.Count; lane++)
            {
                for (int i = 0; i < Vector<double>.Count; i++)
                {
                    inputs.Add(i == lane ? special : ordinary);
                }
            }
        }

        return inputs;
    }

    private static void AddUniform(List<double> inputs, Random random, double low, double high) =>
        AddRandom(inputs, () => low + (random.NextDouble() * (high - low)));

    /// <summary>Random magnitudes spread evenly over the exponents from low to high, either sign.</summary>
    private static void AddLogUniform(List<double> inputs, Random random, double low, double high) =>
        AddRandom(inputs, () => Math.Exp(Math.Log(low) + (random.NextDouble() * Math.Log(high / low))) * (random.Next(2) == 0 ? 1 : -1));

    private static void AddRandomBits(List<double> inputs, Random random) =>
        AddRandom(inputs, () => BitConverter.Int64BitsToDouble(random.NextInt64() ^ (random.NextInt64() << 1)));

    private static void AddRandom(List<double> inputs, Func<double> next)
    {
        for (int i = 0; i < RandomInputsPerRange; i++)
        {
            inputs.Add(next());
        }
    }

    /// <summary>±<paramref name="value"/> and its neighbours up to 8 ulps away.</summary>
    private static void AddAround(List<double> inputs, double value)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        for (long ulps = -8; ulps <= 8; ulps++)
        {
            double neighbour = BitConverter.Int64BitsToDouble(bits + ulps);
            inputs.Add(neighbour);
            inputs.Add(-neighbour);
        }
    }

    /// <summary>
    /// Values whose high 32 bits equal <paramref name="value"/>'s, where fdlibm's high-word
    /// tests and a comparison of doubles can disagree.
    /// </summary>
    private static void AddSharingHighWord(List<double> inputs, Random random, double value)
    {
        long high = BitConverter.DoubleToInt64Bits(value) & unchecked((long)0xFFFF_FFFF_0000_0000);
        inputs.Add(BitConverter.Int64BitsToDouble(high));
        inputs.Add(BitConverter.Int64BitsToDouble(high | 0xFFFF_FFFF));
        for (int i = 0; i < 400; i++)
        {
            double x = BitConverter.Int64BitsToDouble(high | (uint)random.NextInt64(1L << 32));
            inputs.Add(random.Next(2) == 0 ? x : -x);
        }
    }

    /// <summary>The special values, then a shuffled copy of a tenth of everything so lanes mix kinds.</summary>
    private static void AddSpecialsAndShuffledCopy(List<double> inputs, Random random)
    {
        inputs.AddRange(SpecialValues);
        double[] mixed = [.. inputs.Where((_, i) => i % 10 == 0)];
        random.Shuffle(mixed);
        inputs.AddRange(mixed);
    }

    private static string Describe(double x) => string.Create(
        CultureInfo.InvariantCulture,
        $"0x{BitConverter.DoubleToUInt64Bits(x):x16} ({x:R})");

    private delegate void SpanFunction(Span<double> values);
}
