using System.Globalization;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Web.Session;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// Import (issue 5): the Import… button opens a hidden file input; <c>js/playground.js</c> reads the
/// file picked (or one dropped on the output heatmap or the data column) and hands its text to
/// <see cref="PlaygroundSession.ImportFile"/>. Then one line says what was read and how it was
/// scaled, or a dismissible list shows the file's errors with their line numbers.
/// </summary>
public sealed partial class ImportData
{
    /// <summary>
    /// The note after an import, e.g. <c>1,234 points, classification; x 0…100 and y −3…3 scaled into −6…6</c>.
    /// </summary>
    public static string Note(ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = report.Result;
        var kind = result.Problem switch
        {
            ProblemKind.Multiclass => string.Create(CultureInfo.InvariantCulture, $"{result.Classes} classes"),
            ProblemKind.Regression => "regression",
            _ => "classification",
        };
        var note = string.Create(CultureInfo.InvariantCulture, $"{result.Points.Count:N0} {(result.Points.Count == 1 ? "point" : "points")}, {kind}");
        if (result.Scale is not { } scale)
        {
            return note;
        }

        if (scale.Factor != 1 || scale.CenterX != 0 || scale.CenterY != 0)
        {
            note += $"; x {Number(scale.XMin)}…{Number(scale.XMax)} and y {Number(scale.YMin)}…{Number(scale.YMax)} scaled into −6…6";
        }

        if (scale.LabelFactor != 1)
        {
            note += $"; labels {Number(scale.LabelMin)}…{Number(scale.LabelMax)} scaled into −1…1";
        }

        return note;
    }

    // Short and with a real minus sign: 0.5, −3, 1200, 1.23e+06.
    private static string Number(double value)
    {
        var text = Math.Abs(value) >= 1e6 || (value != 0 && Math.Abs(value) < 1e-3)
            ? value.ToString("0.##e+0", CultureInfo.InvariantCulture)
            : value.ToString("0.###", CultureInfo.InvariantCulture);
        return text.Replace('-', '\u2212');
    }
}
