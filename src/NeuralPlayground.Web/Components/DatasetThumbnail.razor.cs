using Microsoft.AspNetCore.Components;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Web.Session;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// One dataset thumbnail (spec §5.8): its 200 noise-free points as 4 × 4 squares on a 100 × 100
/// plane coloured with <see cref="Colors.Scale"/>, the square of (x, y) at
/// (100·(x + 6)/12, 100·(6 − y)/12). Unlike the original, y grows upwards, so the thumbnail looks
/// like the main plot (fix #19). The original's SVG of 200 rects is painted on a canvas instead
/// (<see cref="Squares"/>, one interop call when the points change): 800 SVG elements made the
/// page's first render ~40 ms slower. Re-renders only when its points or its selection change.
/// </summary>
public sealed partial class DatasetThumbnail
{
    /// <summary>Numbers per square in <see cref="Squares"/>: x, y, colour.</summary>
    public const int SquareStride = 3;

    private Example2D[]? _renderedPoints;
    private bool _renderedSelected;
    private Example2D[]? _paintedPoints;
    private bool _changed = true;

    /// <summary>The dataset shown.</summary>
    [Parameter]
    public DatasetKind Kind { get; set; }

    /// <summary>The thumbnail's points (200, noise 0), from Core's session.</summary>
    [Parameter]
    [EditorRequired]
    public Example2D[] Points { get; set; } = [];

    /// <summary>True for the current problem type's selected dataset: black border, full opacity.</summary>
    [Parameter]
    public bool Selected { get; set; }

    /// <summary>Called with <see cref="Kind"/> on a click.</summary>
    [Parameter]
    public EventCallback<DatasetKind> OnSelect { get; set; }

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

    private string Name => NameOf(Kind);

    private string Title => TitleOf(Kind);

    /// <summary>
    /// The squares to paint, in drawing order: per point the top-left corner (100·(x + 6)/12,
    /// 100·(6 − y)/12) on the 100 × 100 plane and the <see cref="Colors.ScaleRgb"/> colour of its label.
    /// </summary>
    /// <param name="points">The thumbnail's points.</param>
    /// <returns>x, y and 0xRRGGBB per point.</returns>
    public static double[] Squares(IReadOnlyList<Example2D> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var squares = new double[points.Count * SquareStride];
        for (var i = 0; i < points.Count; i++)
        {
            squares[i * SquareStride] = 100 * (points[i].X + 6) / 12;
            squares[(i * SquareStride) + 1] = 100 * (6 - points[i].Y) / 12;
            squares[(i * SquareStride) + 2] = Colors.ScaleRgb(points[i].Label);
        }

        return squares;
    }

    /// <inheritdoc/>
    protected override void OnParametersSet()
    {
        _changed = !ReferenceEquals(Points, _renderedPoints) || Selected != _renderedSelected;
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
            PlaygroundInterop.DrawDataset(Name, Squares(Points));
        }
    }
}
