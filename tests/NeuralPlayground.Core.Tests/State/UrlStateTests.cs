using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Tests.State;

public sealed class UrlStateTests
{
    private const string SpecExample =
        "activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0"
        + "&noise=0&networkShape=4,2&seed=0.12345&showTestData=false&discretize=false&percTrainData=50&x=true&y=true"
        + "&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false"
        + "&problem=classification&initZero=false&hideText=false";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t\u00A0")]
    [InlineData("#")]
    [InlineData("https://playground.tensorflow.org/")]
    [InlineData("https://playground.tensorflow.org/?hl=en")]
    [InlineData("http://localhost:5000/index.html#")]
    [InlineData("playground.tensorflow.org/")]
    public void Parse_ReturnsDefaultsWithoutWarnings_WhenThereIsNoHash(string? input)
    {
        var result = UrlState.Parse(input);

        Assert.Equal(new PlaygroundState(), result.State);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("#activation=relu&batchSize=3")]
    [InlineData("activation=relu&batchSize=3")]
    [InlineData("  #activation=relu&batchSize=3\r\n")]
    [InlineData("https://playground.tensorflow.org/#activation=relu&batchSize=3")]
    [InlineData("https://developers.google.com/machine-learning/crash-course/playground/?utm_source=x&hl=zh-cn#activation=relu&batchSize=3")]
    [InlineData("http://127.0.0.1:8080/index.html#activation=relu&batchSize=3")]
    [InlineData("playground.tensorflow.org/#activation=relu&batchSize=3")]
    [InlineData("index.html?v=2#activation=relu&batchSize=3")]
    [InlineData("//playground.tensorflow.org/#activation=relu&batchSize=3")]
    public void Parse_ReadsTheHash_ForEveryInputForm(string input)
    {
        var result = UrlState.Parse(input);

        Assert.Equal(new PlaygroundState { Activation = ActivationKind.Relu, BatchSize = 3 }, result.State);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Parse_IgnoresTheQueryString_WhenUrlHasOneBeforeTheHash()
    {
        var state = UrlState.Parse("https://example.org/?activation=relu&noise=5#dataset=xor").State;

        Assert.Equal(new PlaygroundState { Dataset = DatasetKind.Xor }, state);
    }

    [Fact]
    public void Parse_KeepsLaterHashSigns_InValues()
    {
        var state = UrlState.Parse("https://example.org/#seed=a#b&tutorial=c").State;

        Assert.Equal("a#b", state.Seed);
        Assert.Equal("c", state.Tutorial);
    }

    [Theory]
    [InlineData("#activation=relu&amp;batchSize=3")]
    [InlineData("#activation=relu&amp;amp;batchSize=3")]
    [InlineData("https://playground.tensorflow.org/#amp;activation=relu&amp;batchSize=3")]
    public void Parse_TreatsAmpEntityAsSeparator_WhenPastedFromIframeCode(string input)
    {
        var result = UrlState.Parse(input);

        Assert.Equal(new PlaygroundState { Activation = ActivationKind.Relu, BatchSize = 3 }, result.State);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Parse_DropsTextAfterSecondEquals_WithWarning()
    {
        var result = UrlState.Parse("#seed=a=b&batchSize=3=4=5");

        Assert.Equal(new PlaygroundState { Seed = "a", BatchSize = 3 }, result.State);
        Assert.Equal(["seed: text after the second \"=\" dropped: \"=b\"", "batchSize: text after the second \"=\" dropped: \"=4=5\""], result.Warnings);
    }

    [Fact]
    public void Parse_ReadsKeysInAnyOrder()
    {
        var forward = UrlState.Parse("#noise=5&activation=relu&networkShape=3&x=false").State;
        var backward = UrlState.Parse("#x=false&networkShape=3&activation=relu&noise=5").State;

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Parse_UsesTheLastValue_WhenKeyRepeats()
    {
        var result = UrlState.Parse("#batchSize=3&activation=relu&batchSize=7");

        Assert.Equal(new PlaygroundState { BatchSize = 7, Activation = ActivationKind.Relu }, result.State);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Parse_SkipsEmptyPieces()
    {
        var result = UrlState.Parse("#&&activation=relu&&&");

        Assert.Equal(new PlaygroundState { Activation = ActivationKind.Relu }, result.State);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Parse_KeepsDefaults_WhenLegacyHashLacksNewerKeys()
    {
        const string Legacy = "#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03"
            + "&regularizationRate=0&noise=0&networkShape=4,2&seed=0.42182&showTestData=false&discretize=false"
            + "&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false"
            + "&cosY=false&sinY=false&collectStats=false";

        var result = UrlState.Parse(Legacy);

        Assert.Equal(new PlaygroundState { Seed = "0.42182" }, result.State);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Serialize_WritesTheSpecExample_ForDefaultsWithSeed()
    {
        var hash = UrlState.Serialize(new PlaygroundState { Seed = "0.12345" });

        Assert.Equal(SpecExample, hash);
    }

    [Theory]
    [InlineData(SpecExample)]
    [InlineData(SpecExample + "&weightSkip=17")]
    [InlineData(SpecExample + "&percTrainData_hide=true&noise_hide=false")]
    [InlineData(SpecExample + "&dataset_hide=true&goalTestLossMinThresholdFirst=0.2&bare")]
    public void Serialize_ReturnsTheSameHash_WhenHashIsNormalized(string hash)
    {
        var result = UrlState.Parse(hash);

        Assert.Empty(result.Warnings);
        Assert.Equal(hash, UrlState.Serialize(result.State));
    }

    [Fact]
    public void Serialize_OmitsRegularization_WhenNone()
    {
        var hash = UrlState.Serialize(new PlaygroundState());

        Assert.DoesNotContain("regularization=", hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RegularizationKind.L1, "activation=tanh&regularization=L1&batchSize=10&")]
    [InlineData(RegularizationKind.L2, "activation=tanh&regularization=L2&batchSize=10&")]
    public void Serialize_WritesRegularizationAfterActivation_WhenSet(RegularizationKind kind, string prefix)
    {
        var hash = UrlState.Serialize(new PlaygroundState { Regularization = kind });

        Assert.StartsWith(prefix, hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WritesUrlNames_ForRegressionSettings()
    {
        var state = new PlaygroundState { RegDataset = DatasetKind.RegGauss, Problem = ProblemKind.Regression };

        var hash = UrlState.Serialize(state);

        Assert.Contains("&regDataset=reg-gauss&", hash, StringComparison.Ordinal);
        Assert.Contains("&problem=regression&", hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.00001, "learningRate=0.00001")]
    [InlineData(1e-7, "learningRate=1e-7")]
    [InlineData(3.0, "learningRate=3")]
    [InlineData(1e21, "learningRate=1e+21")]
    public void Serialize_WritesNumbersAsJavaScriptDoes(double rate, string expected)
    {
        var hash = UrlState.Serialize(new PlaygroundState { LearningRate = rate });

        Assert.Contains("&" + expected + "&", hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WritesEmptyValue_WhenThereAreNoHiddenLayers()
    {
        var hash = UrlState.Serialize(new PlaygroundState { NetworkShape = [] });

        Assert.Contains("&networkShape=&", hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_OmitsSeedAndTutorial_WhenNull()
    {
        var hash = UrlState.Serialize(new PlaygroundState());

        Assert.DoesNotContain("seed", hash, StringComparison.Ordinal);
        Assert.DoesNotContain("tutorial", hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WritesTutorialBeforeProblem_WhenSet()
    {
        var hash = UrlState.Serialize(new PlaygroundState { Tutorial = "dp-training-and-test-sets" });

        Assert.Contains("&collectStats=false&tutorial=dp-training-and-test-sets&problem=", hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L, "hideText=false")]
    [InlineData(-4L, "hideText=false")]
    [InlineData(250L, "hideText=false&weightSkip=250")]
    public void Serialize_WritesWeightSkip_OnlyWhenPositive(long skip, string suffix)
    {
        var hash = UrlState.Serialize(new PlaygroundState { WeightSkip = skip });

        Assert.EndsWith(suffix, hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_AppendsHidesThenExtras_InTheirOrder()
    {
        var state = new PlaygroundState
        {
            WeightSkip = 5,
            Hides = [new HideFlag("noise", true), new HideFlag("dataset", false)],
            Extras = [new UrlEntry("goalTestLossMinThresholdFirst", "0.2"), new UrlEntry("flag", null)],
        };

        var hash = UrlState.Serialize(state);

        Assert.EndsWith("&hideText=false&weightSkip=5&noise_hide=true&dataset_hide=false&goalTestLossMinThresholdFirst=0.2&flag", hash, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ValidStates))]
    public void Parse_ReturnsTheSerializedState_ForValidStates(PlaygroundState state)
    {
        var result = UrlState.Parse(UrlState.Serialize(state));

        Assert.Equal(state, result.State);
        Assert.Empty(result.Warnings);
    }

    public static TheoryData<PlaygroundState> ValidStates() =>
    [
        new PlaygroundState(),
        new PlaygroundState { Seed = "0.12345", Regularization = RegularizationKind.L1, RegularizationRate = 0.003 },
        new PlaygroundState
        {
            Activation = ActivationKind.Linear, BatchSize = 2.5, Dataset = DatasetKind.Spiral, RegDataset = DatasetKind.RegGauss,
            LearningRate = 1e-7, Noise = 80, NetworkShape = [], Seed = "x y", ShowTestData = true, Discretize = true,
            PercTrainData = 95, X = false, Y = false, XTimesY = true, XSquared = true, YSquared = true, CosX = true,
            SinX = true, CosY = true, SinY = true, CollectStats = true, Tutorial = "dp-x", Problem = ProblemKind.Regression,
            InitZero = true, HideText = true, WeightSkip = 10_000_000,
        },
        new PlaygroundState
        {
            NetworkShape = [1, 32, 8, 8, 8, 8, 8, 8, 8, 8, 8, 3],
            Hides = [new HideFlag("x", true), new HideFlag(string.Empty, false)],
            Extras = [new UrlEntry("numHiddenLayers", "3"), new UrlEntry("k", null), new UrlEntry(string.Empty, "v")],
        },
    ];
}
