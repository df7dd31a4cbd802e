using System.Globalization;
using Microsoft.AspNetCore.Components;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Rendering;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// One dataset thumbnail (spec §5.8): its 200 noise-free points as 4 × 4 squares on a 100 × 100
/// plane coloured with <see cref="Colors.Scale"/>, the square of (x, y) at
/// (100·(x + 6)/12, 100·(6 − y)/12). Unlike the original, y grows upwards, so the thumbnail looks
/// like the main plot (fix #19). Re-renders only when its points or its selection change.
/// </summary>
public sealed partial class DatasetThumbnail
{
    private Example2D[]? _renderedPoints;
    private bool _renderedSelected;
    private bool _changed = true;
    private Square[] _squares = [];

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

    /// <inheritdoc/>
    protected override void OnParametersSet()
    {
        _changed = !ReferenceEquals(Points, _renderedPoints) || Selected != _renderedSelected;
        if (!ReferenceEquals(Points, _renderedPoints))
        {
            _squares = [.. Points.Select(p => new Square(Coordinate(p.X + 6), Coordinate(6 - p.Y), Colors.Scale(p.Label)))];
        }

        _renderedPoints = Points;
        _renderedSelected = Selected;
    }

    /// <inheritdoc/>
    protected override bool ShouldRender() => _changed;

    // 100·v/12 with v = x + 6 or 6 − y, to 0.01 of a canvas pixel.
    private static string Coordinate(double shifted) =>
        (100 * shifted / 12).ToString("0.##", CultureInfo.InvariantCulture);

    private readonly record struct Square(string X, string Y, string Fill);
}
