using System.CommandLine;
using NeuralPlayground.Core.Data;

namespace NeuralPlayground.Cli.Commands;

/// <summary><c>--data FILE</c>: a CSV or JSON file of the user's own points (issue 5), read as the page imports it.</summary>
internal static class DataFile
{
    /// <summary>The largest file read, in bytes: far above 20,000 points of CSV.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Builds the option.</summary>
    public static Option<string?> Create() => new("--data")
    {
        Description = "A CSV (x,y,label) or JSON file of your own points to train on instead of generated data.",
    };

    /// <summary>
    /// Reads and parses <paramref name="path"/>. On failure writes one line per error
    /// (<c>playground: FILE: line 3: …</c>) to standard error and returns null; the caller exits with 2.
    /// </summary>
    public static CustomDataParseResult? Read(CliContext context, string path)
    {
        string text;
        try
        {
            if (new FileInfo(path).Length > MaxBytes)
            {
                return Fail(context, path, $"larger than {MaxBytes / 1024 / 1024} MB");
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(context, path, "cannot read: " + e.Message);
        }

        var result = CustomDataParser.Parse(text, path);
        foreach (var error in result.Errors)
        {
            context.Error.WriteLine($"playground: {path}: {error}".ReplaceLineEndings(" "));
        }

        return result.Succeeded ? result : null;
    }

    private static CustomDataParseResult? Fail(CliContext context, string path, string reason)
    {
        context.Error.WriteLine($"playground: {path}: {reason}".ReplaceLineEndings(" "));
        return null;
    }
}
