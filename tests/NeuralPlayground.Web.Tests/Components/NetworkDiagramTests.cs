using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.Logging.Abstractions;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Session;
using NeuralPlayground.Web.Tests.Support;
using Xunit.Abstractions;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class NetworkDiagramTests(ITestOutputHelper output) : PlaygroundTestContext
{
    private const string Seed = "#seed=0.12345";

    private const string MaxNetwork = Seed + "&networkShape=8,8,8,8,8,8&xTimesY=true&xSquared=true&ySquared=true&sinX=true&sinY=true";

    [Theory]
    [InlineData("", 13, 18, 6)]
    [InlineData("&networkShape=3,5,1&xSquared=true", 16, 30, 9)]
    [InlineData("&networkShape=", 7, 2, 0)]
    [InlineData(MaxNetwork, 55, 384, 48)]
    public void Render_DrawsEveryNodeLinkAndBias_ForShape(string hash, int canvases, int links, int biases)
    {
        var session = LoadSession(hash.StartsWith('#') ? hash : Seed + hash);

        var cut = Render<NetworkDiagram>();
        session.OnFrame(0);

        Assert.Equal(canvases, cut.FindAll("[data-testid=network] canvas[data-heatmap][width='10'][height='10']").Count);
        Assert.Single(cut.FindAll("[data-testid=network] canvas[data-links]"));
        Assert.Empty(cut.FindAll("path.link"));
        Assert.Equal(1 + ((links + biases) * IPageHost.LinkStride), Host.LastLinks.Length);
        Assert.Equal(links, cut.FindAll("path.link-hover").Count);
        Assert.Equal(biases, cut.FindAll("rect.bias").Count);
    }

    [Fact]
    public void Render_NamesOneCanvasPerDrawnNode_InputsIncluded()
    {
        var session = LoadSession(Seed);
        var cut = Render<NetworkDiagram>();

        session.OnFrame(0);

        // Every frame thumbnail but the output node's: like the original, the output has no square.
        var output = "node-" + session.Model.Network.NodeId(session.Model.Network.NodeCount - 1);
        var drawn = Host.Frames[^1].Split(',').Skip(1).Where(c => c != output).Order(StringComparer.Ordinal);
        var names = cut.FindAll("canvas[data-heatmap]").Select(c => c.GetAttribute("data-heatmap")!).Order(StringComparer.Ordinal);
        Assert.Equal(drawn, names);
    }

    [Fact]
    public void Render_PlacesSvgAndThumbnails_AsTheLayoutAtDefaultWidth()
    {
        var session = LoadSession(Seed);
        var layout = DiagramLayout.Create([.. session.Model.Candidates.Select(f => f.Key)], session.Model.Network, NetworkDiagram.DefaultWidth);

        var cut = Render<NetworkDiagram>();

        session.OnFrame(0);

        var svg = cut.Find("[data-testid=network] svg");
        Assert.Equal("540", svg.GetAttribute("width"));
        Assert.Equal("385", svg.GetAttribute("height"));
        var canvas = cut.Find("[data-testid=network] canvas[data-links]");
        Assert.Equal("width:540px;height:385px", canvas.GetAttribute("style"));
        Assert.Equal(layout.Links[0].Path, cut.Find("path.link-hover[data-link='x-1']").GetAttribute("d"));
        var first = layout.Links[0];
        Assert.Equal([first.X1, first.Y1, first.X2, first.Y2], LinkAt(0)[..4]);
        Assert.Equal(layout.Nodes[7].ThumbnailStyle, cut.Find("[data-testid=node-1]").GetAttribute("style"));
    }

    [Theory]
    [InlineData(944, 540)]
    [InlineData(1100, 660)]
    [InlineData(1220, 752)]
    public void WidthForPage_IsOutputMinusFeaturesLeft(double page, double width) =>
        Assert.Equal(width, NetworkDiagram.WidthForPage(page));

    [Fact]
    public void Render_UsesWidthParameter_ForTheLayout()
    {
        var session = LoadSession(Seed);
        var layout = DiagramLayout.Create([.. session.Model.Candidates.Select(f => f.Key)], session.Model.Network, 660);

        var cut = Render<NetworkDiagram>(p => p.Add(d => d.Width, 660));

        session.OnFrame(0);

        Assert.Equal("660", cut.Find("[data-testid=network] svg").GetAttribute("width"));
        Assert.Equal(layout.Links[^1].Path, cut.Find("path.link-hover[data-link='6-7']").GetAttribute("d"));
        var last = layout.Links[^1];
        Assert.Equal([last.X1, last.Y1, last.X2, last.Y2], LinkAt(layout.Links.Count - 1)[..4]);
    }

    [Fact]
    public void Render_PlacesBothCallouts_AsTheLayout()
    {
        var session = LoadSession(Seed);
        var layout = DiagramLayout.Create([.. session.Model.Candidates.Select(f => f.Key)], session.Model.Network, NetworkDiagram.DefaultWidth);

        var cut = Render<NetworkDiagram>();

        var thumbnail = layout.ThumbnailCallout!;
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"left:{thumbnail.Left}px;top:{thumbnail.Top}px"), cut.Find(".callout.thumbnail").GetAttribute("style"));
        Assert.Contains("neuron", cut.Find(".callout.thumbnail .label").TextContent, StringComparison.Ordinal);
        Assert.Contains("weights", cut.Find(".callout.weights .label").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OmitsCallouts_WithoutHiddenLayers()
    {
        LoadSession(Seed + "&networkShape=");

        var cut = Render<NetworkDiagram>();

        Assert.Empty(cut.FindAll(".callout"));
    }

    [Fact]
    public void Render_StylesLinksFromWeights_AndFlowsDashesWithEpoch()
    {
        var session = LoadSession(Seed);
        var cut = Render<NetworkDiagram>();

        session.Step();
        session.Step();
        session.Step();
        session.OnFrame(0);

        var weight = session.Model.Network.Weights[0];
        Assert.Equal(LinkStyle.StrokeWidth(weight), LinkAt(0)[4]);
        Assert.Equal(Colors.Scale(weight), Hex(LinkAt(0)[5]));
        Assert.Equal(-1, Host.LastLinks[0]);
        var bias = LinkAt(session.Model.Network.LinkCount);
        Assert.Equal(-DiagramLayout.BiasSize, bias[4]);
        Assert.Equal(Colors.Scale(session.Model.Network.Biases[0]), Hex(bias[5]));
    }

    [Fact]
    public void Render_StartsDashOffsetAtZero()
    {
        var session = LoadSession(Seed);

        Render<NetworkDiagram>();
        session.OnFrame(0);

        Assert.Equal(0, Host.LastLinks[0]);
        Assert.Equal(1.272, LinkAt(0)[4], 3);
        Assert.Equal("#c6d9e4", Hex(LinkAt(0)[5]));
    }

    [Fact]
    public void Render_FadesDisabledInputs_AndLabelsWithSubAndSuperscripts()
    {
        LoadSession(Seed);

        var cut = Render<NetworkDiagram>();

        Assert.Contains("inactive", cut.Find("[data-testid=feature-xSquared]").ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("inactive", cut.Find("[data-testid=feature-x]").ClassName, StringComparison.Ordinal);
        Assert.Equal("X₁²", cut.Find("[data-testid=feature-xSquared]").GetAttribute("aria-label"));
        var parts = cut.FindAll("g.node text.main-label")[2].Children.Select(t => (t.TextContent, t.GetAttribute("baseline-shift"))).ToArray();
        Assert.Equal([("X", null), ("1", "sub"), ("2", "super")], parts);
        Assert.Equal("sin(X₂)", cut.Find("[data-testid=feature-sinY]").GetAttribute("aria-label"));
    }

    [Fact]
    public void ClickFeature_EnablesSinXAndAddsItsLinks()
    {
        var session = LoadSession(Seed);
        var cut = Render<NetworkDiagram>();

        cut.Find("[data-testid=feature-sinX]").Click();

        Assert.True(session.Model.State.SinX);
        Assert.Equal(3, session.Model.Network.InputCount);
        session.OnFrame(0);
        Assert.Equal(22, cut.FindAll("path.link-hover").Count);
        Assert.Equal(4, cut.FindAll("path.link-hover[data-link^='sinX-']").Count);
        Assert.Equal(1 + ((22 + 6) * IPageHost.LinkStride), Host.LastLinks.Length); // 22 links, then 6 bias squares
        Assert.DoesNotContain("inactive", cut.Find("[data-testid=feature-sinX]").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OmitsFeature_WhenRemovedByHide()
    {
        LoadSession(Seed + "&sinX_hide=true");

        var cut = Render<NetworkDiagram>();

        Assert.Empty(cut.FindAll("[data-testid=feature-sinX]"));
        Assert.Equal(6, cut.FindAll("[data-testid^=feature-]").Count);
        Assert.Equal("330", cut.Find("[data-testid=network] svg").GetAttribute("height"));
    }

    [Theory]
    [InlineData("4,2", "add-layer", new[] { 4, 2, 2 })]
    [InlineData("4,2", "remove-layer", new[] { 4 })]
    [InlineData("2,2,2,2,2,2", "add-layer", new[] { 2, 2, 2, 2, 2, 2 })]
    [InlineData("", "remove-layer", new int[0])]
    public void LayerButtons_ChangeShapeWithinLimits(string shape, string button, int[] expected)
    {
        var session = LoadSession(Seed + "&networkShape=" + shape);
        var cut = Render<NetworkDiagram>();

        cut.Find($"[data-testid={button}]").Click();

        Assert.Equal(expected, session.Model.State.NetworkShape);
        Assert.Equal(expected.Length.ToString(CultureInfo.InvariantCulture), cut.Find("[data-testid=num-layers]").TextContent);
        Assert.Equal(expected.Length, cut.FindAll("[data-testid^=neurons-]").Count);
    }

    [Theory]
    [InlineData("4,2", "add-neuron-1", new[] { 5, 2 }, "5 neurons")]
    [InlineData("4,2", "remove-neuron-2", new[] { 4, 1 }, "1 neuron")]
    [InlineData("8,2", "add-neuron-1", new[] { 8, 2 }, "8 neurons")]
    [InlineData("4,1", "remove-neuron-2", new[] { 4, 1 }, "1 neuron")]
    public void NeuronButtons_ChangeLayerWithinLimits(string shape, string button, int[] expected, string label)
    {
        var session = LoadSession(Seed + "&networkShape=" + shape);
        var cut = Render<NetworkDiagram>();
        var layer = button[^1];

        cut.Find($"[data-testid={button}]").Click();

        Assert.Equal(expected, session.Model.State.NetworkShape);
        Assert.Equal(label, cut.Find($"[data-testid=neurons-{layer}] .neuron-count").TextContent);
    }

    [Fact]
    public void LayerButtons_AreHidden_WhenNumHiddenLayersHidden()
    {
        LoadSession(Seed + "&numHiddenLayers_hide=true");

        var cut = Render<NetworkDiagram>();

        Assert.Empty(cut.FindAll("[data-testid=add-layer]"));
        Assert.Empty(cut.FindAll("[data-testid=remove-layer]"));
        Assert.Equal("2", cut.Find("[data-testid=num-layers]").TextContent);
        Assert.Equal("Hidden layers", cut.Find("[data-testid=layers-label]").TextContent);
    }

    [Fact]
    public void NeuronButtons_StayHiddenAfterRebuilds_WhenNumNodes1Hidden()
    {
        LoadSession(Seed + "&numNodes1_hide=true");
        var cut = Render<NetworkDiagram>();

        cut.Find("[data-testid=add-neuron-2]").Click();
        cut.Find("[data-testid=add-layer]").Click();

        Assert.Empty(cut.FindAll("[data-testid=add-neuron-1]"));
        Assert.Empty(cut.FindAll("[data-testid=remove-neuron-1]"));
        Assert.Equal("4 neurons", cut.Find("[data-testid=neurons-1] .neuron-count").TextContent);
        Assert.Single(cut.FindAll("[data-testid=add-neuron-3]"));
    }

    [Fact]
    public void HoverNode_SelectsItForTheOutputHeatmap_UntilLeft()
    {
        var session = LoadSession(Seed);
        var cut = Render<NetworkDiagram>();

        cut.Find("[data-testid=node-3]").MouseEnter();

        Assert.Equal("3", session.SelectedNodeId);
        Assert.Contains("hovered", cut.Find("[data-testid=node-3]").ClassName, StringComparison.Ordinal);
        cut.Find("[data-testid=node-3]").MouseLeave();
        Assert.Null(session.SelectedNodeId);
    }

    [Fact]
    public void Render_DrawsDeadLinkAsDead_AfterL1KillsIt()
    {
        var session = LoadSession(Seed + "&regularization=L1&regularizationRate=0.1&learningRate=0.3");
        var cut = Render<NetworkDiagram>();
        for (var epoch = 0; epoch < 200 && !session.Model.Network.IsDead.Any(d => d); epoch++)
        {
            session.Step();
        }

        session.OnFrame(0);

        var dead = Array.IndexOf(session.Model.Network.IsDead, true);
        var id = session.Model.Network.LinkIds()[dead];

        Assert.True(dead >= 0);
        Assert.NotNull(cut.Find($"path.link-hover[data-link='{id}']"));
        Assert.Equal(-1, LinkAt(dead)[5]);
        Assert.Equal(LinkStyle.StrokeWidth(session.Model.Network.Weights[dead]), LinkAt(dead)[4]);
        var drawnDead = Enumerable.Range(0, session.Model.Network.IsDead.Length).Count(k => LinkAt(k)[5] < 0);
        Assert.Equal(session.Model.Network.IsDead.Count(d => d), drawnDead);
    }

    // The layout's k-th link as the last frame pushed it: x1, y1, x2, y2, width, 0xRRGGBB (−1: dead).
    private double[] LinkAt(int k) => Host.LastLinks.AsSpan(1 + (k * IPageHost.LinkStride), IPageHost.LinkStride).ToArray();

    private static string Hex(double rgb) => "#" + ((int)rgb).ToString("x6", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Render_ReportsFrameCost_ForMaxNetwork()
    {
        const int Epochs = 500;
        var session = LoadSession(MaxNetwork);
        var clock = Stopwatch.StartNew();
        var trained = TimeSpan.Zero;
        session.Trained += () => trained = clock.Elapsed;

        // Blazor's own renderer without a DOM: a training frame of the diagram (tree, diff, batch),
        // timed from the end of the epoch (the first Trained handler) to the finished batch.
        using var renderer = new MeasuringRenderer(Services, clock);
        await renderer.AttachAsync<NetworkDiagram>();
        var frames = new List<double>();
        for (var i = 0; i < Epochs; i++)
        {
            session.Step();
            frames.Add((renderer.LastBatchAt - trained).TotalMilliseconds);
        }

        // Timing is reported, not asserted; the assertion checks that every epoch was drawn.
        frames.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"max network (384 links, 55 canvases, 48 biases), one training frame of the diagram: median {frames[Epochs / 2]:F3} ms, 90th percentile {frames[Epochs * 9 / 10]:F3} ms, {renderer.Edits / renderer.Batches} DOM edits a batch"));
        // Training changes nothing in the diagram's markup (links and biases are painted with the frame).
        Assert.Equal(1, renderer.Batches);
    }

#pragma warning disable BL0006 // A renderer of our own, to time frames without a DOM, needs RenderTree types.
    /// <summary>Blazor's renderer with no display: counts batches and edits, so a frame can be timed alone.</summary>
    private sealed class MeasuringRenderer(IServiceProvider services, Stopwatch clock) : Renderer(services, NullLoggerFactory.Instance)
    {
        public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

        public int Batches { get; private set; }

        public long Edits { get; private set; }

        public TimeSpan LastBatchAt { get; private set; }

        public Task AttachAsync<T>()
            where T : IComponent
        {
            var id = AssignRootComponentId(InstantiateComponent(typeof(T)));
            return Dispatcher.InvokeAsync(() => RenderRootComponentAsync(id));
        }

        protected override void HandleException(Exception exception) => ExceptionDispatchInfo.Throw(exception);

        protected override Task UpdateDisplayAsync(in RenderBatch renderBatch)
        {
            Batches++;
            for (var i = 0; i < renderBatch.UpdatedComponents.Count; i++)
            {
                Edits += renderBatch.UpdatedComponents.Array[i].Edits.Count;
            }

            LastBatchAt = clock.Elapsed;
            return Task.CompletedTask;
        }
    }
#pragma warning restore BL0006
}
