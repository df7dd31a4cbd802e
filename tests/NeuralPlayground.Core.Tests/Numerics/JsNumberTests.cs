using System.Globalization;
using System.Text.Json;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Numerics;

public sealed class JsNumberTests
{
    private static readonly Lazy<string[][]> Vectors = new(() => File
        .ReadAllLines(RepoRoot.Combine("tests", "NeuralPlayground.Core.Tests", "Numerics", "jsnumber-vectors.txt"))
        .Where(line => line.Length > 0)
        .Select(line => line.Split('\t'))
        .ToArray());

    [Theory]
    [InlineData(0.00001, "0.00001")]
    [InlineData(0.03, "0.03")]
    [InlineData(3.0, "3")]
    [InlineData(-0.0, "0")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1.5e21, "1.5e+21")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void ToString_WritesJsDigits_ForExamples(double value, string expected) =>
        Assert.Equal(expected, JsNumber.ToString(value));

    [Theory]
    [InlineData("", 0.0)]
    [InlineData(" \n", 0.0)]
    [InlineData("  .5 ", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("1E+3", 1000.0)]
    [InlineData("1e-3", 0.001)]
    [InlineData("0X1f", 31.0)]
    [InlineData("0o17", 15.0)]
    [InlineData("0B11", 3.0)]
    [InlineData("\uFEFF1\u00A0", 1.0)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("1e999999", double.PositiveInfinity)]
    public void Parse_ReturnsJsValue_ForValidLiterals(string text, double expected) =>
        Assert.Equal(expected, JsNumber.Parse(text));

    [Theory]
    [InlineData("1_000")]
    [InlineData("1e")]
    [InlineData("--1")]
    [InlineData("infinity")]
    [InlineData("0x")]
    [InlineData("-0x10")]
    [InlineData("1,5")]
    [InlineData(".")]
    [InlineData("\u00851")]
    public void Parse_ReturnsNaN_ForInvalidLiterals(string text) =>
        Assert.True(double.IsNaN(JsNumber.Parse(text)));

    [Theory]
    [InlineData(0.5, 0, "1")]
    [InlineData(1.5, 0, "2")]
    [InlineData(2.5, 0, "3")]
    [InlineData(-1.5, 0, "-2")]
    [InlineData(0.125, 2, "0.13")]
    [InlineData(1.005, 2, "1.00")]
    [InlineData(-0.0001, 2, "-0.00")]
    [InlineData(1e21, 2, "1e+21")]
    public void ToFixed_RoundsExactTiesUp_ForExamples(double value, int digits, string expected) =>
        Assert.Equal(expected, JsNumber.ToFixed(value, digits));

    [Theory]
    [InlineData(123.0, 2, "1.2e+2")]
    [InlineData(-0.00012, 2, "-0.00012")]
    [InlineData(0.1, 2, "0.10")]
    [InlineData(1e-7, 2, "1.0e-7")]
    [InlineData(-0.0, 2, "0.0")]
    [InlineData(2.5, 1, "3")]
    public void ToPrecision_WritesJsLayout_ForExamples(double value, int precision, string expected) =>
        Assert.Equal(expected, JsNumber.ToPrecision(value, precision));

    [Fact]
    public void ToString_MatchesNode_ForEveryVector() =>
        AssertVectors("S", v => JsNumber.ToString(Bits(v[1])), v => v[2]);

    [Fact]
    public void ToFixed_MatchesNode_ForEveryVector() =>
        AssertVectors("F", v => JsNumber.ToFixed(Bits(v[1]), Int(v[2])), v => v[3]);

    [Fact]
    public void ToPrecision_MatchesNode_ForEveryVector() =>
        AssertVectors("P", v => JsNumber.ToPrecision(Bits(v[1]), Int(v[2])), v => v[3]);

    [Fact]
    public void Parse_MatchesNode_ForEveryVector() =>
        AssertVectors("N", v => BitsOrNaN(JsNumber.Parse(Json(v[1]))), v => v[2]);

    [Fact]
    public void Parse_TrimsExactlyJsWhitespace_ForEveryBmpCharacter()
    {
        var whitespace = Vectors.Value.Single(v => v[0] == "W")[1].Split(',').Select(Int).ToHashSet();
        var mismatches = Enumerable.Range(0, 0x10000)
            .Where(c => (JsNumber.Parse($"{(char)c}1{(char)c}") == 1) != whitespace.Contains(c))
            .Select(c => $"U+{c:X4}")
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Parse_ReturnsFiniteNumber_WhenDigitsAreVeryLong()
    {
        var text = new string('1', 100_000) + "e-99999";

        Assert.Equal(1.1111111111111112, JsNumber.Parse(text));
    }

    [Fact]
    public void ToFixed_Throws_WhenDigitsAbove100() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JsNumber.ToFixed(1, 101));

    [Fact]
    public void ToPrecision_Throws_WhenPrecisionIsZero() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JsNumber.ToPrecision(1, 0));

    private static void AssertVectors(string kind, Func<string[], string> actual, Func<string[], string> expected)
    {
        var cases = Vectors.Value.Where(v => v[0] == kind).ToList();
        var mismatches = cases
            .Select(v => (Line: string.Join(' ', v), Actual: actual(v), Expected: expected(v)))
            .Where(r => r.Actual != r.Expected)
            .Select(r => $"{r.Line} => got {r.Actual}")
            .Take(20)
            .ToList();

        Assert.True(cases.Count > 1000, $"only {cases.Count} '{kind}' vectors");
        Assert.Empty(mismatches);
    }

    private static double Bits(string hex) =>
        BitConverter.Int64BitsToDouble(unchecked((long)ulong.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));

    private static string BitsOrNaN(double value) =>
        double.IsNaN(value) ? "NaN" : BitConverter.DoubleToInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture);

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static string Json(string literal) => JsonSerializer.Deserialize<string>(literal)!;
}
