using System.Text.Json;
using NeuralPlayground.Tests.Shared;

namespace NeuralPlayground.Cli.Tests.Support;

/// <summary>Runs <c>playground</c> in-process with captured streams.</summary>
public static class CliRunner
{
    /// <summary>Runs the arguments with <paramref name="stdin"/> as standard input.</summary>
    public static (int ExitCode, string Output, string Error) Run(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin);
        var exitCode = PlaygroundCli.Run(args, new CliContext(output, error, input) { NewSeed = () => "0.11111" });
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The golden file <paramref name="name"/> from <c>../shared/golden</c> beside the repository.</summary>
    public static JsonElement Golden(string name) =>
        JsonDocument.Parse(File.ReadAllBytes(SharedFiles.Golden(name))).RootElement;

    /// <summary>A JSON number, or the golden strings for non-finite values.</summary>
    public static double Number(JsonElement e) =>
        e.ValueKind == JsonValueKind.String ? double.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : e.GetDouble();
}
