namespace NeuralPlayground.Core.Rendering;

/// <summary>
/// Places the diagram's two callouts with the original's rules (drawNetwork in playground.ts):
/// the thumbnail note at the last node of the first hidden layer that is at least as large as the
/// next layer; the weights note at 70% along the first qualifying link into a layer's last node.
/// </summary>
internal static class Callouts
{
    private const int Segments = 1024;

    /// <summary>Both callouts, or null where the original shows none (always none without hidden layers).</summary>
    public static (DiagramCallout? Thumbnail, DiagramCallout? Weights) Place(IReadOnlyList<int> layerSizes, IReadOnlyList<string> enabledIds, IReadOnlyList<DiagramNode> hiddenNodes, IReadOnlyList<DiagramLink> links)
    {
        DiagramCallout? thumbnail = null, weights = null;
        var incoming = links.ToLookup(l => l.DestId);
        var previousLast = enabledIds.Count > 0 ? enabledIds[^1] : null;
        foreach (var layer in hiddenNodes.GroupBy(n => n.Layer))
        {
            var size = layerSizes[layer.Key];
            var last = layer.Last();
            if (thumbnail is null && layerSizes[layer.Key + 1] <= size)
            {
                thumbnail = new DiagramCallout(last.Id, last.Cx, 20 + 3 + last.Cy);
            }

            var link = weights is not null ? null : incoming[last.Id].FirstOrDefault(l => l.SourceId == previousLast
                && (l.SourceId != thumbnail?.TargetId || layerSizes.Count <= 5)
                && l.DestId != thumbnail?.TargetId
                && layerSizes[layer.Key - 1] >= size);
            if (link is not null)
            {
                var (x, y) = PointAtLength(link, 0.7);
                weights = new DiagramCallout(link.Id, x + 3, y + 5);
            }

            previousLast = last.Id;
        }

        return (thumbnail, weights);
    }

    /// <summary>
    /// The point at <paramref name="fraction"/> of the link's arc length from its start, like SVG
    /// <c>getPointAtLength</c>, measured along 1024 chords (browsers flatten too; sub-pixel agreement).
    /// </summary>
    public static (double X, double Y) PointAtLength(DiagramLink link, double fraction)
    {
        Span<double> cumulative = stackalloc double[Segments + 1];
        var (px, py) = Bezier(link, 0);
        for (var s = 1; s <= Segments; s++)
        {
            var (x, y) = Bezier(link, (double)s / Segments);
            cumulative[s] = cumulative[s - 1] + Math.Sqrt(((x - px) * (x - px)) + ((y - py) * (y - py)));
            (px, py) = (x, y);
        }

        var target = fraction * cumulative[Segments];
        var k = 1;
        while (k < Segments && cumulative[k] < target)
        {
            k++;
        }

        var chord = cumulative[k] - cumulative[k - 1];
        var t = (k - 1 + (chord > 0 ? (target - cumulative[k - 1]) / chord : 0)) / Segments;
        return Bezier(link, t);
    }

    // The diagonal's cubic: P0 = (X1, Y1), P1 = (mx, Y1), P2 = (mx, Y2), P3 = (X2, Y2).
    private static (double X, double Y) Bezier(DiagramLink link, double t)
    {
        var u = 1 - t;
        double b0 = u * u * u, b1 = 3 * u * u * t, b2 = 3 * u * t * t, b3 = t * t * t;
        var mx = link.MidX;
        return ((b0 * link.X1) + (b1 * mx) + (b2 * mx) + (b3 * link.X2), ((b0 + b1) * link.Y1) + ((b2 + b3) * link.Y2));
    }
}
