using NeuralPlayground.Core.Rendering;

namespace NeuralPlayground.Core.Tests.Rendering;

public sealed class ColorsTests
{
    private const string SpecPalette =
        "#f59322 #f4992f #f39f3d #f2a44a #f2aa58 #f1b065 #f0b672 #efbc80 #eec18d #edc79b #eccda8 " +
        "#ebd3b5 #ebd9c3 #eaded0 #e9e4de #e8eaeb #d9e2e8 #cadbe5 #bbd3e2 #accbdf #9dc4dc #8ebcd9 " +
        "#7fb4d6 #71add2 #62a5cf #539dcc #4496c9 #358ec6 #2686c3 #177fc0 #0877bd";

    [Theory]
    [InlineData(-0.5, "#efbf87")]
    [InlineData(0.5, "#78b1d4")]
    [InlineData(-1, "#f59322")]
    [InlineData(0, "#e8eaeb")]
    [InlineData(1, "#0877bd")]
    public void Scale_MatchesSpec_ForExamples(double value, string expected) =>
        Assert.Equal(expected, Colors.Scale(value));

    [Theory]
    [InlineData(7.0, "#0877bd")]
    [InlineData(-3.0, "#f59322")]
    [InlineData(double.PositiveInfinity, "#0877bd")]
    [InlineData(double.NegativeInfinity, "#f59322")]
    public void Scale_Clamps_WhenValueIsBeyondOne(double value, string expected) =>
        Assert.Equal(expected, Colors.Scale(value));

    [Fact]
    public void Scale_ReturnsBlack_WhenValueIsNaN() =>
        Assert.Equal("#000000", Colors.Scale(double.NaN));

    [Fact]
    public void Scale_MatchesD3_ForEveryVector()
    {
        var cases = RenderingVectors.Of("S");

        RenderingVectors.AssertAll(cases, v => Colors.Scale(RenderingVectors.Bits(v[0])), v => v[1], 300);
    }

    [Fact]
    public void Palette_EqualsSpecList_WhenComputedFromTheThreeColours() =>
        Assert.Equal(SpecPalette.Split(' '), Colors.Palette);

    [Fact]
    public void Palette_MatchesD3_ForEveryShade() =>
        Assert.Equal(RenderingVectors.Of("P").Select(v => v[1]), Colors.Palette);

    [Theory]
    [InlineData(-1.0, 0)]
    [InlineData(0.0, 15)]
    [InlineData(1.0, 30)]
    [InlineData(-0.9354838709677419, 1)]
    [InlineData(0.999, 30)]
    [InlineData(-5.0, 0)]
    [InlineData(5.0, 30)]
    [InlineData(double.PositiveInfinity, 30)]
    [InlineData(double.NegativeInfinity, 0)]
    [InlineData(double.NaN, -1)]
    public void ShadeIndex_QuantizesOverMinusOneToOne_ForExamples(double value, int expected) =>
        Assert.Equal(expected, Colors.ShadeIndex(value));

    [Fact]
    public void ShadeIndex_IsFloorOf15Point5TimesVPlusOne_ForAGridOfValues()
    {
        var values = Enumerable.Range(-300, 601).Select(k => k / 200.0);

        Assert.All(values, v => Assert.Equal((int)Math.Max(0, Math.Min(30, Math.Floor(15.5 * (v + 1)))), Colors.ShadeIndex(v)));
    }

    [Theory]
    [InlineData(1.0, "#0877bd")]
    [InlineData(-1.0, "#f59322")]
    [InlineData(0.0, "#e8eaeb")]
    [InlineData(double.NaN, "#000000")]
    public void Shade_ReturnsPaletteColour_ForLabels(double value, string expected) =>
        Assert.Equal(expected, Colors.Shade(value));

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.3, 1.0)]
    [InlineData(-1e-300, -1.0)]
    [InlineData(double.NaN, -1.0)]
    public void Discretize_MapsToSign_WithZeroPositiveAndNaNNegative(double value, double expected) =>
        Assert.Equal(expected, Colors.Discretize(value));

    [Fact]
    public void Discretize_MapsNegativeZeroToPlusOne() =>
        Assert.Equal(1.0, Colors.Discretize(-0.0));

    [Theory]
    [InlineData(-1.5)]
    [InlineData(-0.5)]
    [InlineData(0)]
    [InlineData(0.5)]
    [InlineData(0.123456)]
    [InlineData(7)]
    [InlineData(double.NaN)]
    public void ScaleRgb_PacksTheScaleColour_ForValue(double value)
    {
        Assert.Equal(Colors.Scale(value), "#" + Colors.ScaleRgb(value).ToString("x6", System.Globalization.CultureInfo.InvariantCulture));
    }
}
