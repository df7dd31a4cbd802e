using System.Text;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Grid;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Core.Sessions;
using NeuralPlayground.Core.State;
using static NeuralPlayground.Core.Export.SvgMarkup;

namespace NeuralPlayground.Core.Export;

/// <summary>
/// Pictures of a session for download (issue 5), drawn as the page draws them (spec §11): the
/// output heatmap with its points and axes, and the whole figure (features, hidden layers, links,
/// biases, heatmaps). SVG text is standalone (no stylesheet, images embedded as PNG data URIs);
/// lengths are the page's CSS px. Grids come from <see cref="FastGrid"/>, as on the page.
/// </summary>
public static partial class FigureExport
{
    /// <summary>Side of the output heatmap box in px, padding included (the page's 300).</summary>
    public const int HeatmapBox = 300;

    /// <summary>Padding around the plotted square in px.</summary>
    public const int HeatmapPadding = 20;

    /// <summary>Side of the plotted square in px: the 100×100 image stretched to 260.</summary>
    public const int HeatmapPlot = HeatmapBox - (2 * HeatmapPadding);

    /// <summary>
    /// The output heatmap's pixels as the page paints them: 100×100 RGBA, row-major, y = +6 on the
    /// top row, alpha 160. Binary classification and regression colour the output node's grid
    /// (<see cref="HeatmapImage.Fill(ReadOnlySpan{float}, Span{byte}, bool)"/>, honouring Discretize);
    /// multi-class colours the softmax of the output grids by class (<see cref="ClassPalette.Fill"/>,
    /// one-hot when discretized).
    /// </summary>
    public static byte[] OutputHeatmapRgba(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var grid = new FastGrid();
        grid.Evaluate(session.Network, session.Inputs);
        return OutputRgba(session, grid);
    }

    /// <summary>The output heatmap alone (<see cref="OutputHeatmapRgba"/>) as a 100×100 PNG file, alpha 160 as on the page.</summary>
    public static byte[] OutputHeatmapPng(Session session) =>
        PngEncoder.Encode(OutputHeatmapRgba(session), DecisionGrid.Density, DecisionGrid.Density);

    /// <summary>
    /// The output heatmap as a standalone SVG (the page's 300×300 box, viewBox in its px): a white
    /// background, the heatmap as an embedded PNG stretched over the 260×260 plot, the training
    /// points (r = 3, palette colour of the label or the class colour, white outline), the test
    /// points above them when Show test data is on (dark outline), and the axes −6…6.
    /// </summary>
    /// <param name="session">The session to draw.</param>
    /// <param name="size">The SVG's width and height in px (the drawing scales to it), ≥ 1.</param>
    public static string OutputHeatmapSvg(Session session, int size = HeatmapBox)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var svg = new StringBuilder(80_000);
        svg.Append("<svg xmlns=\"").Append(Namespace).Append("\" width=\"").Append(size).Append("\" height=\"").Append(size)
            .Append("\" viewBox=\"0 0 300 300\" font-family=\"").Append(FontFamily).Append("\">")
            .Append("<rect width=\"300\" height=\"300\" fill=\"#fff\"/>");
        AppendHeatmap(svg, session, OutputHeatmapRgba(session), 0, 0);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A point's x in the plot: d3 linear [−6, 6] → [0, 260].</summary>
    internal static double PlotX(double x)
    {
        var t = (x + DecisionGrid.Extent) / (2 * DecisionGrid.Extent);
        return (0 * (1 - t)) + (HeatmapPlot * t);
    }

    /// <summary>A point's y in the plot, upwards: d3 linear [−6, 6] → [260, 0].</summary>
    internal static double PlotY(double y)
    {
        var t = (y + DecisionGrid.Extent) / (2 * DecisionGrid.Extent);
        return (HeatmapPlot * (1 - t)) + (0 * t);
    }

    private static byte[] OutputRgba(Session session, FastGrid grid)
    {
        var rgba = new byte[HeatmapImage.ImageByteCount];
        OutputImage.Fill(session.Network, grid, new FastSoftmax(), session.State.Discretize, rgba);
        return rgba;
    }

    // The 300×300 box with its top-left corner at (x, y): image, points, axes.
    private static void AppendHeatmap(StringBuilder svg, Session session, byte[] rgba, double x, double y)
    {
        svg.Append("<g class=\"heatmap\" transform=\"translate(").Append(N(x + HeatmapPadding)).Append(',').Append(N(y + HeatmapPadding)).Append(")\">");
        Image(svg, rgba, DecisionGrid.Density, 0, 0, HeatmapPlot);
        var multiclass = session.State.Problem == ProblemKind.Multiclass;
        AppendPoints(svg, "train", session.Data.Train, multiclass, "#fff", "0.8");
        if (session.State.ShowTestData)
        {
            AppendPoints(svg, "test", session.Data.Test, multiclass, "#000", "0.6");
        }

        AppendAxis(svg, horizontal: true);
        AppendAxis(svg, horizontal: false);
        svg.Append("</g>");
    }

    // Only points inside [−6, 6]² are drawn, as on the page.
    private static void AppendPoints(StringBuilder svg, string kind, Example2D[] points, bool multiclass, string stroke, string strokeOpacity)
    {
        svg.Append("<g class=\"").Append(kind).Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"1\" stroke-opacity=\"")
            .Append(strokeOpacity).Append("\" fill-opacity=\"0.9\">");
        foreach (var p in points)
        {
            if (p.X >= -DecisionGrid.Extent && p.X <= DecisionGrid.Extent && p.Y >= -DecisionGrid.Extent && p.Y <= DecisionGrid.Extent)
            {
                var fill = multiclass ? ClassFill(p.Label) : Colors.Shade(p.Label);
                svg.Append("<circle cx=\"").Append(N(PlotX(p.X))).Append("\" cy=\"").Append(N(PlotY(p.Y)))
                    .Append("\" r=\"3\" fill=\"").Append(fill).Append("\"/>");
            }
        }

        svg.Append("</g>");
    }

    // A class id's colour; anything else (a bad imported label) black, as a NaN label is.
    private static string ClassFill(double label) =>
        label >= 0 && label < ClassPalette.MaxClasses && label == Math.Floor(label) ? ClassPalette.Hex[(int)label] : Colors.NaNColor;

    // x along the bottom, y along the right; ticks −6…6, the 0 tick darker.
    private static void AppendAxis(StringBuilder svg, bool horizontal)
    {
        svg.Append("<g class=\"").Append(horizontal ? "x" : "y").Append(" axis\" font-size=\"10\" transform=\"translate(")
            .Append(horizontal ? "0," + HeatmapPlot : HeatmapPlot + ",0").Append(")\">");
        for (var v = -6; v <= 6; v++)
        {
            var zero = v == 0;
            var at = N(horizontal ? PlotX(v) : PlotY(v));
            svg.Append("<g transform=\"translate(").Append(horizontal ? at + ",0" : "0," + at).Append(")\">")
                .Append(horizontal ? "<line y2=\"6\"" : "<line x2=\"6\"").Append(" stroke=\"").Append(zero ? "#999" : "#ddd")
                .Append("\" shape-rendering=\"crispEdges\"/><text fill=\"").Append(zero ? "#333" : "#bbb")
                .Append(horizontal ? "\" y=\"9\" dy=\".71em\" text-anchor=\"middle\">" : "\" x=\"9\" dy=\".32em\" text-anchor=\"start\">")
                .Append(v.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("</text></g>");
        }

        svg.Append("</g>");
    }
}
