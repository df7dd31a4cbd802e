using System.Text;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Data;

/// <summary>
/// The CSV of a data split, as <c>playground data --format csv</c> prints it and the page exports it:
/// a header <c>x,y,label,split</c>, then the training points in training order, then the test
/// points; numbers in JavaScript's shortest round-trip form (−0 as <c>-0</c>), lines ended by <c>\n</c>.
/// <see cref="CustomDataParser"/> reads it back.
/// </summary>
public static class DataCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "x,y,label,split";

    /// <summary>Writes <paramref name="data"/> as CSV text.</summary>
    public static string Write(DataSplit data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var builder = new StringBuilder(Header).Append('\n');
        Append(builder, data.Train, "train");
        Append(builder, data.Test, "test");
        return builder.ToString();
    }

    /// <summary>A number as the CSV writes it: JavaScript's form, with −0 kept as <c>-0</c>.</summary>
    public static string Format(double value) =>
        value == 0 && double.IsNegative(value) ? "-0" : JsNumber.ToString(value);

    private static void Append(StringBuilder builder, Example2D[] points, string split)
    {
        foreach (var p in points)
        {
            builder.Append(Format(p.X)).Append(',').Append(Format(p.Y)).Append(',').Append(Format(p.Label)).Append(',').Append(split).Append('\n');
        }
    }
}
