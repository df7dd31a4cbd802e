using System.Text;

namespace NeuralPlayground.Core.Rendering;

/// <summary>Writing one series: skipping missing values and thinning each half-pixel column.</summary>
/// <remarks>
/// The chart is rewritten on every frame, in the browser's interpreter, where each call costs
/// about as much as a dozen arithmetic steps: a column's state lives in locals and each point's
/// text is written into one buffer and appended with one call.
/// </remarks>
public static partial class LossChartPath
{
    // Half-pixel columns keep the thinned line exact on screens of up to 2 device px per CSS px.
    private const double ColumnsPerPixel = 2;

    // 'L', two numbers of at most 25 characters (JavaScript's longest) and ','.
    private const int MaxPointLength = 52;

    private static string Line(IReadOnlyList<LossPoint> points, Scales scales, bool train)
    {
        var builder = new StringBuilder(Math.Min(points.Count, 2048) * 16);
        var text = new char[MaxPointLength];
        var drawn = 0;
        var count = 0;
        double key = 0, firstValue = 0, lowValue = 0, highValue = 0, lastValue = 0;
        int first = 0, low = 0, high = 0, last = 0;
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            if ((train ? point.Train : point.Test) is not { } value || !double.IsFinite(value))
            {
                continue;
            }

            var column = Math.Floor(scales.X(i + 1) * ColumnsPerPixel);
            if (count > 0 && column == key)
            {
                // M4 aggregation: each column keeps its first, lowest, highest and last points.
                (last, lastValue) = (i, value);
                (low, lowValue) = value < lowValue ? (i, value) : (low, lowValue);
                (high, highValue) = value > highValue ? (i, value) : (high, highValue);
                count++;
                continue;
            }

            if (count > 0)
            {
                drawn = WriteColumn(builder, text, scales, drawn, (first, firstValue), (low, lowValue), (high, highValue), (last, lastValue));
            }

            (key, count) = (column, 1);
            (first, firstValue, low, lowValue, high, highValue, last, lastValue) = (i, value, i, value, i, value, i, value);
        }

        if (count > 0)
        {
            drawn = WriteColumn(builder, text, scales, drawn, (first, firstValue), (low, lowValue), (high, highValue), (last, lastValue));
        }

        return drawn == 1 ? builder.Append('Z').ToString() : builder.ToString();
    }

    // Appends a column's distinct points in index order; returns the number of points drawn so far.
    private static int WriteColumn(StringBuilder builder, char[] text, Scales scales, int drawn, (int Index, double Value) first, (int Index, double Value) low, (int Index, double Value) high, (int Index, double Value) last)
    {
        var (middle1, middle2) = low.Index <= high.Index ? (low, high) : (high, low);
        drawn = WritePoint(builder, text, scales, drawn, first, -1);
        drawn = WritePoint(builder, text, scales, drawn, middle1, first.Index);
        drawn = WritePoint(builder, text, scales, drawn, middle2, middle1.Index);
        return WritePoint(builder, text, scales, drawn, last, middle2.Index);
    }

    private static int WritePoint(StringBuilder builder, char[] text, Scales scales, int drawn, (int Index, double Value) point, int previous)
    {
        if (point.Index == previous)
        {
            return drawn;
        }

        text[0] = drawn == 0 ? 'M' : 'L';
        var length = SvgNumber.WriteRounded(text, 1, scales.X(point.Index + 1));
        text[length] = ',';
        length = SvgNumber.WriteRounded(text, length + 1, scales.Y(point.Value));
        builder.Append(text, 0, length);
        return drawn + 1;
    }
}
