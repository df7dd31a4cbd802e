using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class MulticlassDataTests : PlaygroundTestContext
{
    private const string Multiclass = "#problem=multiclass&classes=3&mcDataset=blobs&noise=10&seed=0.27182";

    [Fact]
    public void Thumbnails_ShowTheMulticlassDatasets_WithTheLinksSelection()
    {
        LoadSession("#problem=multiclass&mcDataset=rings&seed=0.27182");

        var cut = Render<DataPanel>();

        var thumbnails = cut.FindAll(".data-thumbnail");
        Assert.Equal(["dataset-blobs", "dataset-spiral", "dataset-rings", "dataset-custom"], thumbnails.Select(t => t.GetAttribute("data-testid")!));
        Assert.Equal([false, false, true, false], thumbnails.Select(t => t.ClassList.Contains("selected")));
        Assert.Equal("CANVAS", thumbnails[0].TagName);
        Assert.Equal("mc-blobs", thumbnails[0].GetAttribute("data-dataset"));
    }

    [Fact]
    public void Thumbnail_SelectsMulticlassDatasetAndRebuilds_WhenClicked()
    {
        var session = LoadSession(Multiclass);
        var cut = Render<DataPanel>();
        var version = session.NetworkVersion;

        cut.Find("[data-testid=dataset-spiral]").Click();

        Assert.Equal(MulticlassDatasetKind.Spiral, session.Model.State.McDataset);
        Assert.Equal(version + 1, session.NetworkVersion);
        Assert.Contains("mcDataset=spiral", Host.Hashes[^1], StringComparison.Ordinal);
        Assert.Contains("selected", cut.Find("[data-testid=dataset-spiral]").ClassList);
    }

    [Fact]
    public void Thumbnail_PaintsEachPointInItsClassColour()
    {
        var session = LoadSession("#problem=multiclass&classes=5&seed=0.27182");
        var points = session.Model.MulticlassThumbnails[MulticlassDatasetKind.Blobs];

        var squares = MulticlassThumbnail.Squares(points);

        Assert.Equal(points.Length * DatasetThumbnail.SquareStride, squares.Length);
        for (var i = 0; i < points.Length; i++)
        {
            var (r, g, b) = ClassPalette.Rgb((int)points[i].Label);
            Assert.Equal(100 * (points[i].X + 6) / 12, squares[3 * i], 1e-12);
            Assert.Equal(100 * (6 - points[i].Y) / 12, squares[(3 * i) + 1], 1e-12);
            Assert.Equal((r << 16) | (g << 8) | b, squares[(3 * i) + 2]);
        }

        Assert.Equal(5, points.Select(p => p.Label).Distinct().Count());
    }

    [Fact]
    public void Classes_IsASliderFromThreeToSix_WithTheLinksValue()
    {
        LoadSession("#problem=multiclass&classes=5&seed=0.27182");

        var slider = Render<DataPanel>().Find("[data-testid=classes]");

        Assert.Equal(("range", "3", "6", "1", "5"), (slider.GetAttribute("type"), slider.GetAttribute("min"), slider.GetAttribute("max"), slider.GetAttribute("step"), slider.GetAttribute("value")));
    }

    [Fact]
    public void Classes_RebuildsWithMoreClassesAndOutputs_OnInput()
    {
        var session = LoadSession(Multiclass);
        var cut = Render<DataPanel>();

        cut.Find("[data-testid=classes]").Input("4");

        Assert.Equal(4, session.Model.State.Classes);
        Assert.Equal(4, session.Model.Network.OutputCount);
        Assert.Equal(4, session.Model.MulticlassThumbnails[MulticlassDatasetKind.Blobs].Select(p => p.Label).Distinct().Count());
        Assert.Contains("classes=4", Host.Hashes[^1], StringComparison.Ordinal);
        Assert.Contains("Classes: <span class=\"value\">4</span>", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void MulticlassControls_AreAbsent_ForClassification()
    {
        LoadSession("#seed=0.12345");

        var cut = Render<DataPanel>();

        Assert.Empty(cut.FindAll("[data-testid=classes]"));
        Assert.Empty(cut.FindAll("[data-testid=dataset-blobs]"));
    }

    [Theory]
    [InlineData("mcDataset", "dataset-blobs")]
    [InlineData("classes", "classes")]
    public void Control_IsNotRendered_WhenItsHideFlagIsSet(string flag, string testId)
    {
        LoadSession($"{Multiclass}&{flag}_hide=true");

        var cut = Render<DataPanel>();

        Assert.Empty(cut.FindAll($"[data-testid={testId}]"));
        Assert.Single(cut.FindAll("[data-testid=noise]"));
    }
}
