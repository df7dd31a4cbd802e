using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Sessions;

namespace NeuralPlayground.Core.Export;

/// <summary>
/// The trained model as JSON: <c>format</c> (<see cref="Format"/>), <c>version</c> (<see cref="Version"/>),
/// <c>hash</c> (the URL hash, null for a bare network), <c>inputs</c> (<c>{key, formula}</c> in input
/// order; formulas in x1, x2), <c>layerSizes</c>, <c>activation</c> (hidden), <c>outputActivation</c>
/// (<c>tanh</c>, <c>linear</c> or <c>softmax</c>), <c>weights</c> (per layer a [dest][source] matrix),
/// <c>biases</c> (per layer), <c>deadLinks</c> (<c>[l, dest, source]</c> indices into <c>weights</c>),
/// <c>epoch</c>, <c>lossTrain</c> and <c>lossTest</c> (null when unknown or the set is empty).
/// Numbers are JavaScript's shortest round-trip form (−0 as <c>-0</c>; NaN and ±Infinity as the
/// strings <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>), so <see cref="Read"/> gets every bit back.
/// </summary>
public static partial class ModelJson
{
    /// <summary>The value of the <c>format</c> field.</summary>
    public const string Format = "neural-playground-model";

    /// <summary>The value of the <c>version</c> field for this layout.</summary>
    public const int Version = 1;

    /// <summary>The session's trained model (its network, URL hash, epoch and losses) as indented JSON.</summary>
    public static string Write(Session session) => Write(ModelSnapshot.From(session));

    /// <summary>The model as indented JSON, one matrix row per line, ending with a newline.</summary>
    public static string Write(ModelSnapshot model)
    {
        ArgumentNullException.ThrowIfNull(model);
        string[] fields =
        [
            Field("format", Text(Format)),
            Field("version", Version.ToString(CultureInfo.InvariantCulture)),
            Field("hash", model.Hash is { } hash ? Text(hash) : "null"),
            Field("inputs", Block(1, model.InputKeys.Select(k => $"{{ \"key\": {Text(k)}, \"formula\": {Text(FeatureFormulas.Maths(k))} }}"))),
            Field("layerSizes", Row(model.LayerSizes.Select(n => n.ToString(CultureInfo.InvariantCulture)))),
            Field("activation", Text(Activations.Name(model.Activation))),
            Field("outputActivation", Text(OutputName(model))),
            Field("weights", Block(1, model.Weights.Select(layer => Block(2, layer.Select(row => Row(row.Select(Number))))))),
            Field("biases", Block(1, model.Biases.Select(layer => Row(layer.Select(Number))))),
            Field("deadLinks", Block(1, model.DeadLinks.Select(d => Row([Index(d.Layer), Index(d.Dest), Index(d.Source)])))),
            Field("epoch", model.Epoch?.ToString(CultureInfo.InvariantCulture) ?? "null"),
            Field("lossTrain", model.LossTrain is { } train ? Number(train) : "null"),
            Field("lossTest", model.LossTest is { } test ? Number(test) : "null"),
        ];
        return "{\n" + string.Join(",\n", fields) + "\n}\n";
    }

    /// <summary><c>softmax</c> for a multi-class output, else the output activation's name.</summary>
    internal static string OutputName(ModelSnapshot model) => model.IsSoftmax ? "softmax" : Activations.Name(model.OutputActivation);

    /// <summary>A JSON number in JavaScript's shortest round-trip form; −0 as <c>-0</c>, non-finite values as strings.</summary>
    internal static string Number(double value) =>
        !double.IsFinite(value) ? "\"" + JsNumber.ToString(value) + "\""
        : value == 0 && double.IsNegative(value) ? "-0"
        : JsNumber.ToString(value);

    private static string Field(string name, string value) => "  " + Text(name) + ": " + value;

    // A JSON string, escaped by the BCL; '&' and '=' of the URL hash stay as they are.
    private static string Text(string value) => "\"" + JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";

    private static string Index(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Row(IEnumerable<string> values) => "[" + string.Join(", ", values) + "]";

    // Items one per line at depth + 1 (two spaces a level), the closing bracket at depth; [] when empty.
    private static string Block(int depth, IEnumerable<string> items)
    {
        var inner = new string(' ', 2 * (depth + 1));
        var lines = items.Select(item => inner + item).ToList();
        return lines.Count == 0 ? "[]" : "[\n" + string.Join(",\n", lines) + "\n" + new string(' ', 2 * depth) + "]";
    }
}
