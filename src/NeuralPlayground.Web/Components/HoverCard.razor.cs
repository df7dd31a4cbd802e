using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Rendering;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// The weight/bias card of the network diagram (spec §11.6–11.7): "Click anywhere to edit." and
/// "Weight is V." at the mouse position + 20 px in x. While <see cref="Editing"/>, V is a numeric
/// input: every valid number typed goes to <see cref="ValueTyped"/>, Enter or blur ends the edit,
/// Escape cancels it. A dead link says that it is frozen.
/// </summary>
public sealed partial class HoverCard
{
    /// <summary>Horizontal distance from the mouse to the card's left edge, in px.</summary>
    public const double OffsetX = 20;

    private ElementReference _input;
    private string _initialText = string.Empty;
    private bool _invalid;
    private bool _wasEditing;
    private bool _focusPending;

    /// <summary>True for a bias square, false for a link.</summary>
    [Parameter]
    public bool IsBias { get; set; }

    /// <summary>The current weight or bias.</summary>
    [Parameter]
    public double Value { get; set; }

    /// <summary>True for a dead (L1-frozen) link: training no longer changes its weight.</summary>
    [Parameter]
    public bool IsDead { get; set; }

    /// <summary>Mouse x relative to the diagram box, in px.</summary>
    [Parameter]
    public double X { get; set; }

    /// <summary>Mouse y relative to the diagram box, in px.</summary>
    [Parameter]
    public double Y { get; set; }

    /// <summary>True to show the numeric input instead of the value.</summary>
    [Parameter]
    public bool Editing { get; set; }

    /// <summary>Raised on every input event that holds a finite number.</summary>
    [Parameter]
    public EventCallback<double> ValueTyped { get; set; }

    /// <summary>Raised when the edit ends: false for Enter or blur, true for Escape (cancel).</summary>
    [Parameter]
    public EventCallback<bool> EditEnded { get; set; }

    private string PositionStyle => string.Create(CultureInfo.InvariantCulture, $"left:{X + OffsetX}px;top:{Y}px");

    /// <summary>
    /// Reads what the user typed: a finite JavaScript number, or null for empty, blank,
    /// malformed or infinite text (which never changes the value).
    /// </summary>
    public static double? ParseValue(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = JsNumber.Parse(text);
        return double.IsFinite(value) ? value : null;
    }

    /// <inheritdoc/>
    protected override void OnParametersSet()
    {
        if (Editing && !_wasEditing)
        {
            // Prefilled once per edit and never re-rendered, so typing is not overwritten.
            _initialText = Formatting.HoverValue(Value);
            _invalid = false;
            _focusPending = true;
        }

        _wasEditing = Editing;
    }

    /// <inheritdoc/>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusPending && Editing)
        {
            _focusPending = false;
            await _input.FocusAsync().ConfigureAwait(true);
        }
    }

    private async Task OnInputAsync(ChangeEventArgs e)
    {
        var value = ParseValue(e.Value?.ToString());
        _invalid = value is null;
        if (value is { } typed)
        {
            await ValueTyped.InvokeAsync(typed).ConfigureAwait(true);
        }
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        if (e.Key is "Enter" or "Escape")
        {
            await EditEnded.InvokeAsync(e.Key == "Escape").ConfigureAwait(true);
        }
    }

    private Task OnBlurAsync() => Editing ? EditEnded.InvokeAsync(false) : Task.CompletedTask;
}
