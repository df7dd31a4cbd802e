using System.Text.Json;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Core.Export;

/// <content>Reading a model back, every number bit for bit.</content>
public static partial class ModelJson
{
    /// <summary>
    /// Parses JSON written by <see cref="Write(ModelSnapshot)"/> back into the same numbers.
    /// </summary>
    /// <exception cref="FormatException">The text is not a version-1 model, or its shapes disagree with <c>layerSizes</c>.</exception>
    public static ModelSnapshot Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadModel(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new FormatException($"Not a Neural Playground model: {e.Message}", e);
        }
    }

    private static ModelSnapshot ReadModel(JsonElement root)
    {
        if (root.GetProperty("format").GetString() != Format || root.GetProperty("version").GetInt32() != Version)
        {
            throw new FormatException($"Not a version-{Version} {Format} document.");
        }

        int[] sizes = [.. root.GetProperty("layerSizes").EnumerateArray().Select(e => e.GetInt32())];
        string[] keys = [.. root.GetProperty("inputs").EnumerateArray().Select(e => e.GetProperty("key").GetString() ?? "")];
        Check(sizes.Length >= 2 && sizes.All(n => n >= 0) && sizes[0] == keys.Length && keys.All(FeatureFormulas.IsKnown), "inputs or layerSizes");
        var output = root.GetProperty("outputActivation").GetString();
        Check(output == "softmax" == sizes[^1] > 1, "outputActivation");
        var weights = root.GetProperty("weights").EnumerateArray()
            .Select(layer => layer.EnumerateArray().Select(row => row.EnumerateArray().Select(ReadNumber).ToArray()).ToArray()).ToArray();
        var biases = root.GetProperty("biases").EnumerateArray().Select(layer => layer.EnumerateArray().Select(ReadNumber).ToArray()).ToArray();
        Check(weights.Length == sizes.Length - 1 && biases.Length == sizes.Length - 1, "number of layers");
        for (var l = 1; l < sizes.Length; l++)
        {
            Check(biases[l - 1].Length == sizes[l] && weights[l - 1].Length == sizes[l] && weights[l - 1].All(row => row.Length == sizes[l - 1]), $"layer {l} shape");
        }

        var dead = root.GetProperty("deadLinks").EnumerateArray().Select(e => e.EnumerateArray().Select(n => n.GetInt32()).ToArray()).ToArray();
        Check(dead.All(d => d.Length == 3 && d[0] >= 0 && d[0] < weights.Length && d[1] >= 0 && d[1] < sizes[d[0] + 1] && d[2] >= 0 && d[2] < sizes[d[0]]), "deadLinks");
        var epoch = root.GetProperty("epoch");
        return new ModelSnapshot(
            root.GetProperty("hash").GetString(),
            keys,
            sizes,
            ActivationNamed(root.GetProperty("activation").GetString()),
            output == "softmax" ? ActivationKind.Linear : ActivationNamed(output),
            weights,
            biases,
            [.. dead.Select(d => (d[0], d[1], d[2]))],
            epoch.ValueKind == JsonValueKind.Null ? null : epoch.GetInt64(),
            ReadOptional(root.GetProperty("lossTrain")),
            ReadOptional(root.GetProperty("lossTest")));
    }

    private static double ReadNumber(JsonElement element) => element.ValueKind == JsonValueKind.String
        ? element.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var text => throw new FormatException($"Not a number: \"{text}\"."),
        }
        : element.GetDouble();

    private static double? ReadOptional(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : ReadNumber(element);

    private static ActivationKind ActivationNamed(string? name) =>
        Enum.GetValues<ActivationKind>().Where(k => Activations.Name(k) == name).Select(k => (ActivationKind?)k).FirstOrDefault()
        ?? throw new FormatException($"Unknown activation \"{name}\".");

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new FormatException($"Not a consistent Neural Playground model: bad {what}.");
        }
    }
}
