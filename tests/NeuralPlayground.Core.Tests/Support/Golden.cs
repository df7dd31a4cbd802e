using NeuralPlayground.Tests.Shared;
using System.Text.Json;

namespace NeuralPlayground.Core.Tests.Support;

/// <summary>
/// The reference numbers captured from the original, read from <c>../shared/golden</c> beside the
/// repository (or <c>NP_GOLDEN_DIR</c>). They are never copied into the repository.
/// </summary>
public static class Golden
{
    private static readonly Lazy<string> DirectoryPath = new(FindDirectory);
    private static readonly Dictionary<string, JsonDocument> Cache = [];

    /// <summary>The parsed root of a golden file, e.g. <c>trajectories.json</c>.</summary>
    public static JsonElement File(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var doc))
            {
                doc = JsonDocument.Parse(System.IO.File.ReadAllBytes(Path.Combine(DirectoryPath.Value, name)));
                Cache[name] = doc;
            }

            return doc.RootElement;
        }
    }

    /// <summary>A golden number: a JSON number, or the strings "NaN", "Infinity", "-Infinity".</summary>
    public static double Double(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.GetDouble(),
        JsonValueKind.String => e.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var s => throw new FormatException("Not a golden number: " + s),
        },
        _ => throw new FormatException("Not a golden number: " + e),
    };

    /// <summary>An array of golden numbers.</summary>
    public static double[] Doubles(JsonElement e) => [.. e.EnumerateArray().Select(Double)];

    /// <summary>An array of strings.</summary>
    public static string[] Strings(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString()!)];

    /// <summary>Points written as [x, y, label].</summary>
    public static double[][] Points(JsonElement e) => [.. e.EnumerateArray().Select(Doubles)];

    /// <summary>The ids of the entries of an array property, for <c>[Theory]</c> data.</summary>
    public static TheoryData<string> Ids(string file, string arrayName)
    {
        var data = new TheoryData<string>();
        foreach (var c in File(file).GetProperty(arrayName).EnumerateArray())
        {
            data.Add(c.GetProperty("id").GetString()!);
        }

        return data;
    }

    /// <summary>The entry with the given id.</summary>
    public static JsonElement Entry(string file, string arrayName, string id) =>
        File(file).GetProperty(arrayName).EnumerateArray().First(c => c.GetProperty("id").GetString() == id);

    private static string FindDirectory()
    {
        var dir = SharedFiles.GoldenDirectory;
        return Directory.Exists(dir) ? dir : throw new DirectoryNotFoundException("Golden data not found at " + dir);
    }
}
