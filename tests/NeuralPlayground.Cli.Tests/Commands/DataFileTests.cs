using System.Text.Json;
using NeuralPlayground.Cli.Tests.Support;

namespace NeuralPlayground.Cli.Tests.Commands;

/// <summary><c>--data FILE</c> on <c>trace</c> and <c>data</c>: a user's own points; a bad file exits with 2.</summary>
public sealed class DataFileTests : IDisposable
{
    private const string GoodCsv = "x,y,label\n-6,-6,1\n6,6,-1\n-3,3,1\n3,-3,-1\n0,0,1\n1,5,-1\n";
    private const string BadCsv = "x,y,label\n1,2,1\n1,abc,1\nNaN,2,1\n1,2\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("np-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Data_SplitsTheFilesPoints_WithTheUrlsSeedAndRatio()
    {
        var file = Write("good.csv", GoodCsv);

        var (exitCode, output, error) = CliRunner.Run(string.Empty, "data", "#seed=1&percTrainData=50", "--data", file);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("x,y,label,split", lines[0]);
        Assert.Equal(3, lines.Count(l => l.EndsWith(",train", StringComparison.Ordinal)));
        Assert.Equal(3, lines.Count(l => l.EndsWith(",test", StringComparison.Ordinal)));
        Assert.Equal(GoodCsv.Split('\n')[1..^1].Order(), lines[1..].Select(l => l[..l.LastIndexOf(',')]).Order());
    }

    [Fact]
    public void Data_ReadsItsOwnExportBack_Unchanged()
    {
        var first = CliRunner.Run(string.Empty, "data", "#seed=1&dataset=spiral", "--data", Write("good.csv", GoodCsv)).Output;

        var second = CliRunner.Run(string.Empty, "data", "#seed=1&dataset=spiral", "--data", Write("export.csv", first)).Output;

        Assert.Equal(first.Split('\n').Select(Point).Order(), second.Split('\n').Select(Point).Order());
    }

    [Fact]
    public void Trace_TrainsOnTheFile_AndTakesTheProblemTypeFromItsLabels()
    {
        var file = Write("reg.json", "[{\"x\": 0, \"y\": 0, \"label\": 0.5}, {\"x\": 6, \"y\": 6, \"label\": -0.5}, [-6, -6, 0.25], [0, 6, 0]]");

        var (exitCode, output, error) = CliRunner.Run(string.Empty, "trace", "#seed=2&batchSize=1", "--data", file, "--epochs", "3");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("regression", root.GetProperty("state").GetProperty("problem").GetString());
        Assert.Equal(4, root.GetProperty("state").GetProperty("customPoints").GetInt32());
        Assert.Equal(4, root.GetProperty("numTrain").GetInt32() + root.GetProperty("numTest").GetInt32());
        Assert.Equal(4, root.GetProperty("lossTrain").GetArrayLength());
        Assert.NotEqual(root.GetProperty("initialWeights").ToString(), root.GetProperty("finalWeights").ToString());
    }

    [Fact]
    public void Trace_RunsTheDefaultNetwork_WhenOnlyAFileIsGiven()
    {
        var (exitCode, output, _) = CliRunner.Run(string.Empty, "trace", "--data", Write("good.csv", GoodCsv), "--epochs", "1");

        Assert.Equal(0, exitCode);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("0.11111", doc.RootElement.GetProperty("state").GetProperty("seed").GetString());
    }

    [Theory]
    [InlineData("trace")]
    [InlineData("data")]
    public void BadFile_ExitsWithTwo_AndPrintsEachErrorWithItsLine(string command)
    {
        var file = Write("bad.csv", BadCsv);

        var (exitCode, output, error) = CliRunner.Run(string.Empty, command, "#seed=1", "--data", file);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Equal(
            [
                $"playground: {file}: line 3: y \"abc\" is not a number",
                $"playground: {file}: line 4: x \"NaN\" is not a finite number within ±1e15",
                $"playground: {file}: line 5: 2 columns, expected 3 (x, y, label) or 4 (x, y, label, split)",
            ],
            error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void MissingFile_ExitsWithTwo_AndOneLine()
    {
        var (exitCode, output, error) = CliRunner.Run(string.Empty, "data", "--data", Path.Combine(_directory, "nope.csv"));

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains("nope.csv: cannot read", error, StringComparison.Ordinal);
    }

    private static string Point(string line) => line.Length == 0 ? line : line[..line.LastIndexOf(',')];

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
