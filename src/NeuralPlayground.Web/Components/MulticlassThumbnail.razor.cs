using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Rendering;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// One multi-class dataset thumbnail (issue 4): its noise-free points, each in its class's
/// <see cref="ClassPalette"/> colour, painted as <see cref="ThumbnailCanvas{TKind}"/> describes.
/// </summary>
public sealed partial class MulticlassThumbnail
{
    /// <summary>The dataset's URL name (<c>mcDataset=</c>): <c>blobs</c>, <c>spiral</c>, <c>rings</c>.</summary>
    public static string NameOf(MulticlassDatasetKind kind) => MulticlassDatasets.Name(kind);

    /// <summary>The tooltip of a multi-class dataset, e.g. <c>Gaussian blobs</c>.</summary>
    public static string TitleOf(MulticlassDatasetKind kind) => kind switch
    {
        MulticlassDatasetKind.Blobs => "Gaussian blobs",
        MulticlassDatasetKind.Spiral => "Spiral arms",
        MulticlassDatasetKind.Rings => "Rings",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown multi-class dataset."),
    };

    /// <summary>
    /// The squares to paint, as <see cref="DatasetThumbnail.Squares"/> but coloured by class: per
    /// point x, y and the 0xRRGGBB of <see cref="ClassPalette.Rgb"/> of its label.
    /// </summary>
    /// <param name="points">The thumbnail's points, labelled 0–5.</param>
    /// <returns>x, y and 0xRRGGBB per point.</returns>
    public static double[] Squares(IReadOnlyList<Example2D> points) => SquaresOf(points, ClassColour);

    /// <inheritdoc/>
    protected override string Name => NameOf(Kind);

    /// <inheritdoc/>
    protected override string Title => TitleOf(Kind);

    /// <inheritdoc/>
    protected override string CanvasName => "mc-" + Name;

    /// <inheritdoc/>
    protected override double[] Paint(IReadOnlyList<Example2D> points) => Squares(points);

    private static int ClassColour(double label)
    {
        var (r, g, b) = ClassPalette.Rgb((int)label);
        return (r << 16) | (g << 8) | b;
    }
}
