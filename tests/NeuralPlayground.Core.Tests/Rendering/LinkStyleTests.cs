using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Rendering;

namespace NeuralPlayground.Core.Tests.Rendering;

public sealed class LinkStyleTests
{
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 1.9)]
    [InlineData(-2.5, 5.5)]
    [InlineData(5.0, 10.0)]
    [InlineData(-7.0, 10.0)]
    [InlineData(double.PositiveInfinity, 10.0)]
    public void StrokeWidth_MapsAbsoluteWeightToOneToTen_Clamped(double weight, double expected) =>
        Assert.Equal(expected, LinkStyle.StrokeWidth(weight));

    [Fact]
    public void StrokeWidth_IsNaN_WhenWeightIsNaN() =>
        Assert.True(double.IsNaN(LinkStyle.StrokeWidth(double.NaN)));

    [Fact]
    public void StrokeWidth_MatchesD3_ForEveryVector()
    {
        var cases = RenderingVectors.Of("W");

        RenderingVectors.AssertAll(cases, v => SvgNumberString(LinkStyle.StrokeWidth(RenderingVectors.Bits(v[0]))), v => v[1], 100);
    }

    [Theory]
    [InlineData(-0.5, "#efbf87")]
    [InlineData(double.NaN, "#000000")]
    public void Stroke_IsColorScaleOfWeight(double weight, string expected) =>
        Assert.Equal(expected, LinkStyle.Stroke(weight));

    [Theory]
    [InlineData(0L, 0.0)]
    [InlineData(3L, -1.0)]
    [InlineData(1L, -1.0 / 3)]
    [InlineData(12345L, -4115.0)]
    public void DashOffset_IsMinusIterationOverThree(long iteration, double expected) =>
        Assert.Equal(expected, LinkStyle.DashOffset(iteration));

    [Fact]
    public void Style_WritesAllThreeProperties_WithNumbersRoundedToThreeDecimals() =>
        Assert.Equal("stroke-dashoffset:-0.333;stroke-width:1.9px;stroke:#78b1d4", LinkStyle.Style(0.5, 1));

    [Fact]
    public void Style_WritesZeroOffset_AtEpochZero() =>
        Assert.Equal("stroke-dashoffset:0;stroke-width:1px;stroke:#e8eaeb", LinkStyle.Style(0, 0));

    private static string SvgNumberString(double value) => JsNumber.ToString(value);
}
