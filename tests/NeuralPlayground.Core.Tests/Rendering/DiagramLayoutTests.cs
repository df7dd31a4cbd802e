using System.Globalization;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Randomness;
using NeuralPlayground.Core.Rendering;

namespace NeuralPlayground.Core.Tests.Rendering;

public sealed class DiagramLayoutTests
{
    private static readonly string[] Candidates = ["x", "y", "xSquared", "ySquared", "xTimesY", "sinX", "sinY"];

    public static TheoryData<string> Cases() => [.. RenderingVectors.Of("Y").Select(v => v[0])];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Links_MatchD3Diagonal_ForEveryVectorCase(string name)
    {
        var layout = Layout(name);
        var expected = RenderingVectors.Of("L").Where(v => v[0] == name).ToList();

        Assert.Equal(expected.Select(v => $"{v[1]} {v[2]}-{v[3]} {v[4]}"), layout.Links.Select(l => $"{l.WeightIndex} {l.Id} {l.Path}"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Nodes_MatchOriginalCoordinates_ForEveryVectorCase(string name)
    {
        var layout = Layout(name);
        var expected = RenderingVectors.Of("N").Where(v => v[0] == name).ToList();

        Assert.Equal(expected.Select(v => string.Join(' ', v[1..])), layout.Nodes.Select(n => $"{n.Id} {JsNumber.ToString(n.Cx)} {JsNumber.ToString(n.Cy)} {n.Transform}"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ControlsAndHeight_MatchOriginal_ForEveryVectorCase(string name)
    {
        var layout = Layout(name);

        Assert.Equal(RenderingVectors.Of("K").Where(v => v[0] == name).Select(v => $"{v[1]} {v[2]}"), layout.Controls.Select(c => $"{c.Layer} {c.LeftCss}"));
        Assert.Equal(RenderingVectors.Of("H").Single(v => v[0] == name)[1], JsNumber.ToString(layout.Height));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ThumbnailCallout_MatchesOriginal_ForEveryVectorCase(string name)
    {
        var expected = RenderingVectors.Of("C").Single(v => v[0] == name);

        var callout = Layout(name).ThumbnailCallout;

        Assert.Equal($"{expected[1]} {expected[2]} {expected[3]}", callout is null ? "-  " : $"{callout.TargetId} {JsNumber.ToString(callout.Left)} {JsNumber.ToString(callout.Top)}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WeightsCallout_MatchesOriginalWithinAHundredthOfAPixel_ForEveryVectorCase(string name)
    {
        var expected = RenderingVectors.Of("C").Single(v => v[0] == name);

        var callout = Layout(name).WeightsCallout;

        Assert.Equal(expected[4], callout?.TargetId ?? "-");
        if (callout is not null)
        {
            Assert.Equal(double.Parse(expected[5], CultureInfo.InvariantCulture), callout.Left, 0.01);
            Assert.Equal(double.Parse(expected[6], CultureInfo.InvariantCulture), callout.Top, 0.01);
        }
    }

    [Fact]
    public void Callouts_AreAbsent_WithoutHiddenLayers()
    {
        var layout = DiagramLayout.Create(Candidates, ["x", "y"], [2, 1], 450);

        Assert.Equal((null, null), (layout.ThumbnailCallout, layout.WeightsCallout));
    }

    [Fact]
    public void Create_PlacesDefaultNetwork_AsTheOriginalAtWidth450()
    {
        var layout = DiagramLayout.Create(Candidates, ["x", "y"], [2, 4, 2, 1], 450);

        Assert.Equal(195.1764705882353, layout.Nodes.Single(n => n.Id == "1").Cx);
        Assert.Equal((465.0, 15.0), (layout.Output.Cx, layout.Output.Cy));
        Assert.Equal(385, layout.Height);
        Assert.Equal("M82,15C131.08823529411765,15 131.08823529411765,12 180.1764705882353,12", layout.Links[0].Path);
    }

    [Fact]
    public void Create_CentresTheOnlyHiddenLayer_WhenThereIsOne()
    {
        var layout = DiagramLayout.Create(Candidates, ["x", "y"], [2, 3, 1], 450);

        Assert.Equal((118 + 450 - 30) / 2.0, layout.Nodes.Single(n => n.Id == "1").Left);
        Assert.Equal("259px", layout.Controls.Single().LeftCss);
    }

    [Fact]
    public void Create_LinksInputsStraightToOutput_WhenThereAreNoHiddenLayers()
    {
        var layout = DiagramLayout.Create(Candidates, ["x", "sinY"], [2, 1], 450);

        Assert.Empty(layout.Controls);
        Assert.Equal(7, layout.Nodes.Count);
        Assert.Equal(["x-1", "sinY-1"], layout.Links.Select(l => l.Id));
        Assert.Equal("M82,345C266,345 266,18 450,18", layout.Links[1].Path);
    }

    [Fact]
    public void Create_IsTallerThanTheInputs_WhenALayerHasEightNeurons()
    {
        var layout = DiagramLayout.Create(Candidates, Candidates, [7, 8, 8, 8, 8, 8, 8, 1], 517.5);

        Assert.Equal(8 * 55, layout.Height);
        Assert.Equal(7 + 48, layout.Nodes.Count);
        Assert.Equal((7 * 8) + (5 * 64) + 8, layout.Links.Count);
    }

    [Fact]
    public void Create_MarksDisabledCandidates_WithoutNetworkIndex()
    {
        var layout = DiagramLayout.Create(Candidates, ["y", "sinX"], [2, 2, 1], 450);

        Assert.Equal([null, 0, null, null, null, 1, null], layout.Nodes.Where(n => n.IsInput).Select(n => n.NetworkIndex));
        Assert.Equal([false, true, false, false, false, true, false], layout.Nodes.Where(n => n.IsInput).Select(n => n.IsEnabled));
    }

    [Fact]
    public void Create_StartsLinksAtTheEnabledInputsRows()
    {
        var layout = DiagramLayout.Create(Candidates, ["y", "sinX"], [2, 1], 450);

        Assert.Equal([70.0, 290.0], layout.Links.Select(l => l.Y1));
    }

    [Fact]
    public void Create_NumbersNodesAndLinksAsTheNetwork()
    {
        var network = Network.Build(["x", "y", "sinX"], [3, 2], ActivationKind.Tanh, ActivationKind.Tanh, RegularizationKind.None, initZero: false, new SeededRandom("layout"));

        var layout = DiagramLayout.Create(Candidates, network, 500);

        Assert.Equal(network.LinkIds(), layout.Links.Select(l => l.Id));
        Assert.Equal(Enumerable.Range(0, network.LinkCount), layout.Links.Select(l => l.WeightIndex));
        Assert.Equal(network.NodeIds(), [.. layout.Nodes.Where(n => !n.IsInput).Select(n => n.Id), layout.Output.Id]);
        Assert.Equal(network.NodeIndex(2, 1), layout.Nodes.Single(n => n.Id == "5").NetworkIndex);
        Assert.Equal(4, layout.Nodes.Single(n => n.Id == "5").BiasIndex);
    }

    [Fact]
    public void Node_PlacesBiasAndThumbnail_RelativeToItsSquare()
    {
        var node = DiagramLayout.Create(Candidates, ["x", "y"], [2, 4, 2, 1], 450).Nodes.Single(n => n.Id == "2");

        Assert.Equal((node.Left - 7, node.Top + 28), (node.BiasX, node.BiasY));
        Assert.Equal("translate(180.1764705882353,55)", node.Transform);
        Assert.Equal("left:183.1764705882353px;top:58px", node.ThumbnailStyle);
    }

    [Fact]
    public void Control_LabelsNeuronCount()
    {
        var controls = DiagramLayout.Create(Candidates, ["x"], [1, 1, 5, 1], 450).Controls;

        Assert.Equal(["1 neuron", "5 neurons"], controls.Select(c => c.Label));
    }

    [Fact]
    public void Create_Throws_WhenAnInputIsNotACandidate() =>
        Assert.Throws<ArgumentException>(() => DiagramLayout.Create(["x"], ["y"], [1, 1], 450));

    [Fact]
    public void Create_Throws_WhenInputCountDisagreesWithLayerSizes() =>
        Assert.Throws<ArgumentException>(() => DiagramLayout.Create(Candidates, ["x"], [2, 1], 450));

    private static DiagramLayout Layout(string name)
    {
        var v = RenderingVectors.Of("Y").Single(c => c[0] == name);
        int[] hidden = v[3].Length == 0 ? [] : [.. v[3].Split(',').Select(int.Parse)];
        var enabled = v[2].Split(',');
        return DiagramLayout.Create(v[1].Split(','), enabled, [enabled.Length, .. hidden, 1], RenderingVectors.Bits(v[4]));
    }

    [Fact]
    public void Create_PlacesOneOutputNodePerClass_ForAMulticlassNetwork()
    {
        var layout = DiagramLayout.Create(Candidates, ["x", "y"], [2, 4, 4], 450);

        Assert.Equal([(465.0, 15.0), (465.0, 27.0), (465.0, 39.0), (465.0, 51.0)], layout.Outputs.Select(n => (n.Cx, n.Cy)));
        Assert.Same(layout.Outputs[0], layout.Output);
        Assert.Equal(16, layout.Links.Count(l => layout.Outputs.Any(o => o.Id == l.DestId)));
    }

    [Fact]
    public void Create_RefusesANetworkWithoutOutputs() =>
        Assert.Throws<ArgumentException>(() => DiagramLayout.Create(Candidates, ["x", "y"], [2, 4, 0], 450));
}
