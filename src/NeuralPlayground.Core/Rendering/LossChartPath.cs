using System.Runtime.CompilerServices;
using System.Text;

namespace NeuralPlayground.Core.Rendering;

/// <summary>
/// The loss chart (spec §11.8): two d3 v3 linear <c>svg.line</c>s over every point since the last
/// reset. Point n (1-based) sits at x = lin(n; 1 → 0, count → width − 2); a value v at
/// y = lin(v; min → height − 4, max → 0), min and max taken over both series, so larger losses are
/// higher. Both maps use d3's <c>r0·(1 − t) + r1·t</c>, and a degenerate domain maps to r0.
/// Our fix of the original (quirks #18/#28 context): missing (null), NaN and infinite values are
/// skipped, neither plotted nor counted in the domain, instead of poisoning the whole chart; the
/// line joins the remaining points, which keep their own x.
/// </summary>
public static partial class LossChartPath
{
    /// <summary>Top margin in px.</summary>
    public const double MarginTop = 2;

    /// <summary>Right margin in px.</summary>
    public const double MarginRight = 0;

    /// <summary>Bottom margin in px.</summary>
    public const double MarginBottom = 2;

    /// <summary>Left margin in px.</summary>
    public const double MarginLeft = 2;

    /// <summary>The chart group's <c>transform</c>: <c>translate(2,2)</c>.</summary>
    public const string Transform = "translate(2,2)";

    /// <summary>Stroke of the training loss line.</summary>
    public const string TrainStroke = "#777";

    /// <summary>Stroke of the test loss line.</summary>
    public const string TestStroke = "black";

    /// <summary>
    /// Both paths for a chart whose SVG is <paramref name="width"/> × <paramref name="height"/> px
    /// (the original's container, about 138 × 55). Each path is <c>M x,y L x,y …</c> without spaces,
    /// as d3 writes it (<c>M0,51L136,0</c>); a single point is <c>M x,yZ</c>; no point gives "".
    /// Unlike d3, which writes every coordinate with full precision, coordinates are rounded to
    /// 0.001 px (<c>2.429</c> for 2.4285714285714315): the same picture, several times faster to
    /// write, which matters because the whole chart is rewritten on every refresh. For the same reason
    /// a long run is thinned per half-pixel column to its first, lowest, highest and last point (M4
    /// aggregation), which draws the same line while capping the path at about 8 points per px.
    /// </summary>
    /// <param name="points">Every point since the last reset, oldest first.</param>
    /// <param name="width">SVG width in px, margins included.</param>
    /// <param name="height">SVG height in px, margins included.</param>
    public static LossChartPaths Build(IReadOnlyList<LossPoint> points, double width, double height)
    {
        ArgumentNullException.ThrowIfNull(points);
        var (min, max) = Domain(points);
        var scales = new Scales(points.Count, width - MarginLeft - MarginRight, height - MarginTop - MarginBottom, min, max);
        return new LossChartPaths(Line(points, scales, train: true), Line(points, scales, train: false));
    }

    private static (double Min, double Max) Domain(IReadOnlyList<LossPoint> points)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (var i = 0; i < points.Count; i++)
        {
            var (train, test) = points[i];
            if (train is { } a && double.IsFinite(a))
            {
                (min, max) = (Math.Min(min, a), Math.Max(max, a));
            }

            if (test is { } b && double.IsFinite(b))
            {
                (min, max) = (Math.Min(min, b), Math.Max(max, b));
            }
        }

        return (min, max);
    }

    // d3 v3 linear scales: t = (v − d0)/(d1 − d0), or 0 when d1 = d0; then r0·(1 − t) + r1·t.
    private readonly record struct Scales(int Count, double Width, double Height, double Min, double Max)
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double X(int n) => (0 * (1 - T(n, 1, Count))) + (Width * T(n, 1, Count));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double Y(double value) => (Height * (1 - T(value, Min, Max))) + (0 * T(value, Min, Max));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double T(double value, double d0, double d1)
        {
            var span = d1 - d0;
            return span == 0 ? 0 : (value - d0) / span;
        }
    }
}
