using System.Globalization;
using System.Text;
using CsCheck;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Rendering;

namespace NeuralPlayground.Core.Tests.Rendering;

public sealed class SvgNumberTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.00001, "0.00001")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(-180.1764705882353, "-180.1764705882353")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Append_WritesJavaScriptString_ForEdgeCases(double value, string expected) =>
        Assert.Equal(expected, SvgNumber.Append(new StringBuilder(), value).ToString());

    [Fact]
    public void Append_WritesZero_ForNegativeZero() =>
        Assert.Equal("0", SvgNumber.Append(new StringBuilder(), -0.0).ToString());

    [Fact]
    public void Append_AgreesWithJsNumber_ForAnyDouble() =>
        Gen.Double.Sample(x => Assert.Equal(JsNumber.ToString(x), SvgNumber.Append(new StringBuilder(), x).ToString()), iter: 20_000, seed: "0N0XIzNsQ0O2");

    [Theory]
    [InlineData(2.4285714285714315, "2.429")]
    [InlineData(-1.0 / 3, "-0.333")]
    [InlineData(136.0, "136")]
    [InlineData(1.9, "1.9")]
    [InlineData(0.0005, "0.001")]
    [InlineData(-0.0004, "0")]
    [InlineData(10.05, "10.05")]
    [InlineData(-4115.0, "-4115")]
    [InlineData(1e12, "1000000000000")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void AppendRounded_WritesThreeDecimalsWithoutTrailingZeros(double value, string expected) =>
        Assert.Equal(expected, SvgNumber.AppendRounded(new StringBuilder(), value).ToString());

    [Fact]
    public void AppendRounded_StaysWithinHalfAThousandth_ForAnyDoubleBelow1e12() =>
        Gen.Double[-1e12, 1e12].Sample(x =>
        {
            var text = SvgNumber.AppendRounded(new StringBuilder(), x).ToString();

            Assert.True(Math.Abs(double.Parse(text, CultureInfo.InvariantCulture) - x) <= 0.0005 + (Math.Abs(x) * 1e-15), text);
        }, iter: 20_000, seed: "0N0XIzNsQ0O2");
}
