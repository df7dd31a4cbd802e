using System.Text.Json;
using NeuralPlayground.Tests.Shared;

namespace NeuralPlayground.E2E.Tests.Support;

/// <summary>Reference numbers from the original in <c>../shared/golden</c> beside the repository (or <c>NP_GOLDEN_DIR</c>).</summary>
public static class GoldenFiles
{
    /// <summary>The parsed root of golden file <paramref name="name"/>.</summary>
    public static JsonElement Read(string name) =>
        JsonDocument.Parse(File.ReadAllBytes(SharedFiles.Golden(name))).RootElement.Clone();

    /// <summary>The entry of <paramref name="array"/> in <paramref name="file"/> whose id is <paramref name="id"/>.</summary>
    public static JsonElement Entry(string file, string array, string id) =>
        Read(file).GetProperty(array).EnumerateArray().First(e => e.GetProperty("id").GetString() == id);
}
