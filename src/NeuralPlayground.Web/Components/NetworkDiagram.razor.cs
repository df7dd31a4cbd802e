using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Core.State;
using CoreSession = NeuralPlayground.Core.Sessions.Session;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// The FEATURES and HIDDEN LAYERS columns (spec §1, §11.1): the network SVG, one heatmap canvas per
/// drawn node, the neuron +/− controls and the weight/bias hover card (§11.5–11.7). The geometry
/// comes from <see cref="DiagramLayout"/> once per network; a training frame only rewrites the
/// bias styles here, and the frame's JavaScript strokes the visible links on a canvas.
/// </summary>
public sealed partial class NetworkDiagram
{
    /// <summary>
    /// The default SVG width W in px, for the 944 px page (<see cref="WidthForPage"/>): the original measures W as
    /// <c>offsetLeft</c>(OUTPUT) − <c>offsetLeft</c>(FEATURES). The columns are 94.4 (data),
    /// 94.4 (features), 377.6 (hidden layers) and 275 px (output), spread with space-between
    /// (three 34.2 px gaps), so FEATURES starts at 128.6 and OUTPUT at 669: 540.4, which the
    /// browser's integer <c>offsetLeft</c> makes 540 (709 − 169 in a 1024 px viewport).
    /// </summary>
    public const double DefaultWidth = 540;

    /// <summary>Width of the OUTPUT column, in px (spec §1).</summary>
    public const double OutputColumnWidth = 275;

    /// <summary>Top of the diagram box below the FEATURES heading and question, in px (the original's <c>#network</c>).</summary>
    public const double NetworkTop = 110;

    // A callout's arrow (24 px) and four lines of 11 px italics: the column must reach below it,
    // as the original's features column does (it measures the callouts' offsetHeight).
    private const double CalloutHeight = 90;

    private DiagramView? _view;
    private RenderStamp _stamp;
    private int _localVersion;
    private HoverTarget? _pointer;
    private HoverTarget? _card;
    private bool _editing;
    private double _valueBeforeEdit;

    /// <summary>
    /// W for a page (<c>.l--page</c>) <paramref name="pageWidth"/> px wide, rounded to a whole pixel as
    /// the original's <c>offsetLeft</c> difference is: OUTPUT starts at P − 275 and FEATURES at
    /// 0.1·P + (0.4·P − 275)/3 (data and features 10%, hidden layers 40%, three equal gaps), so
    /// W = 944 → 540, 1100 → 660, 1220 → 752.
    /// </summary>
    public static double WidthForPage(double pageWidth)
    {
        var gap = (pageWidth - (0.6 * pageWidth) - OutputColumnWidth) / 3;
        var featuresLeft = (0.1 * pageWidth) + gap;
        return Math.Round(pageWidth - OutputColumnWidth - featuresLeft, MidpointRounding.AwayFromZero);
    }

    /// <summary>The SVG width W in px, or null to fit the page (the output node's square starts at W; links end at W + 3).</summary>
    [Parameter]
    public double? Width { get; set; }

    // An explicit Width wins; otherwise the width that fits the page at the current viewport.
    private double DiagramWidth => Width ?? WidthForPage(Playground.PageWidth);

    /// <inheritdoc/>
    protected override bool RendersOnTraining => true;

    // The session raises Changed and Trained for one update, and events re-render the receiver:
    // draw only when something drawn can differ (network, epoch, state, hover, local card state).
    /// <inheritdoc/>
    protected override bool ShouldRender() => CurrentStamp() != _stamp;

    /// <inheritdoc/>
    protected override bool TrainingChangedView() => ShouldRender();

    private Network Net => Playground.Model.Network;

    private DiagramView Prepare()
    {
        var model = Playground.Model;
        if (_view is null || !_view.Matches(model, DiagramWidth))
        {
            _view = new DiagramView(model, DiagramWidth, this);
            Playground.SetDiagramLayout(_view.Layout.Links, _view.Layout.Nodes);
            _pointer = _card = null;
            _editing = false;
        }

        _stamp = CurrentStamp();
        return _view;
    }

    private RenderStamp CurrentStamp()
    {
        var model = Playground.Model;
        return new RenderStamp(model, model.Network, model.State, Playground.SelectedNodeId, _localVersion, DiagramWidth);
    }


    private bool IsSelected(NodeView node) => Playground.SelectedNodeId == node.Id;

    private bool ControlsHidden(ControlView control) => IsHidden(control.HideName);

    private double ValueOf(HoverTarget target) => target.IsBias ? Net.Biases[target.Index] : Net.Weights[target.Index];

    private bool IsDeadTarget(HoverTarget target) => !target.IsBias && Net.IsDead[target.Index];

    private void OnTargetEnter(HoverTarget target, MouseEventArgs e)
    {
        // In Chromium, offsetX/Y of an SVG shape are relative to the outer <svg>, which sits at the
        // diagram box's origin: the card goes to the mouse position, + 20 px in x (HoverCard).
        var placed = target with { X = e.OffsetX, Y = e.OffsetY };
        _pointer = placed;
        if (!_editing)
        {
            _card = placed;
        }

        Touch();
    }

    private void OnTargetLeave()
    {
        _pointer = null;
        if (!_editing)
        {
            _card = null;
        }

        Touch();
    }

    // A click anywhere in the diagram edits what is under the pointer, or closes a stale card.
    private void OnDiagramClick()
    {
        _editing = false;
        _card = _pointer;
        if (_pointer is { } target)
        {
            _editing = true;
            _valueBeforeEdit = ValueOf(target);
        }

        Touch();
    }

    private void OnValueTyped(double value)
    {
        if (_card is not { } target || !_editing)
        {
            return;
        }

        Touch();
        SetValue(target, value);
    }

    private void OnEditEnded(bool cancelled)
    {
        if (_card is not { } target || !_editing)
        {
            return;
        }

        _editing = false;
        Touch();
        if (cancelled && !ValueOf(target).Equals(_valueBeforeEdit))
        {
            SetValue(target, _valueBeforeEdit);
        }
    }

    private void Touch()
    {
        _localVersion++;
        StateHasChanged();
    }

    private void SetValue(HoverTarget target, double value)
    {
        if (target.IsBias)
        {
            Playground.EditBias(target.Index, value);
        }
        else
        {
            Playground.EditWeight(target.Index, value);
        }
    }

    // Handlers without a receiver: the render tree then holds the delegate itself, created once per
    // network, so a frame's diff finds every handler unchanged by reference instead of comparing
    // boxed EventCallbacks field by field. The session's events (or StateHasChanged) re-render.
    private static EventCallback<MouseEventArgs> Handler(Action action) => new(null, action);

    private static EventCallback<MouseEventArgs> Handler(Action<MouseEventArgs> action) => new(null, action);

    /// <summary>A link (weight) or bias under the pointer or on the card, with the mouse position in px.</summary>
    private readonly record struct HoverTarget(bool IsBias, int Index, double X = 0, double Y = 0);

    /// <summary>A run of a feature label: plain text, or one character shifted to <c>sub</c> or <c>super</c>.</summary>
    private sealed record LabelPart(string Text, string? Shift);


    /// <summary>A hidden layer's +/− control: CSS left, label and handlers.</summary>
    private sealed record ControlView(int Layer, string LeftStyle, string Label, string HideName, EventCallback<MouseEventArgs> Add, EventCallback<MouseEventArgs> Remove);

    /// <summary>A drawn node's markup that lives as long as the network.</summary>
    private sealed class NodeView
    {
        public NodeView(DiagramNode node, NetworkDiagram owner)
        {
            Node = node;
            var inactive = node.IsEnabled ? string.Empty : " inactive";
            var kind = node.IsInput ? " input" : string.Empty;
            NodeClass = "node" + inactive;
            CanvasClass = "canvas" + kind + inactive;
            TestId = (node.IsInput ? "feature-" : "node-") + node.Id;
            CanvasName = "node-" + node.Id;
            var id = node.Id;
            Enter = Handler(() => owner.Playground.SelectNode(id));
            Leave = Handler(() => owner.Playground.SelectNode(null));
            if (node.IsInput)
            {
                var label = Core.Features.InputFeatures.Find(id)?.Label ?? id;
                Label = LabelParts(label);
                PlainLabel = string.Concat(Label.Select(p => p.Shift is null ? p.Text : Script(p.Text, p.Shift)));
                Click = Handler(() => owner.Playground.ToggleFeature(id));
            }
            else
            {
                BiasIndex = node.BiasIndex ?? 0;
                var target = new HoverTarget(true, BiasIndex);
                BiasEnter = Handler(e => owner.OnTargetEnter(target, e));
            }
        }

        public DiagramNode Node { get; }

        public string Id => Node.Id;

        public string NodeClass { get; }

        public string CanvasClass { get; }

        public string TestId { get; }

        public string CanvasName { get; }

        public IReadOnlyList<LabelPart> Label { get; } = [];

        public string PlainLabel { get; } = string.Empty;

        public int BiasIndex { get; }

        public EventCallback<MouseEventArgs> Enter { get; }

        public EventCallback<MouseEventArgs> Leave { get; }

        public EventCallback<MouseEventArgs> Click { get; }

        public EventCallback<MouseEventArgs> BiasEnter { get; }

        // The original's label markup: /(.*?)([_^])(.)/g, the shifted character drawn at 9 px.
        private static LabelPart[] LabelParts(string label)
        {
            var parts = new List<LabelPart>();
            var start = 0;
            for (var i = 0; i + 1 < label.Length; i++)
            {
                if (label[i] is '_' or '^')
                {
                    if (i > start)
                    {
                        parts.Add(new LabelPart(label[start..i], null));
                    }

                    parts.Add(new LabelPart(label.Substring(i + 1, 1), label[i] == '_' ? "sub" : "super"));
                    start = i + 2;
                    i++;
                }
            }

            if (start < label.Length)
            {
                parts.Add(new LabelPart(label[start..], null));
            }

            return [.. parts];
        }

        // Digits as Unicode sub- or superscripts for the accessible name: X₁, X₁².
        private static string Script(string text, string shift) => string.Concat(text.Select(c => char.IsAsciiDigit(c)
            ? (shift == "sub" ? "₀₁₂₃₄₅₆₇₈₉" : "⁰¹²³⁴⁵⁶⁷⁸⁹")[c - '0']
            : c));
    }

    /// <summary>Everything drawn that depends only on the network's structure, built once per network.</summary>
    private sealed class DiagramView
    {
        public DiagramView(CoreSession model, double width, NetworkDiagram owner)
        {
            Network = model.Network;
            Hides = model.State.Hides;
            string[] candidates = [.. model.Candidates.Select(f => f.Key)];
            Layout = DiagramLayout.Create([.. candidates, .. Network.InputIds.Except(candidates)], Network, width);
            Links = [.. Layout.Links.Select(l => new LinkView(l.Id, l.Path, Handler(e => owner.OnTargetEnter(new HoverTarget(false, l.WeightIndex), e))))];
            Nodes = [.. Layout.Nodes.Select(n => new NodeView(n, owner))];
            Controls = [.. Layout.Controls.Select(c => new ControlView(c.Layer, "left:" + c.LeftCss, c.Label, "numNodes" + Number(c.Layer),
                Handler(() => owner.Playground.ChangeNeurons(c.Layer - 1, 1)),
                Handler(() => owner.Playground.ChangeNeurons(c.Layer - 1, -1))))];
            TargetLeave = Handler(owner.OnTargetLeave);
            WidthText = Number(width);
            HeightText = Number(Layout.Height);
            CanvasStyle = "width:" + WidthText + "px;height:" + HeightText + "px";
            ThumbnailCalloutStyle = CalloutStyle(Layout.ThumbnailCallout);
            WeightsCalloutStyle = CalloutStyle(Layout.WeightsCallout);
            var calloutBottom = Math.Max(Layout.ThumbnailCallout?.Top ?? 0, Layout.WeightsCallout?.Top ?? 0) + CalloutHeight;
            ColumnStyle = "height:" + Number(NetworkTop + Math.Max(Layout.Height, calloutBottom)) + "px";
        }

        public Network Network { get; }

        public EquatableArray<HideFlag> Hides { get; }

        public DiagramLayout Layout { get; }

        public LinkView[] Links { get; }

        public NodeView[] Nodes { get; }

        public ControlView[] Controls { get; }

        public EventCallback<MouseEventArgs> TargetLeave { get; }

        public string WidthText { get; }

        public string HeightText { get; }

        public string CanvasStyle { get; }

        public string ColumnStyle { get; }

        public string? ThumbnailCalloutStyle { get; }

        public string? WeightsCalloutStyle { get; }

        public double Width => Layout.Width;

        public bool Matches(CoreSession model, double width) =>
            ReferenceEquals(model.Network, Network) && width.Equals(Width) && model.State.Hides == Hides;

        private static string? CalloutStyle(DiagramCallout? callout) =>
            callout is null ? null : "left:" + Number(callout.Left) + "px;top:" + Number(callout.Top) + "px";

        private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>What a frame draws from; equal stamps draw the same markup.</summary>
    private readonly record struct RenderStamp(CoreSession? Model, Network? Network, PlaygroundState? State, string? Selected, int Local, double Width);
}
