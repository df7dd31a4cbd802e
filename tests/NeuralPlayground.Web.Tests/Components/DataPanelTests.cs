using System.Globalization;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class DataPanelTests : PlaygroundTestContext
{
    public static TheoryData<string, string> HideFlags => new()
    {
        { "dataset", "dataset-circle" },
        { "percTrainData", "perc-train-data" },
        { "noise", "noise" },
        { "batchSize", "batch-size" },
    };

    [Fact]
    public void Thumbnails_ShowTheClassificationDatasetsInOrder_WithCircleSelected()
    {
        LoadSession("#seed=0.12345");

        var cut = Render<DataPanel>();

        Assert.Contains("Which dataset do you want to use?", cut.Markup, StringComparison.Ordinal);
        var thumbnails = cut.FindAll(".data-thumbnail");
        Assert.Equal(["dataset-circle", "dataset-xor", "dataset-gauss", "dataset-spiral", "dataset-custom"], thumbnails.Select(t => t.GetAttribute("data-testid")!));
        Assert.Equal([true, false, false, false, false], thumbnails.Select(t => t.ClassList.Contains("selected")));
        Assert.Equal(["Circle", "Exclusive or", "Gaussian", "Spiral", CustomThumbnail.Tooltip], cut.FindAll(".dataset").Select(d => d.GetAttribute("title")!));
    }

    [Fact]
    public void Thumbnails_ShowTheRegressionDatasets_WithTheLinksSelection()
    {
        LoadSession("#problem=regression&regDataset=reg-gauss&seed=0.12345");

        var cut = Render<DataPanel>();

        var thumbnails = cut.FindAll(".data-thumbnail");
        Assert.Equal(["dataset-reg-plane", "dataset-reg-gauss", "dataset-custom"], thumbnails.Select(t => t.GetAttribute("data-testid")!));
        Assert.Equal([false, true, false], thumbnails.Select(t => t.ClassList.Contains("selected")));
    }

    [Fact]
    public void Thumbnail_SelectsDatasetWithNewSeed_WhenClicked()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<DataPanel>();

        cut.Find("[data-testid=dataset-xor]").Click();

        Assert.Equal(DatasetKind.Xor, session.Model.State.Dataset);
        Assert.Equal("0.62930", session.Model.State.Seed);
        Assert.Contains("selected", cut.Find("[data-testid=dataset-xor]").ClassList);
        Assert.DoesNotContain("selected", cut.Find("[data-testid=dataset-circle]").ClassList);
    }

    [Fact]
    public void Thumbnail_IsACanvasButton_NamedAfterItsDataset()
    {
        LoadSession("#seed=0.12345");

        var thumbnail = Render<DataPanel>().Find("[data-testid=dataset-spiral]");

        Assert.Equal("CANVAS", thumbnail.TagName);
        Assert.Equal("spiral", thumbnail.GetAttribute("data-dataset"));
        Assert.Equal("button", thumbnail.GetAttribute("role"));
        Assert.Equal("Spiral", thumbnail.GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData(DatasetKind.Spiral)]
    [InlineData(DatasetKind.Circle)]
    public void Thumbnail_PaintsEachPointFlippedLikeTheMainPlot_WithTheColourScale(DatasetKind kind)
    {
        var session = LoadSession("#seed=0.12345");
        var points = session.Model.Thumbnails[kind];

        var squares = DatasetThumbnail.Squares(points);

        Assert.Equal(200 * DatasetThumbnail.SquareStride, squares.Length);
        for (var i = 0; i < points.Length; i++)
        {
            var square = squares.AsSpan(i * DatasetThumbnail.SquareStride, DatasetThumbnail.SquareStride);
            Assert.Equal(100 * (points[i].X + 6) / 12, square[0], 1e-9);
            Assert.Equal(100 * (6 - points[i].Y) / 12, square[1], 1e-9);
            Assert.Equal(Colors.Scale(points[i].Label), "#" + ((int)square[2]).ToString("x6", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Thumbnail_PutsAPointWithPositiveYInTheUpperHalf_UnlikeTheOriginal()
    {
        var session = LoadSession("#seed=0.12345");
        var points = session.Model.Thumbnails[DatasetKind.Gauss];
        var index = Array.FindIndex(points, p => p.Y > 1);

        var y = DatasetThumbnail.Squares(points)[(index * DatasetThumbnail.SquareStride) + 1];

        Assert.True(y < 50 - (100.0 / 12));
    }

    [Theory]
    [InlineData("perc-train-data", "10", "90", "10", "50", "Ratio of training to test data: 50%")]
    [InlineData("noise", "0", "50", "5", "0", "Noise: 0")]
    [InlineData("batch-size", "1", "30", "1", "10", "Batch size: 10")]
    public void Slider_HasTheOriginalsRangeDefaultAndLabel(string testId, string min, string max, string step, string value, string label)
    {
        LoadSession("#seed=0.12345");

        var slider = Render<DataPanel>().Find($"[data-testid={testId}]");

        Assert.Equal("range", slider.GetAttribute("type"));
        Assert.Equal((min, max, step, value), (slider.GetAttribute("min"), slider.GetAttribute("max"), slider.GetAttribute("step"), slider.GetAttribute("value")));
        Assert.Equal(label, slider.ParentElement!.ParentElement!.QuerySelector("label")!.TextContent);
    }

    [Fact]
    public void RatioSlider_RegeneratesAndRebuilds_OnEachInputEvent()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<DataPanel>();

        cut.Find("[data-testid=perc-train-data]").Input("70");

        Assert.Equal(70, session.Model.State.PercTrainData);
        Assert.Equal(350, session.Model.Data.Train.Length);
        Assert.NotEqual("0.12345", session.Model.State.Seed);
        Assert.Equal("Ratio of training to test data: 70%", cut.Find("label[for=percTrainData]").TextContent);
    }

    [Fact]
    public void NoiseSlider_RegeneratesAndRebuilds_OnEachInputEvent()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<DataPanel>();

        cut.Find("[data-testid=noise]").Input("20");

        Assert.Equal(20, session.Model.State.Noise);
        Assert.Equal("0.62930", session.Model.State.Seed);
        Assert.Equal("20", cut.Find("[data-testid=noise]").GetAttribute("value"));
    }

    [Fact]
    public void BatchSlider_RebuildsWithoutNewData_OnEachInputEvent()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<DataPanel>();
        var version = session.NetworkVersion;

        cut.Find("[data-testid=batch-size]").Input("5");

        Assert.Equal(5, session.Model.State.BatchSize);
        Assert.Equal("0.12345", session.Model.State.Seed);
        Assert.Equal(version + 1, session.NetworkVersion);
    }

    [Theory]
    [InlineData("65", "65", 65)]
    [InlineData("80", "80", 80)]
    [InlineData("90", "50", 50)]
    [InlineData("35", "50", 35)]
    public void NoiseSlider_RaisesItsMaximumToTheLinksNoise_UpTo80(string noise, string max, double state)
    {
        var session = LoadSession($"#noise={noise}&seed=0.12345");

        var slider = Render<DataPanel>().Find("[data-testid=noise]");

        Assert.Equal(max, slider.GetAttribute("max"));
        Assert.Equal(state, session.Model.State.Noise);
    }

    [Fact]
    public void NoiseSlider_KeepsTheRaisedMaximum_AfterMovingBelow50()
    {
        LoadSession("#noise=70&seed=0.12345");
        var cut = Render<DataPanel>();

        cut.Find("[data-testid=noise]").Input("30");

        Assert.Equal("70", cut.Find("[data-testid=noise]").GetAttribute("max"));
    }

    [Fact]
    public void Regenerate_DrawsNewSeedAndDataButKeepsNetworkAndEpoch_WhenClicked()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<DataPanel>();
        session.Step();
        var weights = session.Model.Network.Weights.ToArray();

        cut.Find("[data-testid=regenerate]").Click();

        Assert.Equal("0.62930", session.Model.State.Seed);
        Assert.Equal(weights, session.Model.Network.Weights.ToArray());
        Assert.Equal(1, session.Model.Epoch);
        Assert.Equal("Regenerate data", cut.Find("[data-testid=regenerate]").GetAttribute("title"));
    }

    [Theory]
    [MemberData(nameof(HideFlags))]
    public void Control_IsNotRendered_WhenItsHideFlagIsSet(string flag, string testId)
    {
        LoadSession($"#seed=0.12345&{flag}_hide=true");

        var cut = Render<DataPanel>();

        Assert.Empty(cut.FindAll($"[data-testid={testId}]"));
        Assert.Single(cut.FindAll("[data-testid=regenerate]"));
    }

    [Fact]
    public void Controls_FollowMlccU12HideFlags_OnlyDatasetsHidden()
    {
        LoadSession(TopBarTests.MlccU12Hash());

        var cut = Render<DataPanel>();

        Assert.Empty(cut.FindAll(".data-thumbnail"));
        Assert.DoesNotContain("Which dataset", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("35", cut.Find("[data-testid=noise]").GetAttribute("value"));
        Assert.Single(cut.FindAll("[data-testid=perc-train-data]"));
        Assert.Single(cut.FindAll("[data-testid=batch-size]"));
    }
}
