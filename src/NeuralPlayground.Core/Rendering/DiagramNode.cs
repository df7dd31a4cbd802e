namespace NeuralPlayground.Core.Rendering;

/// <summary>
/// A drawn node of the network diagram (spec §11.1): an input candidate or a hidden neuron. Lengths
/// are px in the diagram group's coordinates (the group itself sits at (3, 3) in the SVG).
/// </summary>
/// <param name="Id">The original's node id: the feature key for inputs, else "1", "2", … (as <see cref="Nn.Network.NodeId"/>).</param>
/// <param name="Layer">0 for inputs, 1…H for hidden layers.</param>
/// <param name="Row">Position in its column, top to bottom (for inputs, among all candidates).</param>
/// <param name="Cx">Centre x: 65 for inputs; the layer's left edge + 15 for hidden nodes.</param>
/// <param name="Cy">Centre y: Row·55 + 15.</param>
/// <param name="NetworkIndex">The node's index in the network's flat numbering (grids, outputs); null for a disabled input.</param>
/// <param name="BiasIndex">Index in <see cref="Nn.Network.Biases"/>; null for inputs, which have no bias.</param>
public sealed record DiagramNode(string Id, int Layer, int Row, double Cx, double Cy, int? NetworkIndex, int? BiasIndex)
{
    /// <summary>Left edge of the 30×30 square: Cx − 15.</summary>
    public double Left { get; } = Cx - (DiagramLayout.NodeSize / 2);

    /// <summary>Top edge of the square: Cy − 15.</summary>
    public double Top { get; } = Cy - (DiagramLayout.NodeSize / 2);

    /// <summary>The node group's <c>transform</c>: <c>translate(Left,Top)</c>, numbers as d3 writes them.</summary>
    public string Transform { get; } = "translate(" + SvgNumber.Format(Cx - (DiagramLayout.NodeSize / 2)) + ","
        + SvgNumber.Format(Cy - (DiagramLayout.NodeSize / 2)) + ")";

    /// <summary>
    /// The thumbnail canvas's absolute CSS position inside <c>#network</c>:
    /// <c>left:(Left + 3)px;top:(Top + 3)px</c>, the 3 being the SVG group's offset.
    /// </summary>
    public string ThumbnailStyle { get; } = "left:" + SvgNumber.Format(Cx - (DiagramLayout.NodeSize / 2) + DiagramLayout.GroupOffset)
        + "px;top:" + SvgNumber.Format(Cy - (DiagramLayout.NodeSize / 2) + DiagramLayout.GroupOffset) + "px";

    /// <summary>True for the input column.</summary>
    public bool IsInput => Layer == 0;

    /// <summary>False only for a candidate feature that is switched off (drawn at half opacity).</summary>
    public bool IsEnabled => NetworkIndex is not null;

    /// <summary>Absolute x of the 5×5 bias square (hidden nodes only): Left − 7.</summary>
    public double BiasX => Left + DiagramLayout.BiasOffsetX;

    /// <summary>Absolute y of the bias square: Top + 28.</summary>
    public double BiasY => Top + DiagramLayout.BiasOffsetY;
}
