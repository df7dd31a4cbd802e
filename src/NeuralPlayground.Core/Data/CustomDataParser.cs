using System.Globalization;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Data;

/// <summary>
/// Reads a user's CSV or JSON file of points (issue 5) into points for the state.
/// </summary>
/// <remarks>
/// <para>CSV: columns <c>x,y,label</c>, optionally a fourth <c>split</c> column of <c>train</c>/<c>test</c>
/// (as <c>playground data</c> and the page's export write it; ignored). The first line is a header when
/// none of its fields is a number. Separators: tab if the first line has one, else <c>;</c> if it has
/// one (then a decimal comma is accepted), else <c>,</c>. Fields may be quoted (<c>""</c> is a quote);
/// a byte-order mark, CRLF and blank lines are fine.</para>
/// <para>JSON: an array of <c>{"x":…,"y":…,"label":…}</c> objects (other properties ignored) or of
/// <c>[x, y, label]</c> arrays; numbers may be JSON numbers or numeric strings.</para>
/// <para>Every value must be a finite number within ±1e15; at most 20,000 points. Labels decide the
/// problem: all ±1, or all 0/1 (0 becomes −1), is classification; whole numbers 0…k−1 with
/// 3 ≤ k ≤ 6 (the largest is k − 1) are multi-class; anything else is regression, divided by the
/// largest |label| when that is above 1. Coordinates already inside [−6, 6] and spanning at least
/// half of it are kept; any others are centred and scaled by one factor so the wider axis fills
/// [−6, 6]. Then every point is quantized (<see cref="CustomData.Quantize"/>).</para>
/// <para>Any error means no points: the caller keeps its current data and shows the errors.</para>
/// </remarks>
public static partial class CustomDataParser
{
    /// <summary>The largest magnitude accepted for a coordinate or label.</summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>
    /// Parses <paramref name="text"/>: JSON when <paramref name="fileName"/> ends in <c>.json</c>, CSV
    /// when it ends in <c>.csv</c>, <c>.tsv</c> or <c>.txt</c>, otherwise JSON when the text starts with
    /// <c>[</c> or <c>{</c>. Never throws on bad content.
    /// </summary>
    public static CustomDataParseResult Parse(string text, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new CustomDataErrors();
        var rows = new List<Row>();
        if (IsJson(text, fileName))
        {
            ReadJson(text, rows, errors);
        }
        else
        {
            ReadCsv(text, rows, errors);
        }

        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add(null, "no points");
        }

        return errors.Count > 0 ? CustomDataParseResult.Failed(errors.ToList()) : Finish(rows);
    }

    private static bool IsJson(string text, string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant();
        if (extension is ".JSON" or ".CSV" or ".TSV" or ".TXT")
        {
            return extension == ".JSON";
        }

        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        return !start.IsEmpty && start[0] is '[' or '{';
    }

    // One value of a row. The parsed number, or an error message for the row's line.
    private static double? ReadNumber(string name, ReadOnlySpan<char> field, bool decimalComma, int line, CustomDataErrors errors)
    {
        var text = field.Trim().ToString();
        if (decimalComma && text.Contains(',', StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal))
        {
            text = text.Replace(',', '.');
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(line, $"{name} {UrlText.Quote(text)} is not a number");
            return null;
        }

        if (!double.IsFinite(value) || Math.Abs(value) > MaxMagnitude)
        {
            errors.Add(line, $"{name} {UrlText.Quote(text)} is not a finite number within ±1e15");
            return null;
        }

        return value;
    }

    // Adds a row, or the too-many error; false once the limit is passed (stop reading).
    private static bool AddRow(List<Row> rows, Row row, CustomDataErrors errors)
    {
        if (rows.Count == CustomData.MaxImportPoints)
        {
            errors.Add(row.Line, string.Create(CultureInfo.InvariantCulture, $"more than {CustomData.MaxImportPoints} points"));
            return false;
        }

        rows.Add(row);
        return true;
    }

    private static CustomDataParseResult Finish(List<Row> rows)
    {
        var (problem, classes, labelFactor) = DetectProblem(rows);
        double xMin = rows.Min(r => r.X), xMax = rows.Max(r => r.X), yMin = rows.Min(r => r.Y), yMax = rows.Max(r => r.Y);
        var span = Math.Max(xMax - xMin, yMax - yMin);
        var keep = xMin >= -CustomData.Extent && xMax <= CustomData.Extent && yMin >= -CustomData.Extent && yMax <= CustomData.Extent && span >= CustomData.Extent;
        var scale = new CustomDataScale(
            xMin, xMax, yMin, yMax, rows.Min(r => r.Label), rows.Max(r => r.Label),
            keep ? 0 : (xMin + xMax) / 2,
            keep ? 0 : (yMin + yMax) / 2,
            keep || span == 0 ? 1 : 2 * CustomData.Extent / span,
            labelFactor);
        var points = rows.Select(r => CustomData.Quantize(
            new Example2D((r.X - scale.CenterX) * scale.Factor, (r.Y - scale.CenterY) * scale.Factor, Label(r.Label, problem, labelFactor)),
            problem,
            classes ?? MulticlassDatasets.MaxClasses));
        return new CustomDataParseResult([.. points], problem, classes, scale, []);
    }

    private static (ProblemKind Problem, int? Classes, double LabelFactor) DetectProblem(List<Row> rows)
    {
        if (rows.All(r => r.Label is 1 or -1) || rows.All(r => r.Label is 0 or 1))
        {
            return (ProblemKind.Classification, null, 1);
        }

        var max = rows.Max(r => r.Label);
        if (max >= MulticlassDatasets.MinClasses - 1 && max < MulticlassDatasets.MaxClasses && rows.All(r => r.Label >= 0 && Math.Floor(r.Label) == r.Label))
        {
            return (ProblemKind.Multiclass, (int)max + 1, 1);
        }

        var largest = rows.Max(r => Math.Abs(r.Label));
        return (ProblemKind.Regression, null, largest > 1 ? 1 / largest : 1);
    }

    private static double Label(double label, ProblemKind problem, double labelFactor) => problem switch
    {
        ProblemKind.Classification => label == 0 ? -1 : label,
        ProblemKind.Regression => label * labelFactor,
        _ => label,
    };

    /// <summary>A point as read, before scaling, with its line.</summary>
    private readonly record struct Row(double X, double Y, double Label, int Line);
}
