using System.Text.Json;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Cli.Reporting;

/// <summary>JSON helpers: numbers as JavaScript writes them, non-finite values as strings like the golden files.</summary>
internal static class Json
{
    /// <summary>Writes a double in shortest round-trip JavaScript form; NaN and ±Infinity as strings; −0 as <c>-0</c>.</summary>
    public static void Number(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            writer.WriteStringValue(JsNumber.ToString(value));
        }
        else if (value == 0 && double.IsNegative(value))
        {
            writer.WriteRawValue("-0");
        }
        else
        {
            writer.WriteRawValue(JsNumber.ToString(value));
        }
    }

    /// <summary>Writes a nullable double; null is JSON <c>null</c> (a loss over an empty set).</summary>
    public static void Number(Utf8JsonWriter writer, double? value)
    {
        if (value is { } v)
        {
            Number(writer, v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Writes <c>"name": [numbers…]</c>.</summary>
    public static void Numbers(Utf8JsonWriter writer, string name, IEnumerable<double?> values)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var v in values)
        {
            Number(writer, v);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes <c>"name": ["…", …]</c>.</summary>
    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var v in values)
        {
            writer.WriteStringValue(v);
        }

        writer.WriteEndArray();
    }

    /// <summary>Runs <paramref name="write"/> against a fresh writer and returns the JSON text on one line.</summary>
    public static string ToLine(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
