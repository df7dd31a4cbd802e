using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Tests.State;

public sealed class UrlStateValueTests
{
    [Theory]
    [InlineData("relu", ActivationKind.Relu)]
    [InlineData("tanh", ActivationKind.Tanh)]
    [InlineData("sigmoid", ActivationKind.Sigmoid)]
    [InlineData("linear", ActivationKind.Linear)]
    public void Parse_ReadsActivation_ForEachName(string name, ActivationKind expected) =>
        Assert.Equal(expected, UrlState.Parse("#activation=" + name).State.Activation);

    [Theory]
    [InlineData("none", RegularizationKind.None)]
    [InlineData("L1", RegularizationKind.L1)]
    [InlineData("L2", RegularizationKind.L2)]
    public void Parse_ReadsRegularization_ForEachName(string name, RegularizationKind expected) =>
        Assert.Equal(expected, UrlState.Parse("#regularization=" + name).State.Regularization);

    [Theory]
    [InlineData("dataset=circle", DatasetKind.Circle, DatasetKind.RegPlane)]
    [InlineData("dataset=xor", DatasetKind.Xor, DatasetKind.RegPlane)]
    [InlineData("dataset=gauss", DatasetKind.Gauss, DatasetKind.RegPlane)]
    [InlineData("dataset=spiral", DatasetKind.Spiral, DatasetKind.RegPlane)]
    [InlineData("regDataset=reg-plane", DatasetKind.Circle, DatasetKind.RegPlane)]
    [InlineData("regDataset=reg-gauss", DatasetKind.Circle, DatasetKind.RegGauss)]
    public void Parse_ReadsDatasets_ForEachName(string piece, DatasetKind dataset, DatasetKind regDataset)
    {
        var state = UrlState.Parse(piece).State;

        Assert.Equal((dataset, regDataset), (state.Dataset, state.RegDataset));
    }

    [Theory]
    [InlineData("classification", ProblemKind.Classification)]
    [InlineData("regression", ProblemKind.Regression)]
    public void Parse_ReadsProblem_ForEachName(string name, ProblemKind expected) =>
        Assert.Equal(expected, UrlState.Parse("#problem=" + name).State.Problem);

    [Theory]
    [InlineData("activation", "toString", "tanh")]
    [InlineData("activation", "constructor", "tanh")]
    [InlineData("activation", "__proto__", "tanh")]
    [InlineData("activation", "hasOwnProperty", "tanh")]
    [InlineData("activation", "RELU", "tanh")]
    [InlineData("activation", "relu ", "tanh")]
    [InlineData("regularization", "l1", "none")]
    [InlineData("regularization", "valueOf", "none")]
    [InlineData("dataset", "reg-plane", "circle")]
    [InlineData("dataset", "reg-maximum", "circle")]
    [InlineData("regDataset", "circle", "reg-plane")]
    [InlineData("problem", "Regression", "classification")]
    public void Parse_KeepsDefaultWithWarning_WhenEnumValueIsUnknown(string key, string value, string fallback)
    {
        var result = UrlState.Parse($"#{key}={value}&y=true");

        Assert.Equal(new PlaygroundState(), result.State);
        Assert.Equal([$"{key}: unknown value \"{value}\", using {fallback}"], result.Warnings);
    }

    [Theory]
    [InlineData("#activation=")]
    [InlineData("#activation")]
    [InlineData("#regularization=\u00A0&problem=\u3000&dataset= ")]
    [InlineData("#batchSize=&noise=\t")]
    [InlineData("#x=&showTestData")]
    [InlineData("#seed=&tutorial")]
    [InlineData("#weightSkip=")]
    public void Parse_KeepsDefaultsSilently_WhenValueIsNotPresent(string hash)
    {
        var result = UrlState.Parse(hash);

        Assert.Equal(new PlaygroundState(), result.State);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("batchSize", "1000", 1000.0)]
    [InlineData("batchSize", "2.5", 2.5)]
    [InlineData("batchSize", "0x10", 16.0)]
    [InlineData("learningRate", "0.05", 0.05)]
    [InlineData("learningRate", "1e-3", 0.001)]
    [InlineData("learningRate", ".5", 0.5)]
    [InlineData("regularizationRate", "-3", -3.0)]
    [InlineData("percTrainData", "95", 95.0)]
    [InlineData("percTrainData", " 0 ", 0.0)]
    [InlineData("noise", "35", 35.0)]
    public void Parse_KeepsNumbersAsGiven_WithoutRangeCheck(string key, string value, double expected)
    {
        var result = UrlState.Parse($"#{key}={value}&y=true");

        Assert.Equal(expected, NumberOf(result.State, key));
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("batchSize", "abc", "10")]
    [InlineData("batchSize", "1_000", "10")]
    [InlineData("learningRate", "NaN", "0.03")]
    [InlineData("learningRate", "0,05", "0.03")]
    [InlineData("regularizationRate", "1e999", "0")]
    [InlineData("percTrainData", "-Infinity", "50")]
    [InlineData("noise", "Infinity", "0")]
    public void Parse_KeepsDefaultWithWarning_WhenNumberIsNotFinite(string key, string value, string fallback)
    {
        var result = UrlState.Parse($"#{key}={value}&y=true");

        Assert.Equal(new PlaygroundState(), result.State);
        Assert.Equal([$"{key}: \"{value}\" is not a finite number, using {fallback}"], result.Warnings);
    }

    [Theory]
    [InlineData("81", 50.0, "noise: 81 is above 80, using 50")]
    [InlineData("2000", 50.0, "noise: 2000 is above 80, using 50")]
    [InlineData("80", 80.0, null)]
    [InlineData("55", 55.0, null)]
    [InlineData("50", 50.0, null)]
    [InlineData("12.5", 12.5, null)]
    [InlineData("-5", 0.0, "noise: -5 is below 0, using 0")]
    [InlineData("NaN", 0.0, "noise: \"NaN\" is not a finite number, using 0")]
    public void Parse_NormalizesNoise_AsTheOriginalStartUpDoes(string value, double expected, string? warning)
    {
        var result = UrlState.Parse("#noise=" + value);

        Assert.Equal(expected, result.State.Noise);
        Assert.Equal(warning is null ? [] : [warning], result.Warnings);
    }

    [Theory]
    [InlineData("false", false)]
    [InlineData("true", true)]
    [InlineData("0", true)]
    [InlineData("no", true)]
    [InlineData("False", true)]
    [InlineData(" false", true)]
    public void Parse_ReadsBooleanAsFalse_OnlyForExactFalse(string value, bool expected)
    {
        var result = UrlState.Parse($"#showTestData={value}&x={value}&y=true");

        Assert.Equal((expected, expected), (result.State.ShowTestData, result.State.X));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Parse_ReadsEveryBooleanKey()
    {
        const string Hash = "#showTestData=1&discretize=1&x=false&y=false&xTimesY=1&xSquared=1&ySquared=1&cosX=1"
            + "&sinX=1&cosY=1&sinY=1&collectStats=1&initZero=1&hideText=1";

        var state = UrlState.Parse(Hash).State;

        Assert.Equal(
            new PlaygroundState
            {
                ShowTestData = true, Discretize = true, X = false, Y = false, XTimesY = true, XSquared = true,
                YSquared = true, CosX = true, SinX = true, CosY = true, SinY = true, CollectStats = true,
                InitZero = true, HideText = true,
            },
            state);
    }

    [Fact]
    public void Parse_KeepsSeedAndTutorialRaw_WithoutDecodingOrTrimming()
    {
        var state = UrlState.Parse("#seed= 0.5%20x &tutorial=dp%2Fintro &y=true").State;

        Assert.Equal((" 0.5%20x ", "dp%2Fintro "), (state.Seed, state.Tutorial));
    }

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("12", 12L)]
    [InlineData("1e3", 1000L)]
    [InlineData("0x10", 16L)]
    [InlineData("10000000", 10_000_000L)]
    public void Parse_ReadsWeightSkip_WhenWholeNumberInRange(string value, long expected)
    {
        var result = UrlState.Parse("#weightSkip=" + value);

        Assert.Equal(expected, result.State.WeightSkip);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("10000001")]
    [InlineData("abc")]
    [InlineData("Infinity")]
    public void Parse_UsesZeroWithWarning_WhenWeightSkipIsInvalid(string value)
    {
        var result = UrlState.Parse("#weightSkip=" + value);

        Assert.Equal(0, result.State.WeightSkip);
        Assert.Equal([$"weightSkip: \"{value}\" is not a whole number from 0 to 10000000, using 0"], result.Warnings);
    }

    private static double NumberOf(PlaygroundState state, string key) => key switch
    {
        "batchSize" => state.BatchSize,
        "learningRate" => state.LearningRate,
        "regularizationRate" => state.RegularizationRate,
        "percTrainData" => state.PercTrainData,
        "noise" => state.Noise,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };
}
