namespace NeuralPlayground.Core.Rendering;

/// <summary>
/// Where one of the diagram's two italic callouts goes (spec §11.1): CSS <c>left</c> and <c>top</c>
/// in px, as the original sets them on the absolutely positioned note in the features column.
/// </summary>
/// <param name="TargetId">The node id (thumbnail callout) or link id <c>source-dest</c> (weights callout) it points at.</param>
/// <param name="Left">CSS left in px.</param>
/// <param name="Top">CSS top in px.</param>
public sealed record DiagramCallout(string TargetId, double Left, double Top);
