using System.Globalization;
using System.Xml.Linq;
using NeuralPlayground.Core.Export;
using NeuralPlayground.Core.Grid;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Core.Sessions;

namespace NeuralPlayground.Core.Tests.Export;

public sealed class FigureExportTests
{
    private const string Classification = "#activation=tanh&dataset=circle&networkShape=4,2&seed=0.12345&x=true&y=true&xSquared=true";
    private const string Multiclass = "#problem=multiclass&mcDataset=blobs&classes=4&networkShape=5&seed=0.5&x=true&y=true";
    private const string Regression = "#problem=regression&regDataset=reg-gauss&networkShape=3&seed=0.25&x=true&y=true";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void OutputHeatmapSvg_HasOneCirclePerTrainingPoint_WithPaletteFill()
    {
        var session = Trained(Classification, 5);

        var circles = Parse(FigureExport.OutputHeatmapSvg(session)).Descendants(Svg + "g").Single(g => Class(g) == "train").Elements(Svg + "circle").ToList();

        Assert.Equal(session.Data.Train.Select(p => Colors.Shade(p.Label)), circles.Select(c => (string?)c.Attribute("fill")));
        Assert.Equal(FigureExport.PlotX(session.Data.Train[0].X), Number(circles[0], "cx"), 1e-3);
        Assert.Equal(FigureExport.PlotY(session.Data.Train[0].Y), Number(circles[0], "cy"), 1e-3);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void OutputHeatmapSvg_EmbedsOutputGridPixels_HonouringDiscretize(bool discretize)
    {
        var session = Trained(Classification, 5);
        session.SetDiscretize(discretize);
        var grid = new FastGrid();
        grid.Evaluate(session.Network, session.Inputs);
        var expected = new byte[HeatmapImage.ImageByteCount];
        HeatmapImage.Fill(grid.Node(session.Network.NodeCount - 1), expected, discretize);

        var (width, height, rgba) = EmbeddedImage(Parse(FigureExport.OutputHeatmapSvg(session)).Root!);

        Assert.Equal((100, 100), (width, height));
        Assert.Equal(expected, rgba);
    }

    [Fact]
    public void OutputHeatmapSvg_DrawsTestPoints_OnlyWhenShowTestDataIsOn()
    {
        var session = Trained(Classification, 0);

        var hidden = Parse(FigureExport.OutputHeatmapSvg(session)).Descendants(Svg + "g").Count(g => Class(g) == "test");
        session.SetShowTestData(true);
        var shown = Parse(FigureExport.OutputHeatmapSvg(session)).Descendants(Svg + "g").Single(g => Class(g) == "test");

        Assert.Equal(0, hidden);
        Assert.Equal(session.Data.Test.Length, shown.Elements(Svg + "circle").Count());
        Assert.Equal("#000", (string?)shown.Attribute("stroke"));
    }

    [Fact]
    public void OutputHeatmapSvg_HasThirteenTicksPerAxis_AndTheRequestedSize()
    {
        var root = Parse(FigureExport.OutputHeatmapSvg(Trained(Classification, 0), 600)).Root!;

        Assert.Equal("600", (string?)root.Attribute("width"));
        Assert.Equal("0 0 300 300", (string?)root.Attribute("viewBox"));
        Assert.Equal(Enumerable.Range(-6, 13).Select(v => v.ToString(CultureInfo.InvariantCulture)),
            root.Descendants(Svg + "g").Single(g => Class(g) == "x axis").Descendants(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void OutputHeatmapSvg_UsesClassColours_ForMulticlass()
    {
        var session = Trained(Multiclass, 3);
        var grid = new FastGrid();
        grid.Evaluate(session.Network, session.Inputs);
        var softmax = new FastSoftmax();
        softmax.Evaluate(grid, session.Network.NodeCount - 4, 4, oneHot: false);
        var expected = new byte[HeatmapImage.ImageByteCount];
        ClassPalette.Fill(softmax.Probabilities, expected);

        var document = Parse(FigureExport.OutputHeatmapSvg(session));

        var fills = document.Descendants(Svg + "g").Single(g => Class(g) == "train").Elements(Svg + "circle").Select(c => (string?)c.Attribute("fill"));
        Assert.Equal(session.Data.Train.Select(p => ClassPalette.Hex[(int)p.Label]), fills);
        Assert.Equal(expected, EmbeddedImage(document.Root!).Rgba);
    }

    [Fact]
    public void OutputHeatmapSvg_DrawsBlack_WhenAMulticlassLabelIsNotAClass()
    {
        var session = Trained(Multiclass, 0);
        session.Data.Train[0] = session.Data.Train[0] with { Label = 7 };

        var first = Parse(FigureExport.OutputHeatmapSvg(session)).Descendants(Svg + "circle").First();

        Assert.Equal(Colors.NaNColor, (string?)first.Attribute("fill"));
    }

    [Fact]
    public void OutputHeatmapPng_DecodesToOutputHeatmapRgba_ForRegression()
    {
        var session = Trained(Regression, 3);

        var (width, height, rgba) = PngFile.Decode(FigureExport.OutputHeatmapPng(session));

        Assert.Equal((100, 100), (width, height));
        Assert.Equal(FigureExport.OutputHeatmapRgba(session), rgba);
    }

    [Fact]
    public void FigureSvg_HasOnePathPerLink_WithLinkStyleWidthAndColour()
    {
        var session = Trained(Classification, 10);

        var paths = Parse(FigureExport.FigureSvg(session)).Descendants(Svg + "path").Where(p => Class(p) == "link").ToList();

        Assert.Equal(session.Network.LinkCount, paths.Count);
        var byId = paths.ToDictionary(p => (string)p.Attribute("data-link")!);
        var ids = session.Network.LinkIds();
        for (var k = 0; k < session.Network.LinkCount; k++)
        {
            var path = byId[ids[k]];
            Assert.Equal(LinkStyle.StrokeWidth(session.Network.Weights[k]), Number(path, "stroke-width"), 1e-3);
            Assert.Equal(LinkStyle.Stroke(session.Network.Weights[k]), (string?)path.Attribute("stroke"));
            Assert.StartsWith("M", (string?)path.Attribute("d"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FigureSvg_HasOneHeatmapPerDrawnNode_AndOneBiasPerHiddenNode()
    {
        var session = Trained(Classification, 2);
        var layout = DiagramLayout.Create([.. session.Candidates.Select(f => f.Key)], session.Network, FigureExport.DefaultDiagramWidth);

        var document = Parse(FigureExport.FigureSvg(session));

        var heatmaps = document.Descendants(Svg + "image").Where(i => Class(i) == "node-heatmap").ToList();
        Assert.Equal(layout.Nodes.Select(n => n.Id), heatmaps.Select(i => (string?)i.Attribute("data-node")));
        Assert.All(heatmaps, i => Assert.Equal((10, 10), PngFile.DecodeDataUri((string)i.Attribute("href")!) is var (w, h, _) ? (w, h) : default));
        Assert.Equal(7 + 4 + 2, heatmaps.Count);
        Assert.Equal(6, document.Descendants(Svg + "rect").Count(r => Class(r) == "bias"));
        Assert.Equal(layout.Nodes.Count + 1, document.Descendants(Svg + "image").Count());
    }

    [Fact]
    public void FigureSvg_FadesSwitchedOffInputs_AndWritesScriptedLabels()
    {
        var session = Trained(Classification, 0);

        var document = Parse(FigureExport.FigureSvg(session));

        var images = document.Descendants(Svg + "image").Where(i => Class(i) == "node-heatmap").ToDictionary(i => (string)i.Attribute("data-node")!);
        Assert.Null(images["x"].Attribute("opacity"));
        Assert.Equal("0.4", (string?)images["ySquared"].Attribute("opacity"));
        var label = document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-node") == "xSquared").Element(Svg + "text")!;
        Assert.Equal("X12", label.Value);
        Assert.Equal(["sub", "super"], label.Elements(Svg + "tspan").Select(t => (string?)t.Attribute("baseline-shift")).OfType<string>());
    }

    [Fact]
    public void FigureSvg_CaptionHoldsTheEpochAndTheHash()
    {
        var session = Trained(Classification, 42);

        var caption = Parse(FigureExport.FigureSvg(session, pageUrl: "https://example.org/")).Descendants(Svg + "text").Single(t => Class(t) == "caption");

        var spans = caption.Elements(Svg + "tspan").ToList();
        Assert.Equal("Epoch 000,042", spans[0].Value);
        Assert.Equal("https://example.org/#" + session.Serialize(), string.Concat(spans.Skip(1).Select(s => s.Value)));
        Assert.True(spans.Count > 2, "a long link wraps");
    }

    [Theory]
    [InlineData(Multiclass, 2 * 5 + 5 * 4)]
    [InlineData(Regression, 2 * 3 + 3)]
    [InlineData("#networkShape=&seed=0.3&x=true&y=true&sinX=true", 3)]
    public void FigureSvg_IsWellFormed_ForEveryProblemAndShape(string hash, int links)
    {
        var session = Trained(hash, 2);

        var document = Parse(FigureExport.FigureSvg(session, 660));

        Assert.Equal(links, document.Descendants(Svg + "path").Count(p => Class(p) == "link"));
        Assert.Single(document.Descendants(Svg + "g"), g => Class(g) == "heatmap");
    }

    private static Session Trained(string hash, int epochs)
    {
        var session = Session.Load(hash, () => "unused");
        for (var k = 0; k < epochs; k++)
        {
            session.Step();
        }

        return session;
    }

    private static XDocument Parse(string svg)
    {
        var document = XDocument.Parse(svg);
        Assert.Equal(Svg + "svg", document.Root!.Name);
        return document;
    }

    private static string? Class(XElement element) => (string?)element.Attribute("class");

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    private static (int Width, int Height, byte[] Rgba) EmbeddedImage(XElement root) =>
        PngFile.DecodeDataUri((string)root.Descendants(Svg + "g").Single(g => Class(g) == "heatmap").Element(Svg + "image")!.Attribute("href")!);
}
