using System.Text;
using System.Text.Json;

namespace NeuralPlayground.Core.Data;

/// <content>The JSON reader: an array of <c>{x, y, label}</c> objects or <c>[x, y, label]</c> arrays.</content>
public static partial class CustomDataParser
{
    private static readonly JsonReaderOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 };

    private static void ReadJson(string text, List<Row> rows, CustomDataErrors errors)
    {
        var bytes = Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF'));
        var lines = new LineCounter(bytes);
        var reader = new Utf8JsonReader(bytes, JsonOptions);
        try
        {
            if (!reader.Read())
            {
                return;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                errors.Add(lines.At(reader.TokenStartIndex), "expected an array of points: [{\"x\": …, \"y\": …, \"label\": …}, …] or [[x, y, label], …]");
                return;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = lines.At(reader.TokenStartIndex);
                var row = reader.TokenType switch
                {
                    JsonTokenType.StartObject => ReadJsonObject(ref reader, line, errors),
                    JsonTokenType.StartArray => ReadJsonArray(ref reader, line, errors),
                    _ => NotAPoint(ref reader, line, errors),
                };
                if (row is { } point && !AddRow(rows, point, errors))
                {
                    return;
                }
            }

            while (reader.Read())
            {
                // Reading on to the end makes the reader reject anything after the array.
            }
        }
        catch (JsonException e)
        {
            errors.Add(e.LineNumber is { } n ? (int)n + 1 : null, "not valid JSON: " + FirstSentence(e.Message));
        }
    }

    private static Row? ReadJsonObject(ref Utf8JsonReader reader, int line, CustomDataErrors errors)
    {
        double? x = null, y = null, label = null;
        var ok = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name.ToUpperInvariant())
            {
                case "X":
                    ok &= JsonNumber(ref reader, "x", line, errors, out x);
                    break;
                case "Y":
                    ok &= JsonNumber(ref reader, "y", line, errors, out y);
                    break;
                case "LABEL":
                    ok &= JsonNumber(ref reader, "label", line, errors, out label);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (ok && (x is null || y is null || label is null))
        {
            errors.Add(line, "a point needs \"x\", \"y\" and \"label\"");
            return null;
        }

        return ok ? new Row(x!.Value, y!.Value, label!.Value, line) : null;
    }

    private static Row? ReadJsonArray(ref Utf8JsonReader reader, int line, CustomDataErrors errors)
    {
        var values = new List<double?>();
        var ok = true;
        string[] names = ["x", "y", "label"];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            ok &= JsonNumber(ref reader, values.Count < 3 ? names[values.Count] : "value", line, errors, out var value);
            values.Add(value);
        }

        if (ok && values.Count != 3)
        {
            errors.Add(line, $"{values.Count} values, expected 3: [x, y, label]");
            return null;
        }

        return ok ? new Row(values[0]!.Value, values[1]!.Value, values[2]!.Value, line) : null;
    }

    private static Row? NotAPoint(ref Utf8JsonReader reader, int line, CustomDataErrors errors)
    {
        reader.Skip();
        errors.Add(line, "expected a point: {\"x\": …, \"y\": …, \"label\": …} or [x, y, label]");
        return null;
    }

    private static bool JsonNumber(ref Utf8JsonReader reader, string name, int line, CustomDataErrors errors, out double? value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.Number => ReadNumber(name, Encoding.UTF8.GetString(reader.ValueSpan), false, line, errors),
            JsonTokenType.String => ReadNumber(name, reader.GetString(), false, line, errors),
            _ => null,
        };
        if (reader.TokenType is not (JsonTokenType.Number or JsonTokenType.String))
        {
            errors.Add(line, $"{name} is {reader.TokenType.ToString().ToLowerInvariant()}, not a number");
            reader.Skip();
        }

        return value is not null;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd();
    }

    // 1-based line of a byte offset; offsets must be asked for in increasing order.
    private sealed class LineCounter(byte[] bytes)
    {
        private long _offset;
        private int _line = 1;

        public int At(long offset)
        {
            for (; _offset < offset && _offset < bytes.Length; _offset++)
            {
                if (bytes[_offset] == (byte)'\n')
                {
                    _line++;
                }
            }

            return _line;
        }
    }
}
