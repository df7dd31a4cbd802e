using System.Globalization;
using System.Text;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Numerics;

/// <summary>
/// Checks <see cref="JsMath"/> against doubles produced by Node.js v20.20.2 (V8 11.3);
/// regenerate the table with <c>node make-jsmath-vectors.js</c> in this folder.
/// </summary>
public sealed class JsMathTests
{
    private const int MinimumVectorsPerFunction = 2000;
    private const int MismatchesShown = 10;

    private static readonly Lazy<ILookup<string, (ulong Input, ulong Expected)>> Vectors = new(LoadVectors);

    [Fact]
    public void Exp_MatchesV8BitForBit_ForVectorTable() => AssertMatchesTable("exp", JsMath.Exp);

    [Fact]
    public void Log_MatchesV8BitForBit_ForVectorTable() => AssertMatchesTable("log", JsMath.Log);

    [Fact]
    public void Sin_MatchesV8BitForBit_ForVectorTable() => AssertMatchesTable("sin", JsMath.Sin);

    [Fact]
    public void Cos_MatchesV8BitForBit_ForVectorTable() => AssertMatchesTable("cos", JsMath.Cos);

    [Fact]
    public void Tanh_MatchesV8BitForBit_ForVectorTable() => AssertMatchesTable("tanh", JsMath.Tanh);

    [Fact]
    public void Expm1_MatchesV8BitForBit_ForVectorTable() => AssertMatchesTable("expm1", JsMath.Expm1);

    [Theory]
    [InlineData("exp")]
    [InlineData("log")]
    [InlineData("sin")]
    [InlineData("cos")]
    [InlineData("tanh")]
    [InlineData("expm1")]
    public void VectorTable_HasEnoughEntries_ForEachFunction(string function)
    {
        Assert.True(
            Vectors.Value[function].Count() >= MinimumVectorsPerFunction,
            $"{function}: only {Vectors.Value[function].Count()} vectors");
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-5e-324)]
    public void Log_ReturnsV8SignalingNaNBits_ForNegativeInput(double x)
    {
        Assert.Equal(0x7FF4_0000_0000_0000UL, BitConverter.DoubleToUInt64Bits(JsMath.Log(x)));
    }

    [Fact]
    public void Exp_ReturnsMathE_ForOne()
    {
        Assert.Equal(BitConverter.DoubleToUInt64Bits(Math.E), BitConverter.DoubleToUInt64Bits(JsMath.Exp(1.0)));
    }

    // Tanh writes out fdlibm's expm1 for its own arguments; this is s_tanh.c calling Expm1.
    [Fact]
    public void Tanh_MatchesFdlibmTanhOverExpm1_ForRandomInputs()
    {
        var random = new Random(3);
        for (var n = 0; n < 1_000_000; n++)
        {
            // Exponents from 2^-30 to 2^5 cover every branch, with both signs.
            var x = Math.ScaleB(random.NextDouble() + 1, random.Next(-30, 6)) * (random.Next(2) == 0 ? 1 : -1);
            var expected = Math.Abs(x) >= 22 ? Math.Sign(x)
                : Math.Abs(x) < Math.ScaleB(1, -28) ? x
                : Math.Abs(x) >= 1 ? Math.CopySign(1 - (2 / (JsMath.Expm1(2 * Math.Abs(x)) + 2)), x)
                : Math.CopySign(-JsMath.Expm1(-2 * Math.Abs(x)) / (JsMath.Expm1(-2 * Math.Abs(x)) + 2), x);

            Assert.Equal(BitConverter.DoubleToUInt64Bits(expected), BitConverter.DoubleToUInt64Bits(JsMath.Tanh(x)));
        }
    }

    [Theory]
    [InlineData(double.PositiveInfinity, 1.0)]
    [InlineData(double.NegativeInfinity, -1.0)]
    [InlineData(22.0, 1.0)]
    [InlineData(-22.0, -1.0)]
    public void Tanh_ReturnsSignedOne_ForLargeMagnitudes(double x, double expected)
    {
        Assert.Equal(BitConverter.DoubleToUInt64Bits(expected), BitConverter.DoubleToUInt64Bits(JsMath.Tanh(x)));
    }

    [Theory]
    [InlineData(0x0000_0000_0000_0000UL)]
    [InlineData(0x8000_0000_0000_0000UL)]
    public void Sin_PreservesSignedZero(ulong zeroBits)
    {
        Assert.Equal(zeroBits, BitConverter.DoubleToUInt64Bits(JsMath.Sin(BitConverter.UInt64BitsToDouble(zeroBits))));
    }

    private static void AssertMatchesTable(string function, Func<double, double> actual)
    {
        var mismatches = new List<string>();
        int total = 0;
        foreach (var (input, expected) in Vectors.Value[function])
        {
            total++;
            ulong got = BitConverter.DoubleToUInt64Bits(actual(BitConverter.UInt64BitsToDouble(input)));
            if (got != expected)
            {
                mismatches.Add(
                    $"{function}({Describe(input)}): expected {Describe(expected)}, actual {Describe(got)}");
            }
        }

        Assert.True(total > 0, $"no vectors for {function}");
        if (mismatches.Count > 0)
        {
            var message = new StringBuilder();
            message.Append(CultureInfo.InvariantCulture, $"{mismatches.Count} of {total} {function} vectors differ from V8; first ones:");
            foreach (string line in mismatches.Take(MismatchesShown))
            {
                message.Append('\n').Append(line);
            }

            Assert.Fail(message.ToString());
        }
    }

    private static string Describe(ulong bits) => string.Create(
        CultureInfo.InvariantCulture,
        $"0x{bits:x16} ({BitConverter.UInt64BitsToDouble(bits):R})");

    private static ILookup<string, (ulong Input, ulong Expected)> LoadVectors()
    {
        string path = RepoRoot.Combine("tests", "NeuralPlayground.Core.Tests", "Numerics", "jsmath-vectors.txt");
        return File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(' '))
            .ToLookup(
                parts => parts[0],
                parts => (ParseHex(parts[1]), ParseHex(parts[2])),
                StringComparer.Ordinal);
    }

    private static ulong ParseHex(string text) => ulong.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
