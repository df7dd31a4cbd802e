using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using NeuralPlayground.Core.State;
using NeuralPlayground.Web.Session;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// Painting on the output heatmap (issue 5): a transparent surface over the 260 × 260 plot. A click
/// adds one point where it lands ([−6, 6] on both axes, y up); a drag sprays a few points per move
/// within <see cref="PaintBrush.SprayRadius"/>, or erases along its path with the eraser. The stroke
/// is drawn here while the button is down and handed to the session at pointer-up, so one stroke is
/// one undoable step and the output panel's points re-render once.
/// </summary>
public sealed partial class PaintLayer
{
    /// <summary>Points sprayed per pointer move while dragging.</summary>
    public const int SprayPerMove = 2;

    /// <summary>How far (px) the pointer must move after pressing before a click becomes a drag.</summary>
    public const double DragThreshold = 3;

    // The golden angle: successive spray points spread evenly around the pointer without a random source.
    private const double GoldenAngle = 2.399963229728653;

    private static readonly double EraserPixels = PaintBrush.EraserRadius * OutputPanel.Plot / (2 * OutputPanel.Domain);

    private readonly List<(double X, double Y)> _positions = [];
    private PaintBrush? _brush;
    private (double X, double Y) _down;
    private bool _dragging;
    private bool _dirty = true;
    private long _sprayed;

    private PlaygroundState State => Playground.Model.State;

    // Pointer moves reach .NET only during a stroke: hovering costs nothing.
    private EventCallback<PointerEventArgs> MoveHandler => _brush is null ? default : EventCallback.Factory.Create<PointerEventArgs>(this, OnMove);

    /// <summary>Data coordinates of a point of the plot in px (the inverse of <see cref="OutputPanel.PlotX"/> and <see cref="OutputPanel.PlotY"/>).</summary>
    public static (double X, double Y) ToData(double offsetX, double offsetY) =>
        ((offsetX / OutputPanel.Plot * 2 * OutputPanel.Domain) - OutputPanel.Domain,
         OutputPanel.Domain - (offsetY / OutputPanel.Plot * 2 * OutputPanel.Domain));

    /// <inheritdoc/>
    protected override bool ShouldRender()
    {
        var dirty = _dirty;
        _dirty = true;
        return dirty;
    }

    private static string Svg(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private void OnDown(PointerEventArgs e)
    {
        if (e.Button != 0)
        {
            return;
        }

        _brush = Playground.Brush;
        _positions.Clear();
        _down = (e.OffsetX, e.OffsetY);
        _dragging = false;
        _positions.Add(ToData(e.OffsetX, e.OffsetY));
    }

    private void OnMove(PointerEventArgs e)
    {
        if (_brush is null || (!_dragging && Math.Abs(e.OffsetX - _down.X) + Math.Abs(e.OffsetY - _down.Y) < DragThreshold))
        {
            _dirty = false;
            return;
        }

        _dragging = true;
        var (x, y) = ToData(e.OffsetX, e.OffsetY);
        if (_brush.Eraser)
        {
            _positions.Add((x, y));
            return;
        }

        for (var i = 0; i < SprayPerMove; i++)
        {
            _sprayed++;
            var radius = PaintBrush.SprayRadius * Math.Sqrt((_sprayed * 0.6180339887498949) % 1);
            _positions.Add((x + (radius * Math.Cos(_sprayed * GoldenAngle)), y + (radius * Math.Sin(_sprayed * GoldenAngle))));
        }
    }

    private void OnEnd(PointerEventArgs e)
    {
        if (_brush is not { } brush)
        {
            _dirty = false;
            return;
        }

        _brush = null;
        (double X, double Y)[] stroke = [.. _positions];
        _positions.Clear();
        if (brush.Eraser)
        {
            Playground.EraseStroke(stroke, PaintBrush.EraserRadius);
        }
        else
        {
            Playground.PaintStroke(stroke);
        }
    }
}
