using System.Text;

namespace NeuralPlayground.Core.Rendering;

/// <summary>
/// A link of the network diagram (spec §11.1): d3's horizontal <c>diagonal</c>, a cubic Bézier from
/// (X1, Y1) to (X2, Y2) with both control points at the mid x. Lengths are px in the diagram group.
/// </summary>
/// <param name="SourceId">The source node's id.</param>
/// <param name="DestId">The destination node's id.</param>
/// <param name="WeightIndex">Index in <see cref="Nn.Network.Weights"/> (and <see cref="Nn.Network.IsDead"/>).</param>
/// <param name="X1">Start x: the source's Cx + 15 + 2.</param>
/// <param name="Y1">Start y: the source's Cy.</param>
/// <param name="X2">End x: the destination's Cx − 15.</param>
/// <param name="Y2">End y: the destination's Cy + ((k − (K − 1)/2)/K)·12 for the k-th of K incoming links.</param>
public sealed record DiagramLink(string SourceId, string DestId, int WeightIndex, double X1, double Y1, double X2, double Y2)
{
    /// <summary>The original's link id without its "link" prefix: <c>source-dest</c>, as <see cref="Nn.Network.LinkIds"/>.</summary>
    public string Id => SourceId + "-" + DestId;

    /// <summary>The control points' x: (X1 + X2)/2.</summary>
    public double MidX => (X1 + X2) / 2;

    /// <summary>
    /// The path data exactly as d3 v3's diagonal writes it: <c>M{X1},{Y1}C{MidX},{Y1} {MidX},{Y2} {X2},{Y2}</c>
    /// (no spaces around the commands), e.g. <c>M82,15C131.08823529411765,15 131.08823529411765,12 180.1764705882353,12</c>.
    /// </summary>
    public string Path { get; } = BuildPath(X1, Y1, X2, Y2);

    private static string BuildPath(double x1, double y1, double x2, double y2)
    {
        var mx = (x1 + x2) / 2;
        var builder = new StringBuilder(96).Append('M');
        SvgNumber.Append(builder, x1).Append(',');
        SvgNumber.Append(builder, y1).Append('C');
        SvgNumber.Append(builder, mx).Append(',');
        SvgNumber.Append(builder, y1).Append(' ');
        SvgNumber.Append(builder, mx).Append(',');
        SvgNumber.Append(builder, y2).Append(' ');
        SvgNumber.Append(builder, x2).Append(',');
        return SvgNumber.Append(builder, y2).ToString();
    }
}
