using NeuralPlayground.Core.Rendering;

namespace NeuralPlayground.Core.Tests.Rendering;

public sealed class FormattingTests
{
    [Theory]
    [InlineData(0L, "000,000")]
    [InlineData(42L, "000,042")]
    [InlineData(12345L, "012,345")]
    [InlineData(999999L, "999,999")]
    public void Epoch_PadsToSixDigitsInGroupsOfThree_BelowOneMillion(long epoch, string expected) =>
        Assert.Equal(expected, Formatting.Epoch(epoch));

    [Theory]
    [InlineData(1000000L, "1,000,000")]
    [InlineData(1234567L, "1,234,567")]
    [InlineData(12345678L, "12,345,678")]
    [InlineData(long.MaxValue, "9,223,372,036,854,775,807")]
    public void Epoch_KeepsEveryDigit_FromOneMillion(long epoch, string expected) =>
        Assert.Equal(expected, Formatting.Epoch(epoch));

    [Fact]
    public void Epoch_Throws_WhenNegative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Formatting.Epoch(-1));

    [Theory]
    [InlineData(0.5021, "0.502")]
    [InlineData(0.0, "0.000")]
    [InlineData(0.0005, "0.001")]
    [InlineData(12.3456, "12.346")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Loss_WritesToFixedThree_ForValues(double loss, string expected) =>
        Assert.Equal(expected, Formatting.Loss(loss));

    [Fact]
    public void Loss_WritesEmDash_WhenLossIsNull() =>
        Assert.Equal("—", Formatting.Loss(null));

    [Theory]
    [InlineData(0.15, "0.15")]
    [InlineData(0.1, "0.10")]
    [InlineData(-0.00012, "-0.00012")]
    [InlineData(123.0, "1.2e+2")]
    [InlineData(0.0, "0.0")]
    [InlineData(1e-7, "1.0e-7")]
    [InlineData(double.NaN, "NaN")]
    public void HoverValue_WritesToPrecisionTwo_ForSpecExamples(double value, string expected) =>
        Assert.Equal(expected, Formatting.HoverValue(value));

    [Theory]
    [InlineData(false, -0.123456, "Weight is -0.12.")]
    [InlineData(true, 0.1, "Bias is 0.10.")]
    public void HoverSentence_NamesWeightOrBias(bool isBias, double value, string expected) =>
        Assert.Equal(expected, Formatting.HoverSentence(isBias, value));

    [Theory]
    [InlineData(0, "Hidden layers")]
    [InlineData(1, "Hidden layer")]
    [InlineData(2, "Hidden layers")]
    [InlineData(6, "Hidden layers")]
    public void HiddenLayersLabel_IsSingularOnlyForOne(int count, string expected) =>
        Assert.Equal(expected, Formatting.HiddenLayersLabel(count));

    [Theory]
    [InlineData(0, "0 neuron")]
    [InlineData(1, "1 neuron")]
    [InlineData(2, "2 neurons")]
    [InlineData(8, "8 neurons")]
    public void NeuronCount_AddsSOnlyAboveOne(int count, string expected) =>
        Assert.Equal(expected, Formatting.NeuronCount(count));
}
