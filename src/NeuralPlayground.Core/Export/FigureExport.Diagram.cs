using System.Text;
using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Grid;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Core.Sessions;
using static NeuralPlayground.Core.Export.SvgMarkup;

namespace NeuralPlayground.Core.Export;

/// <content>The whole figure: the network diagram with its heatmaps and the output heatmap.</content>
public static partial class FigureExport
{
    /// <summary>The default diagram width W in px: the page's at 944 px (OUTPUT left − FEATURES left).</summary>
    public const double DefaultDiagramWidth = 540;

    /// <summary>Space left of the diagram box in px, for the right-aligned feature labels.</summary>
    public const double MarginLeft = 20;

    /// <summary>Space above the diagram box in px.</summary>
    public const double MarginTop = 10;

    /// <summary>
    /// The output plot's top below the diagram box's top in px: 14, where the page's default OUTPUT
    /// column (heading, losses, accuracy) puts it, so the output links enter near the plot's top.
    /// </summary>
    public const double HeatmapTop = 14;

    /// <summary>Space right of the output plot in px, for the y axis labels.</summary>
    public const double MarginRight = 30;

    private const double CaptionLineHeight = 15;

    // Characters of 11 px URL text that fit a line: about 6 px each.
    private const double CaptionCharWidth = 6;

    /// <summary>
    /// The whole figure as one standalone SVG, static (no flowing dashes): the features column (every
    /// candidate, faded when switched off, its label with sub- and superscripts and its 10×10 heatmap),
    /// the hidden layers' nodes with their heatmaps and bias squares, the links as the page's cubic
    /// paths (width, colour and dashes from <see cref="LinkStyle"/>, a dead link dotted grey), the
    /// output heatmap with its points and axes at the right (its plot's left edge at W, where the
    /// output links end, and its top <see cref="HeatmapTop"/> below the diagram's), and a caption with
    /// the epoch and the URL. The geometry is <see cref="DiagramLayout"/>'s, offset by
    /// (<see cref="MarginLeft"/>, <see cref="MarginTop"/>).
    /// </summary>
    /// <param name="session">The session to draw.</param>
    /// <param name="width">The diagram width W in px, as the page's (≥ 200).</param>
    /// <param name="pageUrl">The page address written before the hash in the caption (e.g. <c>https://host/</c>), or null for the hash alone.</param>
    public static string FigureSvg(Session session, double width = DefaultDiagramWidth, string? pageUrl = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 200);
        var network = session.Network;
        string[] candidates = [.. session.Candidates.Select(f => f.Key)];
        var layout = DiagramLayout.Create([.. candidates, .. network.InputIds.Except(candidates)], network, width);
        var grid = new FastGrid();
        grid.Evaluate(network, session.Inputs);
        var figureWidth = MarginLeft + width + HeatmapPlot + MarginRight;
        var bodyHeight = MarginTop + Math.Max(layout.Height, HeatmapTop + HeatmapBox - HeatmapPadding);
        var caption = CaptionLines(session, pageUrl, figureWidth);
        var height = bodyHeight + 10 + (caption.Count * CaptionLineHeight);
        var svg = new StringBuilder(120_000);
        svg.Append("<svg xmlns=\"").Append(Namespace).Append("\" width=\"").Append(N(figureWidth)).Append("\" height=\"").Append(N(height))
            .Append("\" viewBox=\"0 0 ").Append(N(figureWidth)).Append(' ').Append(N(height)).Append("\" font-family=\"").Append(FontFamily).Append("\">")
            .Append("<defs><marker id=\"np-link-start\" markerWidth=\"8\" markerHeight=\"13\" refX=\"1\" refY=\"6\" orient=\"auto\" markerUnits=\"userSpaceOnUse\" overflow=\"visible\">")
            .Append("<path d=\"M2,11L7,6L2,2\" fill=\"#000\" stroke=\"#000\" stroke-opacity=\"0.2\"/></marker>")
            .Append("<filter id=\"np-shadow\" x=\"-50%\" y=\"-50%\" width=\"200%\" height=\"200%\"><feDropShadow dx=\"0\" dy=\"2\" stdDeviation=\"2.5\" flood-opacity=\"0.2\"/></filter></defs>")
            .Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        AppendHeatmap(svg, session, OutputRgba(session, grid), MarginLeft + width - HeatmapPadding, MarginTop + HeatmapTop - HeatmapPadding);
        svg.Append("<g class=\"network\" transform=\"translate(").Append(N(MarginLeft + DiagramLayout.GroupOffset)).Append(',')
            .Append(N(MarginTop + DiagramLayout.GroupOffset)).Append(")\">");
        AppendLinks(svg, layout, network, session.Epoch);
        foreach (var node in layout.Nodes)
        {
            AppendNode(svg, node, network, grid, session.State.Discretize);
        }

        svg.Append("</g>");
        AppendCaption(svg, caption, bodyHeight + 10);
        return svg.Append("</svg>").ToString();
    }

    // The page paints the last link first, each with its start marker; a dead link dotted grey.
    private static void AppendLinks(StringBuilder svg, DiagramLayout layout, Network network, long epoch)
    {
        svg.Append("<g class=\"links\" fill=\"none\" marker-start=\"url(#np-link-start)\">");
        var offset = N(LinkStyle.DashOffset(epoch) + 0.0);
        for (var k = layout.Links.Count - 1; k >= 0; k--)
        {
            var link = layout.Links[k];
            var weight = network.Weights[link.WeightIndex];
            var strokeWidth = LinkStyle.StrokeWidth(weight);
            var dead = network.IsDead[link.WeightIndex];
            svg.Append("<path class=\"link\" data-link=\"").Append(Escape(link.Id)).Append("\" d=\"").Append(link.Path)
                .Append("\" stroke=\"").Append(dead ? "#888" : LinkStyle.Stroke(weight))
                .Append("\" stroke-width=\"").Append(N(double.IsNaN(strokeWidth) ? 1 : strokeWidth))
                .Append("\" stroke-dasharray=\"").Append(dead ? "2 3" : LinkStyle.DashArray)
                .Append("\" stroke-dashoffset=\"").Append(dead ? "0" : offset).Append("\"/>");
        }

        svg.Append("</g>");
    }

    // A node: the bias square (painted with the links, below the nodes), the white square, the input
    // label, and the heatmap with its border (none, and faded, for a switched-off input).
    private static void AppendNode(StringBuilder svg, DiagramNode node, Network network, FastGrid grid, bool discretize)
    {
        if (node.BiasIndex is { } bias)
        {
            svg.Append("<rect class=\"bias\" x=\"").Append(N(node.BiasX)).Append("\" y=\"").Append(N(node.BiasY))
                .Append("\" width=\"5\" height=\"5\" fill=\"").Append(Colors.Scale(network.Biases[bias])).Append("\"/>");
        }

        svg.Append("<g class=\"node\" data-node=\"").Append(Escape(node.Id)).Append("\" transform=\"").Append(node.Transform).Append('"')
            .Append(node.IsEnabled ? ">" : " opacity=\"0.5\">").Append("<rect width=\"30\" height=\"30\" fill=\"#fff\"/>");
        var feature = node.IsInput ? InputFeatures.Find(node.Id) : null;
        if (node.IsInput)
        {
            AppendLabel(svg, feature?.Label ?? node.Id);
        }

        svg.Append("</g>");
        var rgba = new byte[HeatmapImage.ThumbnailByteCount];
        if (feature is not null)
        {
            HeatmapImage.Fill(FastGrid.FeatureThumbnail(feature), rgba, discretize);
        }
        else if (node.NetworkIndex is { } index)
        {
            HeatmapImage.Fill(grid.Thumbnail(index), rgba, discretize);
        }

        if (node.IsEnabled)
        {
            svg.Append("<rect x=\"").Append(N(node.Left - 1)).Append("\" y=\"").Append(N(node.Top - 1))
                .Append("\" width=\"32\" height=\"32\" rx=\"2\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"2\" filter=\"url(#np-shadow)\"/>");
        }

        Image(svg, rgba, HeatmapImage.ThumbnailSide, node.Left, node.Top, DiagramLayout.NodeSize,
            (node.IsEnabled ? string.Empty : " opacity=\"0.4\"") + " class=\"node-heatmap\" data-node=\"" + Escape(node.Id) + "\"");
    }

    // The original's label markup: /(.*?)([_^])(.)/g, the shifted character drawn at 9 px.
    private static void AppendLabel(StringBuilder svg, string label)
    {
        svg.Append("<text x=\"-10\" y=\"15\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"#333\" font-size=\"13\" font-weight=\"300\">");
        var start = 0;
        for (var i = 0; i + 1 < label.Length; i++)
        {
            if (label[i] is '_' or '^')
            {
                svg.Append("<tspan>").Append(Escape(label[start..i])).Append("</tspan>")
                    .Append("<tspan baseline-shift=\"").Append(label[i] == '_' ? "sub" : "super").Append("\" font-size=\"9\">")
                    .Append(Escape(label.Substring(i + 1, 1))).Append("</tspan>");
                start = i + 2;
                i++;
            }
        }

        svg.Append("<tspan>").Append(Escape(label[start..])).Append("</tspan></text>");
    }

    // "Epoch 000,042", then the link, broken at '&' where it can be so that each line fits the width.
    private static List<string> CaptionLines(Session session, string? pageUrl, double figureWidth)
    {
        var url = (pageUrl ?? string.Empty) + "#" + session.Serialize();
        var perLine = Math.Max(20, (int)((figureWidth - (2 * MarginLeft)) / CaptionCharWidth));
        var lines = new List<string> { "Epoch " + Formatting.Epoch(session.Epoch) };
        var start = 0;
        while (url.Length - start > perLine)
        {
            var cut = url.LastIndexOf('&', start + perLine - 1, perLine - 1);
            var end = cut > start ? cut : start + perLine;
            lines.Add(url[start..end]);
            start = end;
        }

        lines.Add(url[start..]);
        return lines;
    }

    private static void AppendCaption(StringBuilder svg, List<string> lines, double top)
    {
        svg.Append("<text class=\"caption\" font-size=\"11\" fill=\"#777\">");
        for (var k = 0; k < lines.Count; k++)
        {
            svg.Append("<tspan class=\"").Append(k == 0 ? "epoch" : "url").Append("\" x=\"").Append(N(MarginLeft)).Append("\" y=\"")
                .Append(N(top + ((k + 1) * CaptionLineHeight) - 4)).Append("\">").Append(Escape(lines[k])).Append("</tspan>");
        }

        svg.Append("</text>");
    }
}
