using System.Globalization;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Data;

/// <content>The CSV reader (see the type's remarks for the rules).</content>
public static partial class CustomDataParser
{
    private static void ReadCsv(string text, List<Row> rows, CustomDataErrors errors)
    {
        var separator = '\0';
        var line = 0;
        var sawContent = false;
        var fields = new List<string>();
        foreach (var raw in text.AsSpan().TrimStart('\uFEFF').EnumerateLines())
        {
            line++;
            if (raw.IsWhiteSpace())
            {
                continue;
            }

            if (separator == '\0')
            {
                separator = raw.Contains('\t') ? '\t' : raw.Contains(';') ? ';' : ',';
            }

            if (!SplitFields(raw, separator, fields, out var error))
            {
                errors.Add(line, error);
                sawContent = true;
                continue;
            }

            var isHeader = !sawContent && fields.All(f => !double.TryParse(f, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            sawContent = true;
            if (isHeader)
            {
                CheckColumns(fields, line, errors, header: true);
            }
            else if (CheckColumns(fields, line, errors, header: false) && ReadRow(fields, separator == ';', line, errors) is { } row && !AddRow(rows, row, errors))
            {
                return;
            }
        }
    }

    private static bool CheckColumns(List<string> fields, int line, CustomDataErrors errors, bool header)
    {
        if (fields.Count is not (3 or 4))
        {
            errors.Add(line, string.Create(CultureInfo.InvariantCulture, $"{fields.Count} {(fields.Count == 1 ? "column" : "columns")}, expected 3 (x, y, label) or 4 (x, y, label, split)"));
            return false;
        }

        var split = fields.Count == 4 ? fields[3].Trim() : null;
        if (!header && split is not null && !split.Equals("train", StringComparison.OrdinalIgnoreCase) && !split.Equals("test", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(line, $"split {UrlText.Quote(split)} is not train or test");
            return false;
        }

        return true;
    }

    private static Row? ReadRow(List<string> fields, bool decimalComma, int line, CustomDataErrors errors)
    {
        var x = ReadNumber("x", fields[0], decimalComma, line, errors);
        var y = ReadNumber("y", fields[1], decimalComma, line, errors);
        var label = ReadNumber("label", fields[2], decimalComma, line, errors);
        return x is { } xv && y is { } yv && label is { } lv ? new Row(xv, yv, lv, line) : null;
    }

    // RFC 4180 fields on one line: a field that starts (after spaces) with " runs to the matching
    // quote, "" inside it being one quote; only spaces may follow it before the separator.
    private static bool SplitFields(ReadOnlySpan<char> line, char separator, List<string> fields, out string error)
    {
        fields.Clear();
        error = string.Empty;
        while (true)
        {
            var trimmed = line.TrimStart(' ');
            if (trimmed.StartsWith('"'))
            {
                if (!ReadQuoted(trimmed[1..], out var value, out var rest))
                {
                    error = "a quoted field has no closing quote";
                    return false;
                }

                rest = rest.TrimStart(' ');
                if (!rest.IsEmpty && rest[0] != separator)
                {
                    error = $"text after a closing quote: {UrlText.Quote(rest.ToString())}";
                    return false;
                }

                fields.Add(value);
                line = rest;
            }
            else
            {
                var end = line.IndexOf(separator);
                fields.Add((end < 0 ? line : line[..end]).ToString());
                line = end < 0 ? [] : line[end..];
            }

            if (line.IsEmpty)
            {
                return true;
            }

            line = line[1..];
        }
    }

    private static bool ReadQuoted(ReadOnlySpan<char> text, out string value, out ReadOnlySpan<char> rest)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '"')
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && text[i + 1] == '"')
            {
                builder.Append('"');
                i++;
            }
            else
            {
                value = builder.ToString();
                rest = text[(i + 1)..];
                return true;
            }
        }

        value = string.Empty;
        rest = [];
        return false;
    }
}
