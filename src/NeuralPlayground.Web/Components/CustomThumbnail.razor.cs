using NeuralPlayground.Core.Data;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// The Custom dataset's thumbnail (issue 5): the user's own points, painted or imported, coloured
/// as the thumbnails of <see cref="ThumbnailCanvas{TKind}.Kind"/> (the problem type) are; a pencil
/// when there are none yet. Choosing it starts from the points on screen.
/// </summary>
public sealed partial class CustomThumbnail
{
    /// <summary>The tooltip.</summary>
    public const string Tooltip = "Custom: your own points (paint on the output, or import a file)";

    /// <summary>The squares to paint: as <see cref="MulticlassThumbnail.Squares"/> for multi-class, else as <see cref="DatasetThumbnail.Squares"/>.</summary>
    /// <param name="problem">The problem type the points are labelled for.</param>
    /// <param name="points">The user's points.</param>
    /// <returns>x, y and 0xRRGGBB per point.</returns>
    public static double[] Squares(ProblemKind problem, IReadOnlyList<Example2D> points) =>
        problem == ProblemKind.Multiclass ? MulticlassThumbnail.Squares(points) : DatasetThumbnail.Squares(points);

    /// <inheritdoc/>
    protected override string Name => "custom";

    /// <inheritdoc/>
    protected override string Title => Tooltip;

    /// <inheritdoc/>
    protected override double[] Paint(IReadOnlyList<Example2D> points) => Squares(Kind, points);
}
