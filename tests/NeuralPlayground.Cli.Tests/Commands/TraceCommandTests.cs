using System.Text.Json;
using NeuralPlayground.Cli.Tests.Support;

namespace NeuralPlayground.Cli.Tests.Commands;

public sealed class TraceCommandTests
{
    private static readonly string[] Fields =
    [
        "input", "state", "warnings", "numTrain", "numTest", "nodeIds", "linkIds", "initialWeights",
        "initialBiases", "lossTrain", "lossTest", "finalWeights", "finalBiases", "deadLinks",
        "accTrain", "accTest", "divergedAtEpoch", "stoppedAtEpoch",
    ];

    [Fact]
    public void Trace_PrintsOneLineWithExactlyTheContractFields_ForOneHash()
    {
        var (exitCode, output, error) = CliRunner.Run(string.Empty, "trace", "#seed=0.12345", "--epochs", "2");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        using var doc = JsonDocument.Parse(lines[0]);
        Assert.Equal(Fields, doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, doc.RootElement.GetProperty("lossTrain").GetArrayLength());
    }

    [Fact]
    public void Trace_ReportsAccuracyPerEpoch_AndNoDivergenceOrStop_ForAHealthyRun()
    {
        var root = TraceOne("#seed=0.12345", "--epochs", "3");

        Assert.Equal(4, root.GetProperty("accTrain").GetArrayLength());
        Assert.Equal(4, root.GetProperty("accTest").GetArrayLength());
        Assert.All(root.GetProperty("accTest").EnumerateArray(), a => Assert.InRange(a.GetDouble(), 0, 1));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("divergedAtEpoch").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("stoppedAtEpoch").ValueKind);
    }

    [Fact]
    public void Trace_WritesNullAccuracy_ForRegression()
    {
        var root = TraceOne("#problem=regression&seed=0.1", "--epochs", "1");

        Assert.Equal(JsonValueKind.Null, root.GetProperty("accTrain").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("accTest").ValueKind);
    }

    [Fact]
    public void Trace_EndsAtMaxEpochs_AndSaysSo()
    {
        var root = TraceOne("#seed=0.1&maxEpochs=7", "--epochs", "50");

        Assert.Equal(7, root.GetProperty("stoppedAtEpoch").GetInt64());
        Assert.Equal(8, root.GetProperty("lossTrain").GetArrayLength());
        Assert.Equal(7, root.GetProperty("state").GetProperty("maxEpochs").GetInt64());
    }

    [Fact]
    public void Trace_MarksTheDivergence_OfTheOriginalsNaNLinks()
    {
        var u6 = CliRunner.Golden("urls.json").GetProperty("urls").EnumerateArray().Single(u => u.GetProperty("id").GetString() == "U6");

        var root = TraceOne(u6.GetProperty("url").GetString()!, "--epochs", "3");

        Assert.Equal(1, root.GetProperty("divergedAtEpoch").GetInt64());
        Assert.Equal("NaN", root.GetProperty("lossTrain")[1].GetString());
    }

    [Fact]
    public void Trace_AcceptsEveryNewKey_AndIsDeterministic()
    {
        const string Hash = "#problem=multiclass&classes=4&mcDataset=spiral&optimizer=adam&dropout=0.2&activation=gelu&seed=0.9&epochsPerFrame=5&stopAtLoss=0.01";

        var first = TraceOne(Hash, "--epochs", "5");
        var second = TraceOne(Hash, "--epochs", "5");

        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.Empty(first.GetProperty("warnings").EnumerateArray());
        Assert.Equal("multiclass", first.GetProperty("state").GetProperty("problem").GetString());
        Assert.Equal("adam", first.GetProperty("state").GetProperty("optimizer").GetString());
        Assert.Equal(6, first.GetProperty("accTest").GetArrayLength());
        Assert.Equal(4 + 2 + 4, first.GetProperty("finalBiases").GetArrayLength());
    }

    [Fact]
    public void Trace_ReproducesOriginalBitForBit_ForEveryGoldenTrajectory()
    {
        var configs = CliRunner.Golden("trajectories.json").GetProperty("configs").EnumerateArray().ToArray();
        var stdin = string.Join('\n', configs.Select(c => c.GetProperty("hash").GetString()));

        var (exitCode, output, _) = CliRunner.Run(stdin, "trace", "-");

        Assert.Equal(0, exitCode);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(configs.Length, lines.Length);
        for (var i = 0; i < configs.Length; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            var actual = doc.RootElement;
            var expected = configs[i];
            AssertNumbers(expected.GetProperty("lossTrain"), actual.GetProperty("lossTrain"));
            AssertNumbers(expected.GetProperty("lossTest"), actual.GetProperty("lossTest"));
            AssertNumbers(expected.GetProperty("initial").GetProperty("weights"), actual.GetProperty("initialWeights"));
            AssertNumbers(expected.GetProperty("final").GetProperty("weights"), actual.GetProperty("finalWeights"));
            AssertNumbers(expected.GetProperty("final").GetProperty("biases"), actual.GetProperty("finalBiases"));
            Assert.Equal(
                expected.GetProperty("final").GetProperty("deadLinks").EnumerateArray().Select(e => e.GetBoolean()),
                actual.GetProperty("deadLinks").EnumerateArray().Select(e => e.GetBoolean()));
            Assert.Equal(
                expected.GetProperty("network").GetProperty("linkIds").EnumerateArray().Select(e => e.GetString()),
                actual.GetProperty("linkIds").EnumerateArray().Select(e => e.GetString()));
        }
    }

    [Fact]
    public void Trace_ReportsWarningsAndSucceeds_ForBadUrl()
    {
        var (exitCode, output, _) = CliRunner.Run(string.Empty, "trace", "#activation=toString&networkShape&noise=abc&seed=1", "--epochs", "1");

        Assert.Equal(0, exitCode);
        using var doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("warnings").GetArrayLength() >= 3);
        Assert.Equal("tanh", doc.RootElement.GetProperty("state").GetProperty("activation").GetString());
    }

    [Fact]
    public void Trace_WritesNullLoss_ForEmptyTestSet()
    {
        var (_, output, _) = CliRunner.Run(string.Empty, "trace", "#seed=1&percTrainData=100", "--epochs", "1");

        using var doc = JsonDocument.Parse(output);
        Assert.All(doc.RootElement.GetProperty("lossTest").EnumerateArray(), e => Assert.Equal(JsonValueKind.Null, e.ValueKind));
    }

    [Fact]
    public void Trace_WarnsAboutGeneratedSeed_WhenUrlHasNone()
    {
        var (_, output, _) = CliRunner.Run(string.Empty, "trace", "https://playground.tensorflow.org/", "--epochs", "0");

        using var doc = JsonDocument.Parse(output);
        Assert.Equal("0.11111", doc.RootElement.GetProperty("state").GetProperty("seed").GetString());
        Assert.Contains(doc.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("seed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("trace")]
    [InlineData("trace", "#seed=1", "--epochs", "-1")]
    [InlineData("trace", "#seed=1", "--epochs", "abc")]
    [InlineData("trace", "#seed=1", "--bogus")]
    [InlineData("frobnicate")]
    [InlineData("data")]
    [InlineData("data", "#seed=1", "--format", "xml")]
    [InlineData("bench", "--runs", "0")]
    public void Run_ExitsWithTwoAndOneLine_ForBadUsage(params string[] args)
    {
        var (exitCode, output, error) = CliRunner.Run(string.Empty, args);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("playground: ", error, StringComparison.Ordinal);
    }

    private static void AssertNumbers(JsonElement expected, JsonElement actual)
    {
        Assert.Equal(
            expected.EnumerateArray().Select(e => BitConverter.DoubleToInt64Bits(CliRunner.Number(e))),
            actual.EnumerateArray().Select(e => BitConverter.DoubleToInt64Bits(CliRunner.Number(e))));
    }

    private static JsonElement TraceOne(params string[] args)
    {
        var (exitCode, output, error) = CliRunner.Run(string.Empty, ["trace", .. args]);
        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        using var doc = JsonDocument.Parse(output.TrimEnd('\n'));
        return doc.RootElement.Clone();
    }
}
