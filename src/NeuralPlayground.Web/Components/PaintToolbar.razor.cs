using System.Globalization;
using Microsoft.AspNetCore.Components;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Core.State;
using NeuralPlayground.Web.Session;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// The brush for painting on the output heatmap (issue 5), in one row under it: blue/orange for
/// classification, one swatch per class for multi-class, a value slider in [−1, 1] for regression;
/// then the eraser toggle and Clear. Choosing a colour or value puts the eraser away.
/// </summary>
public sealed partial class PaintToolbar
{
    // Material Design Icons' "eraser".
    private const string EraserIcon =
        "M16.24,3.56L21.19,8.5C21.97,9.29 21.97,10.55 21.19,11.34L12,20.53C10.44,22.09 7.91,22.09 6.34,20.53L2.81,17" +
        "C2.03,16.21 2.03,14.95 2.81,14.16L13.41,3.56C14.2,2.78 15.46,2.78 16.24,3.56M4.22,15.58L7.76,19.11" +
        "C8.54,19.9 9.8,19.9 10.59,19.11L14.12,15.58L9.17,10.63L4.22,15.58Z";

    private PlaygroundState State => Playground.Model.State;

    private PaintBrush Brush => Playground.Brush;

    private bool Painting => !Brush.Eraser;

    // The value slider's filled share, as the data column's sliders show it (--fill).
    private string Fill => "--fill:" + (50 * (Math.Clamp(Brush.Value, -1, 1) + 1)).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Pressed(bool pressed) => pressed ? "true" : "false";

    private static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private void Choose(PaintBrush brush) => Playground.SetBrush(brush with { Eraser = false });

    private void ToggleEraser() => Playground.SetBrush(Brush with { Eraser = !Brush.Eraser });

    private void OnValue(ChangeEventArgs e)
    {
        if (ChangeEvents.Number(e) is { } value)
        {
            Choose(Brush with { Value = Math.Clamp(Math.Round(value, 2), -1, 1) });
        }
    }
}
