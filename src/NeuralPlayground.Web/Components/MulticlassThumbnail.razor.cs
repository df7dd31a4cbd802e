using Microsoft.AspNetCore.Components;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Web.Session;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// One multi-class dataset thumbnail (issue 4), painted like <see cref="DatasetThumbnail"/>: its
/// noise-free points as 4 × 4 squares at (100·(x + 6)/12, 100·(6 − y)/12) on a canvas, each in its
/// class's <see cref="ClassPalette"/> colour. Re-renders only when its points or its selection change.
/// </summary>
public sealed partial class MulticlassThumbnail
{
    private MulticlassDatasetKind _renderedKind;
    private Example2D[]? _renderedPoints;
    private bool _renderedSelected;
    private Example2D[]? _paintedPoints;
    private bool _changed = true;

    /// <summary>The dataset shown.</summary>
    [Parameter]
    public MulticlassDatasetKind Kind { get; set; }

    /// <summary>The thumbnail's points (noise 0, labels 0…k−1), from Core's session.</summary>
    [Parameter]
    [EditorRequired]
    public Example2D[] Points { get; set; } = [];

    /// <summary>True for the selected dataset: black border, full opacity.</summary>
    [Parameter]
    public bool Selected { get; set; }

    /// <summary>Called with <see cref="Kind"/> on a click.</summary>
    [Parameter]
    public EventCallback<MulticlassDatasetKind> OnSelect { get; set; }

    /// <summary>The dataset's URL name (<c>mcDataset=</c>): <c>blobs</c>, <c>spiral</c>, <c>rings</c>.</summary>
    public static string NameOf(MulticlassDatasetKind kind) => kind switch
    {
        MulticlassDatasetKind.Blobs => "blobs",
        MulticlassDatasetKind.Spiral => "spiral",
        MulticlassDatasetKind.Rings => "rings",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown multi-class dataset."),
    };

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
    public static double[] Squares(IReadOnlyList<Example2D> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var squares = new double[points.Count * DatasetThumbnail.SquareStride];
        for (var i = 0; i < points.Count; i++)
        {
            var (r, g, b) = ClassPalette.Rgb((int)points[i].Label);
            squares[i * DatasetThumbnail.SquareStride] = 100 * (points[i].X + 6) / 12;
            squares[(i * DatasetThumbnail.SquareStride) + 1] = 100 * (6 - points[i].Y) / 12;
            squares[(i * DatasetThumbnail.SquareStride) + 2] = (r << 16) | (g << 8) | b;
        }

        return squares;
    }

    private string Name => NameOf(Kind);

    private string Title => TitleOf(Kind);

    /// <inheritdoc/>
    protected override void OnParametersSet()
    {
        _changed = Kind != _renderedKind || !ReferenceEquals(Points, _renderedPoints) || Selected != _renderedSelected;
        _renderedKind = Kind;
        _renderedPoints = Points;
        _renderedSelected = Selected;
    }

    /// <inheritdoc/>
    protected override bool ShouldRender() => _changed;

    /// <inheritdoc/>
    protected override void OnAfterRender(bool firstRender)
    {
        if (OperatingSystem.IsBrowser() && !ReferenceEquals(Points, _paintedPoints))
        {
            _paintedPoints = Points;
            PlaygroundInterop.DrawDataset("mc-" + Name, Squares(Points));
        }
    }
}
