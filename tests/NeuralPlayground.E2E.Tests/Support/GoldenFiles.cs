using System.Text.Json;

namespace NeuralPlayground.E2E.Tests.Support;

/// <summary>Reference numbers from the original in <c>../shared/golden</c> beside the repository (or <c>NP_GOLDEN_DIR</c>).</summary>
public static class GoldenFiles
{
    /// <summary>The parsed root of golden file <paramref name="name"/>.</summary>
    public static JsonElement Read(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NeuralPlayground.slnx")))
        {
            dir = dir.Parent;
        }

        var golden = Environment.GetEnvironmentVariable("NP_GOLDEN_DIR") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.Combine(dir!.FullName, "..", "shared", "golden");
        return JsonDocument.Parse(File.ReadAllBytes(Path.Combine(golden, name))).RootElement.Clone();
    }

    /// <summary>The entry of <paramref name="array"/> in <paramref name="file"/> whose id is <paramref name="id"/>.</summary>
    public static JsonElement Entry(string file, string array, string id) =>
        Read(file).GetProperty(array).EnumerateArray().First(e => e.GetProperty("id").GetString() == id);
}
