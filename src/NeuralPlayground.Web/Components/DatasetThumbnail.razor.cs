using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Rendering;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// One dataset thumbnail (spec §5.8): its 200 noise-free points coloured with
/// <see cref="Colors.Scale"/>, painted as <see cref="ThumbnailCanvas{TKind}"/> describes.
/// </summary>
public sealed partial class DatasetThumbnail
{
    /// <summary>The dataset's URL name: <c>circle</c>, <c>xor</c>, <c>gauss</c>, <c>spiral</c>, <c>reg-plane</c>, <c>reg-gauss</c>.</summary>
    public static string NameOf(DatasetKind kind) => kind switch
    {
        DatasetKind.Circle => "circle",
        DatasetKind.Xor => "xor",
        DatasetKind.Gauss => "gauss",
        DatasetKind.Spiral => "spiral",
        DatasetKind.RegPlane => "reg-plane",
        DatasetKind.RegGauss => "reg-gauss",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown dataset."),
    };

    /// <summary>The original's title (tooltip) of a dataset, e.g. <c>Exclusive or</c>.</summary>
    public static string TitleOf(DatasetKind kind) => kind switch
    {
        DatasetKind.Circle => "Circle",
        DatasetKind.Xor => "Exclusive or",
        DatasetKind.Gauss => "Gaussian",
        DatasetKind.Spiral => "Spiral",
        DatasetKind.RegPlane => "Plane",
        DatasetKind.RegGauss => "Multi gaussian",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown dataset."),
    };

    /// <summary>
    /// The squares to paint, in drawing order: per point the top-left corner (100·(x + 6)/12,
    /// 100·(6 − y)/12) on the 100 × 100 plane and the <see cref="Colors.ScaleRgb"/> colour of its label.
    /// </summary>
    /// <param name="points">The thumbnail's points.</param>
    /// <returns>x, y and 0xRRGGBB per point.</returns>
    public static double[] Squares(IReadOnlyList<Example2D> points) => SquaresOf(points, Colors.ScaleRgb);

    /// <inheritdoc/>
    protected override string Name => NameOf(Kind);

    /// <inheritdoc/>
    protected override string Title => TitleOf(Kind);

    /// <inheritdoc/>
    protected override double[] Paint(IReadOnlyList<Example2D> points) => Squares(points);
}
