using NeuralPlayground.Cli.Tests.Support;

namespace NeuralPlayground.Cli.Tests.Commands;

public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_PrintsTableRowForEachConfiguration_WithFewRuns()
    {
        var (exitCode, output, _) = CliRunner.Run(string.Empty, "bench", "--runs", "3");

        Assert.Equal(0, exitCode);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("default", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("max", lines[3], StringComparison.Ordinal);
        Assert.Contains(" 384 ", lines[3], StringComparison.Ordinal);
    }
}
