using System.Globalization;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Core.Rendering;

/// <summary>
/// The network diagram's geometry (spec §11.1), computed once per redraw (rebuild or resize) with
/// the original's arithmetic, so every coordinate and path string equals what d3 v3 wrote. Lengths
/// are px in the diagram group, which the SVG translates by (3, 3).
/// </summary>
public sealed class DiagramLayout
{
    /// <summary>Side of a node square (the original's RECT_SIZE).</summary>
    public const double NodeSize = 30;

    /// <summary>Vertical distance between node centres in a column: 30 + 25.</summary>
    public const double RowSpacing = 55;

    /// <summary>Centre x of the input column: 15 + 50.</summary>
    public const double InputCx = 65;

    /// <summary>Left end of the hidden layers' range (the original's featureWidth).</summary>
    public const double FeatureWidth = 118;

    /// <summary>d3 <c>rangePoints</c> padding of the hidden layers.</summary>
    public const double LayerPadding = 0.7;

    /// <summary>The diagram group's offset in the SVG, both axes: <c>translate(3,3)</c>.</summary>
    public const double GroupOffset = 3;

    /// <summary>Side of a bias square.</summary>
    public const double BiasSize = 5;

    /// <summary>Bias square x relative to the node square: −5 − 2.</summary>
    public const double BiasOffsetX = -7;

    /// <summary>Bias square y relative to the node square: 30 − 5 + 3.</summary>
    public const double BiasOffsetY = 28;

    /// <summary>Input label anchor (text-anchor end) relative to the node square: (−10, 15).</summary>
    public const double LabelOffsetX = -10;

    /// <summary>Vertical spread of a node's incoming link ends: ±6 px around its centre.</summary>
    public const double FanOut = 12;

    /// <summary>Vertical distance between the output nodes of a multi-class network (ours): a tight fan by the losses, like the original's one output.</summary>
    public const double OutputSpacing = 12;

    private DiagramLayout(double width, double height, IReadOnlyList<DiagramNode> nodes, IReadOnlyList<DiagramNode> outputs, IReadOnlyList<DiagramLink> links, IReadOnlyList<NeuronControl> controls, (DiagramCallout? Thumbnail, DiagramCallout? Weights) callouts)
    {
        Width = width;
        Height = height;
        Nodes = nodes;
        Output = outputs[0];
        Outputs = outputs;
        Links = links;
        Controls = controls;
        (ThumbnailCallout, WeightsCallout) = callouts;
    }

    /// <summary>The SVG width W it was laid out for (output column left − features column left).</summary>
    public double Width { get; }

    /// <summary>The SVG height: max(candidate count, largest hidden layer) × 55.</summary>
    public double Height { get; }

    /// <summary>Drawn nodes: every candidate input top to bottom, then each hidden layer top to bottom.</summary>
    public IReadOnlyList<DiagramNode> Nodes { get; }

    /// <summary>
    /// The output node at (W + 15, 15). The original draws no square, thumbnail or bias for it (the
    /// main heatmap stands for it); only its incoming links end here.
    /// </summary>
    public DiagramNode Output { get; }

    /// <summary>
    /// Every output node: the one of <see cref="Output"/>, or with a multi-class network one per
    /// class, at (W + 15, 15 + 12·class) (ours).
    /// </summary>
    public IReadOnlyList<DiagramNode> Outputs { get; }

    /// <summary>
    /// Links in the network's order (<see cref="DiagramLink.WeightIndex"/> = position). The original
    /// inserts each path as the group's first child, so to paint them alike render this list in
    /// reverse, all below the nodes.
    /// </summary>
    public IReadOnlyList<DiagramLink> Links { get; }

    /// <summary>The +/− neuron controls, one per hidden layer, left to right.</summary>
    public IReadOnlyList<NeuronControl> Controls { get; }

    /// <summary>"This is the output from one neuron…": at (Cx, Cy + 23) of its node; null without one.</summary>
    public DiagramCallout? ThumbnailCallout { get; }

    /// <summary>"The outputs are mixed…": at 70% along its link, offset (+3, +5); null without one.</summary>
    public DiagramCallout? WeightsCallout { get; }

    /// <summary>Lays out <paramref name="network"/> with its inputs among <paramref name="candidateIds"/>.</summary>
    public static DiagramLayout Create(IReadOnlyList<string> candidateIds, Network network, double width)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Create(candidateIds, network.InputIds, network.LayerSizes, width);
    }

    /// <summary>Lays out a network of the given shape.</summary>
    /// <param name="candidateIds">Every drawn input feature, top to bottom, enabled or not.</param>
    /// <param name="enabledIds">The network's inputs, in input order; each must be a candidate.</param>
    /// <param name="layerSizes">[inputs, hidden…, outputs], as <see cref="Network.LayerSizes"/> (1 output, or one per class).</param>
    /// <param name="width">The SVG width W in px.</param>
    public static DiagramLayout Create(IReadOnlyList<string> candidateIds, IReadOnlyList<string> enabledIds, IReadOnlyList<int> layerSizes, double width)
    {
        Validate(candidateIds, enabledIds, layerSizes);
        List<DiagramNode> nodes = [.. candidateIds.Select((id, row) => new DiagramNode(id, 0, row, InputCx, RowY(row), IndexOf(enabledIds, id), null))];
        List<DiagramNode> previous = [.. enabledIds.Select(id => nodes[IndexOf(candidateIds, id)!.Value])];
        var links = new List<DiagramLink>();
        var hidden = layerSizes.Count - 2;
        var flat = enabledIds.Count;
        for (var layer = 1; layer <= hidden + 1; layer++)
        {
            var cx = layer <= hidden ? HiddenLayerLeft(layer, hidden, width) + (NodeSize / 2) : width + (NodeSize / 2);
            var current = new List<DiagramNode>();
            for (var row = 0; row < layerSizes[layer]; row++, flat++)
            {
                var id = (flat - enabledIds.Count + 1).ToString(CultureInfo.InvariantCulture);
                var cy = layer <= hidden ? RowY(row) : (NodeSize / 2) + (row * OutputSpacing);
                var node = new DiagramNode(id, layer, row, cx, cy, flat, flat - enabledIds.Count);
                AddLinks(links, previous, node);
                current.Add(node);
            }

            if (layer <= hidden)
            {
                nodes.AddRange(current);
            }

            previous = current;
        }

        var controls = Enumerable.Range(1, hidden)
            .Select(layer => new NeuronControl(layer, HiddenLayerLeft(layer, hidden, width) - 10, layerSizes[layer]))
            .ToList();
        var height = Math.Max(candidateIds.Count, hidden == 0 ? 0 : layerSizes.Skip(1).Take(hidden).Max()) * RowSpacing;
        var callouts = Callouts.Place(layerSizes, enabledIds, [.. nodes.Where(n => !n.IsInput)], links);
        return new DiagramLayout(width, height, nodes, previous, links, controls, callouts);
    }

    /// <summary>
    /// Left edge of hidden layer <paramref name="layer"/> (1-based) of <paramref name="hiddenCount"/>:
    /// d3 ordinal <c>rangePoints([118, W − 30], 0.7)</c>. One layer sits at (118 + W − 30)/2; otherwise
    /// step = (W − 30 − 118)/(H − 1 + 0.7) and left = 118 + step·0.7/2 + (layer − 1)·step.
    /// </summary>
    public static double HiddenLayerLeft(int layer, int hiddenCount, double width)
    {
        double start = FeatureWidth, stop = width - NodeSize;
        var step = 0.0;
        if (hiddenCount < 2)
        {
            start = (start + stop) / 2;
        }
        else
        {
            step = (stop - start) / (hiddenCount - 1 + LayerPadding);
        }

        var first = start + (step * LayerPadding / 2);
        return first + (step * (layer - 1));
    }

    private static double RowY(int row) => (row * RowSpacing) + (NodeSize / 2);

    private static void AddLinks(List<DiagramLink> links, List<DiagramNode> sources, DiagramNode dest)
    {
        var count = sources.Count;
        for (var k = 0; k < count; k++)
        {
            var source = sources[k];
            var y2 = dest.Cy + ((k - ((count - 1) / 2.0)) / count * FanOut);
            links.Add(new DiagramLink(source.Id, dest.Id, links.Count, source.Cx + (NodeSize / 2) + 2, source.Cy, dest.Cx - (NodeSize / 2), y2));
        }
    }

    private static int? IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }

        return null;
    }

    private static void Validate(IReadOnlyList<string> candidateIds, IReadOnlyList<string> enabledIds, IReadOnlyList<int> layerSizes)
    {
        ArgumentNullException.ThrowIfNull(candidateIds);
        ArgumentNullException.ThrowIfNull(enabledIds);
        ArgumentNullException.ThrowIfNull(layerSizes);
        if (layerSizes.Count < 2 || layerSizes[0] != enabledIds.Count || layerSizes[^1] < 1 || layerSizes.Any(s => s < 0))
        {
            throw new ArgumentException("Layer sizes must be [enabled inputs, hidden…, outputs ≥ 1] with no negative size.", nameof(layerSizes));
        }

        var missing = enabledIds.FirstOrDefault(id => IndexOf(candidateIds, id) is null);
        if (missing is not null)
        {
            throw new ArgumentException($"Input '{missing}' is not among the candidates.", nameof(enabledIds));
        }
    }
}
