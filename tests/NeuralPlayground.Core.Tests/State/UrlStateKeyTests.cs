using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Tests.State;

/// <summary>networkShape, the <c>_hide</c> flags and unknown keys.</summary>
public sealed class UrlStateKeyTests
{
    [Theory]
    [InlineData("4,2", new[] { 4, 2 })]
    [InlineData("8", new[] { 8 })]
    [InlineData("1,32", new[] { 1, 32 })]
    [InlineData(" 3 ,5", new[] { 3, 5 })]
    [InlineData("8,8,8,8,8,8,8,8,8,8", new[] { 8, 8, 8, 8, 8, 8, 8, 8, 8, 8 })]
    [InlineData("", new int[0])]
    [InlineData(" ", new int[0])]
    public void Parse_ReadsNetworkShape_WhenSizesAreValid(string value, int[] expected)
    {
        var result = UrlState.Parse($"#networkShape={value}&y=true");

        Assert.Equal(expected, result.State.NetworkShape);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("4,,2", new[] { 4, 1, 2 }, "networkShape: layer 2 size \"\" is not a positive number, using 1")]
    [InlineData("a", new[] { 1 }, "networkShape: layer 1 size \"a\" is not a positive number, using 1")]
    [InlineData("0", new[] { 1 }, "networkShape: layer 1 size \"0\" is not a positive number, using 1")]
    [InlineData("-3", new[] { 1 }, "networkShape: layer 1 size \"-3\" is not a positive number, using 1")]
    [InlineData("2.5", new[] { 3 }, "networkShape: layer 1 size \"2.5\" is fractional, rounded up to 3")]
    [InlineData("0.1", new[] { 1 }, "networkShape: layer 1 size \"0.1\" is fractional, rounded up to 1")]
    [InlineData("100", new[] { 32 }, "networkShape: layer 1 size \"100\" is above 32, using 32")]
    [InlineData("Infinity", new[] { 32 }, "networkShape: layer 1 size \"Infinity\" is above 32, using 32")]
    public void Parse_CorrectsLayerSize_WithWarning(string value, int[] expected, string warning)
    {
        var result = UrlState.Parse($"#networkShape={value}&y=true");

        Assert.Equal(expected, result.State.NetworkShape);
        Assert.Equal([warning], result.Warnings);
    }

    [Fact]
    public void Parse_KeepsTheFirst12Layers_WhenShapeHas13()
    {
        var result = UrlState.Parse("#networkShape=1,2,3,4,5,6,7,8,9,10,11,12,13");

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], result.State.NetworkShape);
        Assert.Equal(["networkShape: 13 layers, keeping the first 12"], result.Warnings);
    }

    [Fact]
    public void Parse_KeepsDefaultShapeWithWarning_WhenKeyIsBare()
    {
        var result = UrlState.Parse("#networkShape&activation=relu");

        Assert.Equal([4, 2], result.State.NetworkShape);
        Assert.Equal(["networkShape: no value, using 4,2"], result.Warnings);
    }

    [Fact]
    public void Parse_StoresHideFlags_InOrderOfFirstAppearanceWithLastValue()
    {
        var state = UrlState.Parse("#b_hide=true&x=true&a_hide=false&b_hide=false&c_hide=yes&_hide=true&d_hide").State;

        Assert.Equal(
            [new HideFlag("b", false), new HideFlag("a", false), new HideFlag("c", false), new HideFlag(string.Empty, true), new HideFlag("d", false)],
            state.Hides);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", false)]
    [InlineData("1", false)]
    [InlineData("", false)]
    public void Parse_HidesAControl_OnlyForExactTrue(string value, bool hidden)
    {
        var result = UrlState.Parse($"#percTrainData_hide={value}&y=true");

        Assert.Equal(hidden, result.State.IsHidden("percTrainData"));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Parse_KeepsUnknownKeysVerbatim_InUrlOrder()
    {
        var result = UrlState.Parse("#goalTestLossMinThresholdFirst=0.2&activation=relu&numHiddenLayers=3&flag&a%20b=c%2Fd&=v&y=true");

        Assert.Equal(
            [new UrlEntry("goalTestLossMinThresholdFirst", "0.2"), new UrlEntry("numHiddenLayers", "3"), new UrlEntry("flag", null), new UrlEntry("a%20b", "c%2Fd"), new UrlEntry(string.Empty, "v")],
            result.State.Extras);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Parse_KeepsFirstPositionAndLastValue_WhenUnknownKeyRepeats()
    {
        var state = UrlState.Parse("#k=1&z=2&k=3").State;

        Assert.Equal([new UrlEntry("k", "3"), new UrlEntry("z", "2")], state.Extras);
    }

    [Theory]
    [InlineData("#k =1&y=true", "\"k \"")]
    [InlineData("#k= 1&y=true", "k")]
    [InlineData("#k=1\t&y=true", "k")]
    [InlineData("# k&y=true", "\" k\"")]
    public void Parse_DropsUnknownKeyWithWarning_WhenItHasWhitespaceAtAnEnd(string hash, string shown)
    {
        var result = UrlState.Parse(hash);

        Assert.Empty(result.State.Extras);
        Assert.Equal([shown + ": unknown key with whitespace at an end dropped"], result.Warnings);
    }

    [Fact]
    public void Serialize_WritesExtrasBack_ForMlccLink()
    {
        const string Tail = "&tutorial=dp-neural-net-intro-spiral&goalTestLossMinThresholdFirst=0.4&goalTestLossMinThresholdSecond=0.25&problem_hide=true";
        var state = UrlState.Parse("#activation=relu" + Tail).State;

        var hash = UrlState.Serialize(state);

        Assert.EndsWith("&hideText=false&problem_hide=true&goalTestLossMinThresholdFirst=0.4&goalTestLossMinThresholdSecond=0.25", hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("networkShape=", ",", 200_000)]
    [InlineData("batchSize=", "9", 100_000)]
    [InlineData("k", "&amp;", 100_000)]
    [InlineData("#", "x_hide=true&", 50_000)]
    public void Parse_ReportsBoundedWarnings_ForHugeInputs(string prefix, string repeated, int count)
    {
        var input = prefix + string.Concat(Enumerable.Repeat(repeated, count));

        var result = UrlState.Parse(input);

        Assert.True(result.Warnings.Count <= 13);
    }
}
