using System.Globalization;
using Microsoft.AspNetCore.Components;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// The OUTPUT column (spec §1, §11.2, §11.4): the metrics (<see cref="LossChart"/>), the big
/// heatmap — the 100 × 100 canvas the frame loop paints, stretched to 260 × 260, under an SVG with
/// the training points, the test points when asked, and the axes −6…6 — then the colour legend
/// and the Show test data and Discretize output checkboxes. Your own data (issue 5): a
/// <see cref="PaintLayer"/> over the plot, the <see cref="PaintToolbar"/> and <see cref="ImportData"/>
/// under it, and a file dropped on the heatmap is imported. It re-renders on changes only; the
/// canvas is painted by JavaScript and the metrics follow every epoch themselves.
/// </summary>
public sealed partial class OutputPanel
{
    /// <summary>Side of the heatmap box in px, padding included.</summary>
    public const int Box = 300;

    /// <summary>Padding around the plot in px.</summary>
    public const int Padding = 20;

    /// <summary>Side of the plot (the stretched canvas) in px.</summary>
    public const int Plot = Box - (2 * Padding);

    /// <summary>Half the side of the plotted domain: points and ticks span [−6, 6].</summary>
    public const double Domain = 6;

    private static readonly Tick[] Ticks = [.. Enumerable.Range(-6, 13).Select(v => new Tick(v))];

    private static readonly (string X, string Label)[] LegendTicks = [("0", "-1"), ("72", "0"), ("144", "1")];

    private Example2D[]? _train;
    private Example2D[]? _test;
    private DataPoint[] _trainPoints = [];
    private DataPoint[] _testPoints = [];

    private PlaygroundState State => Playground.Model.State;

    private DataPoint[] TrainPoints => Cached(Playground.Model.Data.Train, IsMulticlass, ref _train, ref _trainPoints);

    private DataPoint[] TestPoints => Cached(Playground.Model.Data.Test, IsMulticlass, ref _test, ref _testPoints);

    private bool IsMulticlass => State.Problem == ProblemKind.Multiclass;

    /// <summary>A point's x in the plot: d3 v3's linear [−6, 6] → [0, 260], t = (x + 6)/12, 0·(1 − t) + 260·t.</summary>
    internal static double PlotX(double x)
    {
        var t = (x + Domain) / (2 * Domain);
        return (0 * (1 - t)) + (Plot * t);
    }

    /// <summary>A point's y in the plot, upwards: d3 v3's linear [−6, 6] → [260, 0], 260·(1 − t) + 0·t.</summary>
    internal static double PlotY(double y)
    {
        var t = (y + Domain) / (2 * Domain);
        return (Plot * (1 - t)) + (0 * t);
    }

    // Only points inside [−6, 6]² are drawn (all of them still train). A multi-class point takes its class's colour.
    private static DataPoint[] Cached(Example2D[] points, bool multiclass, ref Example2D[]? source, ref DataPoint[] drawn)
    {
        if (!ReferenceEquals(points, source))
        {
            source = points;
            drawn = [.. points
                .Where(p => p.X >= -Domain && p.X <= Domain && p.Y >= -Domain && p.Y <= Domain)
                .Select(p => new DataPoint(Svg(PlotX(p.X)), Svg(PlotY(p.Y)), multiclass ? ClassPalette.Hex[(int)p.Label] : Colors.Shade(p.Label)))];
        }

        return drawn;
    }

    private static string Svg(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private void OnShowTestData(ChangeEventArgs e) => Playground.SetShowTestData(e.Value is true);

    private void OnDiscretize(ChangeEventArgs e) => Playground.SetDiscretize(e.Value is true);

    private readonly record struct DataPoint(string Cx, string Cy, string Fill);

    private readonly record struct Tick(int Value)
    {
        public string Label => Value.ToString(CultureInfo.InvariantCulture);

        public string Position => Svg(PlotX(Value));

        public string Flipped => Svg(PlotY(Value));
    }
}
