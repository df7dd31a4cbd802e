using System.Globalization;
using System.Text.Json;
using NeuralPlayground.Cli.Tests.Support;

namespace NeuralPlayground.Cli.Tests.Commands;

public sealed class DataCommandTests
{
    [Fact]
    public void Data_PrintsGoldenPointsAsCsv_ForGoldenDataset()
    {
        var entry = CliRunner.Golden("datasets.json").GetProperty("datasets")[7];

        var (exitCode, output, _) = CliRunner.Run(string.Empty, "data", "#" + entry.GetProperty("hash").GetString());

        Assert.Equal(0, exitCode);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("x,y,label,split", lines[0]);
        var expected = entry.GetProperty("train").EnumerateArray().Select(p => (p, "train"))
            .Concat(entry.GetProperty("test").EnumerateArray().Select(p => (p, "test"))).ToArray();
        Assert.Equal(expected.Length, lines.Length - 1);
        for (var i = 0; i < expected.Length; i++)
        {
            var cells = lines[i + 1].Split(',');
            var point = expected[i].p.EnumerateArray().Select(CliRunner.Number).ToArray();
            Assert.Equal(point, cells[..3].Select(c => double.Parse(c, CultureInfo.InvariantCulture)));
            Assert.Equal(expected[i].Item2, cells[3]);
        }
    }

    [Fact]
    public void Data_PrintsJsonArray_WhenFormatIsJson()
    {
        var (exitCode, output, _) = CliRunner.Run(string.Empty, "data", "#seed=1&percTrainData=70", "--format", "json");

        Assert.Equal(0, exitCode);
        using var doc = JsonDocument.Parse(output);
        var points = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(500, points.Length);
        Assert.Equal(350, points.Count(p => p.GetProperty("split").GetString() == "train"));
    }

    [Fact]
    public void Data_WarnsOnStandardError_ForCorrectedUrl()
    {
        var (exitCode, output, error) = CliRunner.Run(string.Empty, "data", "#seed=1&dataset=nope");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("x,y,label,split", output, StringComparison.Ordinal);
        Assert.Contains("dataset", error, StringComparison.Ordinal);
    }
}
