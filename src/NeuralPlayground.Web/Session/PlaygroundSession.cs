using Microsoft.AspNetCore.Components;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Rendering;
using CoreSession = NeuralPlayground.Core.Sessions.Session;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// The page's side effects around Core's <see cref="CoreSession"/>: it reads and rewrites the URL
/// hash, draws fresh seeds, runs the play loop (<c>epochsPerFrame</c> epochs per animation frame,
/// pausing by itself at a stop condition or a divergence), draws the heatmaps once per frame and
/// tells the components what changed. Every action keeps the original's reset and seed rules,
/// which live in Core.
/// </summary>
public sealed partial class PlaygroundSession
{
    private readonly NavigationManager _navigation;
    private readonly IPageHost _host;
    private readonly FrameRenderer _renderer = new();
    private readonly List<LossPoint> _losses = [];
    private double[] _chart = [];
    private bool _chartDirty;
    private CoreSession? _model;
    private bool _frameDirty = true;
    private bool _stopArmed;
    private HashSet<string> _hiddenAtLoad = [];
    private IReadOnlyList<DiagramLink> _diagramLinks = [];
    private IReadOnlyList<DiagramNode> _diagramNodes = [];

    /// <summary>Creates the session for the page at <paramref name="navigation"/>'s URL.</summary>
    public PlaygroundSession(NavigationManager navigation, IPageHost host)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        ArgumentNullException.ThrowIfNull(host);
        _navigation = navigation;
        _host = host;
    }

    /// <summary>Raised after any change of state, structure or data: controls and diagram re-render.</summary>
    public event Action? Changed;

    /// <summary>Raised after each trained epoch or redrawn frame: epoch, losses, chart and link styles.</summary>
    public event Action? Trained;

    /// <summary>The loaded model; <see cref="Load"/> must have run.</summary>
    public CoreSession Model => _model ?? throw new InvalidOperationException("Call Load before using the session.");

    /// <summary>True while training runs, <c>epochsPerFrame</c> epochs per animation frame.</summary>
    public bool IsPlaying { get; private set; }

    /// <summary>The hovered node's id (its heatmap fills the output panel), or null for the output node.</summary>
    public string? SelectedNodeId { get; private set; }

    /// <summary>Loss points since the last rebuild: the rebuild's, then one per epoch (several per frame at higher speeds).</summary>
    public IReadOnlyList<LossPoint> Losses => _losses;

    /// <summary>
    /// True when <c>&lt;name&gt;_hide=true</c> was in the link the page was loaded from. Like the
    /// original, classroom checkboxes change the link at once but hide controls only when it is opened.
    /// </summary>
    public bool IsHidden(string name) => _hiddenAtLoad.Contains(name);

    /// <summary>Width of the page column in px: 944, or 1100 from a 1180 px viewport, 1220 from 1400 px (spec §1).</summary>
    public double PageWidth { get; private set; } = 944;

    /// <summary>The browser window was resized to <paramref name="viewportWidth"/> px.</summary>
    public void OnResized(double viewportWidth)
    {
        var pageWidth = viewportWidth >= 1400 ? 1220 : viewportWidth >= 1180 ? 1100 : 944;
        if (pageWidth != PageWidth)
        {
            PageWidth = pageWidth;
            Changed?.Invoke();
        }
    }

    /// <summary>The network diagram laid out anew: the next frame draws its links and bias squares on its canvas.</summary>
    public void SetDiagramLayout(IReadOnlyList<DiagramLink> links, IReadOnlyList<DiagramNode> nodes)
    {
        _diagramLinks = links;
        _diagramNodes = nodes;
        _frameDirty = true;
    }

    /// <summary>Increases on every rebuild, so components can tell a new network from a trained one.</summary>
    public int NetworkVersion { get; private set; }

    /// <summary>
    /// A fresh seed as the original draws one for a URL without <c>seed=</c>:
    /// <c>Math.random().toFixed(5)</c>, e.g. <c>0.04817</c>.
    /// </summary>
    public static string NewSeed() => JsNumber.ToFixed(Random.Shared.NextDouble(), 5);

    /// <summary>
    /// The original's page load for the current URL; the hash is then normalized. Saved work resumes
    /// instead when the URL has no hash or the saved one (see <see cref="SaveNow"/>).
    /// </summary>
    public void Load() => LoadOrResume(_navigation.Uri);

    /// <summary>A hash edited by hand: loads it like a page load, without reloading the page.</summary>
    public void OnHashEdited(string url)
    {
        if (_model is null || UrlStateHash(url) != Model.Serialize())
        {
            LoadLink(url);
        }
    }

    /// <summary>
    /// One animation frame: when playing, <c>epochsPerFrame</c> epochs (fewer when <c>maxEpochs</c>,
    /// <c>stopAtLoss</c> or a divergence pauses training in between), then the heatmaps once when
    /// anything changed.
    /// </summary>
    public void OnFrame(double time)
    {
        if (_model is null)
        {
            return;
        }

        if (IsPlaying)
        {
            TrainEpochs(Model.State.EpochsPerFrame);
        }

        if (_frameDirty)
        {
            _frameDirty = false;
            _renderer.Render(Model, SelectedNodeId, _diagramLinks, _diagramNodes, _host);
        }

        if (_chartDirty)
        {
            _chartDirty = false;
            DrawLossChart();
        }
    }

    /// <summary>Asks for the heatmaps and links to be drawn again at the next frame (the grid worker lost the last one).</summary>
    public void InvalidateFrame() => _frameDirty = true;

    /// <summary>Asks for the loss chart's lines to be drawn at the next frame (its markup was rendered anew).</summary>
    public void InvalidateLossChart() => _chartDirty = true;

    // The chart's lines go to the page as numbers (see IPageHost.DrawLossChart): rewriting two long
    // path attributes through a component render every epoch cost the largest network ~1.5 epochs/s.
    private void DrawLossChart()
    {
        var points = Components.LossChart.Thin(_losses, Components.LossChart.MaxDrawnPoints);
        var length = 2 + (2 * points.Count);
        if (_chart.Length != length)
        {
            _chart = new double[length];
        }

        _chart[0] = Components.LossChart.Width;
        _chart[1] = Components.LossChart.Height;
        for (var i = 0; i < points.Count; i++)
        {
            _chart[2 + (2 * i)] = points[i].Train ?? double.NaN;
            _chart[3 + (2 * i)] = points[i].Test ?? double.NaN;
        }

        _host.DrawLossChart(_chart);
    }

    private void LoadFrom(string url)
    {
        var session = CoreSession.Load(url, NewSeed);
        Install(session, [new LossPoint(session.LossTrain, session.LossTest)]);
    }

    // One chart point per epoch but one Trained per call, so a fast frame re-renders the metrics once.
    private void TrainEpochs(int epochs)
    {
        for (var e = 0; e < epochs; e++)
        {
            Model.Step();
            _losses.Add(new LossPoint(Model.LossTrain, Model.LossTest));
            _chartDirty = true;
            if (IsPlaying && (Model.DivergedAtEpoch is not null || (_stopArmed && Model.IsStopReached)))
            {
                IsPlaying = false;
                Changed?.Invoke();
                break;
            }
        }

        _frameDirty = true;
        Trained?.Invoke();
    }

    // After a rebuild (reset, load): the chart restarts at the new network's losses.
    private void Rebuilt()
    {
        _losses.Clear();
        _losses.Add(new LossPoint(Model.LossTrain, Model.LossTest));
        _chartDirty = true;
        NetworkVersion++;
        Updated();
    }

    private void Updated()
    {
        _frameDirty = true;
        _host.ReplaceHash(Model.Serialize());
        Changed?.Invoke();
        Trained?.Invoke();
    }

    private static string UrlStateHash(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? string.Empty : url[(hash + 1)..];
    }
}
