using System.Text;

namespace NeuralPlayground.Core.Rendering;

/// <summary>Writing one series: skipping missing values and thinning each half-pixel column.</summary>
public static partial class LossChartPath
{
    // Half-pixel columns keep the thinned line exact on screens of up to 2 device px per CSS px.
    private const double ColumnsPerPixel = 2;

    private static string Line(IReadOnlyList<LossPoint> points, Scales scales, bool train)
    {
        var builder = new StringBuilder(Math.Min(points.Count, 2048) * 16);
        var column = default(Column);
        var drawn = 0;
        for (var i = 0; i < points.Count; i++)
        {
            if ((train ? points[i].Train : points[i].Test) is not { } value || !double.IsFinite(value))
            {
                continue;
            }

            var key = Math.Floor(scales.X(i + 1) * ColumnsPerPixel);
            if (column.Count > 0 && key == column.Key)
            {
                column.Add(i, value);
                continue;
            }

            drawn += column.Write(builder, scales, drawn);
            column = new Column(key, i, value);
        }

        drawn += column.Write(builder, scales, drawn);
        return drawn == 1 ? builder.Append('Z').ToString() : builder.ToString();
    }

    // M4 aggregation of one column: its first, lowest, highest and last points, in index order.
    private struct Column(double key, int index, double value)
    {
        private (int Index, double Value) _first = (index, value), _low = (index, value), _high = (index, value), _last = (index, value);

        public double Key { get; } = key;

        public int Count { get; private set; } = 1;

        public void Add(int index, double value)
        {
            _last = (index, value);
            _low = value < _low.Value ? _last : _low;
            _high = value > _high.Value ? _last : _high;
            Count++;
        }

        // Appends the column's distinct points; returns how many.
        public readonly int Write(StringBuilder builder, Scales scales, int drawnBefore)
        {
            if (Count == 0)
            {
                return 0;
            }

            var (middle1, middle2) = _low.Index <= _high.Index ? (_low, _high) : (_high, _low);
            var written = 0;
            var previous = -1;
            foreach (var (index, value) in (ReadOnlySpan<(int, double)>)[_first, middle1, middle2, _last])
            {
                if (index != previous)
                {
                    builder.Append(drawnBefore + written++ == 0 ? 'M' : 'L');
                    SvgNumber.AppendRounded(builder, scales.X(index + 1)).Append(',');
                    SvgNumber.AppendRounded(builder, scales.Y(value));
                    previous = index;
                }
            }

            return written;
        }
    }
}
