using System.Globalization;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class OutputPanelTests : PlaygroundTestContext
{
    [Fact]
    public void Heatmap_HoldsExactlyOneMainCanvas_OfTheOriginalsSize()
    {
        LoadSession("#seed=0.12345");

        var heatmap = Render<OutputPanel>().Find("[data-testid=output-heatmap]");

        var canvas = Assert.Single(heatmap.QuerySelectorAll("canvas"));
        Assert.Equal(("main", "100", "100"), (canvas.GetAttribute("data-heatmap"), canvas.GetAttribute("width"), canvas.GetAttribute("height")));
    }

    [Fact]
    public void Losses_ShowTheOriginalsThreeDecimals_AtLoad()
    {
        LoadSession("#seed=0.12345");

        var cut = Render<OutputPanel>();

        Assert.Equal("0.518", cut.Find("[data-testid=loss-test]").TextContent);
        Assert.Equal("0.502", cut.Find("[data-testid=loss-train]").TextContent);
    }

    [Fact]
    public void TestLoss_ShowsADash_WhenTheTestSetIsEmpty()
    {
        var session = LoadSession("#percTrainData=100&seed=0.12345");

        var cut = Render<OutputPanel>();

        Assert.Equal("—", cut.Find("[data-testid=loss-test]").TextContent);
        Assert.Equal(Formatting.Loss(session.Model.LossTrain), cut.Find("[data-testid=loss-train]").TextContent);
    }

    [Fact]
    public void TrainingLoss_ShowsADash_WhenTheTrainingSetIsEmpty()
    {
        LoadSession("#percTrainData=0&seed=0.12345");

        var cut = Render<OutputPanel>();

        Assert.Equal("—", cut.Find("[data-testid=loss-train]").TextContent);
        Assert.Empty(cut.FindAll("g.train circle"));
    }

    [Fact]
    public void Losses_UpdateRightAway_AfterRegenerate()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<OutputPanel>();

        session.Regenerate();

        Assert.Equal(Formatting.Loss(session.Model.LossTrain), cut.Find("[data-testid=loss-train]").TextContent);
        Assert.Equal(Formatting.Loss(session.Model.LossTest), cut.Find("[data-testid=loss-test]").TextContent);
        Assert.NotEqual("0.502", cut.Find("[data-testid=loss-train]").TextContent);
    }

    [Fact]
    public void TestLoss_StaysVisible_WhenTheRatioSliderIsHidden()
    {
        LoadSession("#seed=0.12345&percTrainData_hide=true");

        var cut = Render<OutputPanel>();

        Assert.Equal("0.518", cut.Find("[data-testid=loss-test]").TextContent);
    }

    [Fact]
    public void TrainingPoints_AreDrawnInThePlotWithThePalette_AndTestPointsHidden()
    {
        var session = LoadSession("#seed=0.12345");

        var cut = Render<OutputPanel>();

        var circles = cut.FindAll("g.train circle");
        var train = session.Model.Data.Train;
        Assert.Equal(train.Length, circles.Count);
        Assert.Equal(260 * (train[0].X + 6) / 12, Parse(circles[0].GetAttribute("cx")), 0.0006);
        Assert.Equal(260 * (1 - ((train[0].Y + 6) / 12)), Parse(circles[0].GetAttribute("cy")), 0.0006);
        Assert.Equal(("3", Colors.Shade(train[0].Label)), (circles[0].GetAttribute("r"), circles[0].GetAttribute("fill")));
        Assert.Empty(cut.FindAll("g.test circle"));
    }

    [Fact]
    public void Points_OutsideThePlot_AreLeftOut()
    {
        var session = LoadSession("#dataset=gauss&noise=50&seed=0.12345");

        var cut = Render<OutputPanel>();

        var inside = session.Model.Data.Train.Count(p => Math.Abs(p.X) <= 6 && Math.Abs(p.Y) <= 6);
        Assert.True(inside < session.Model.Data.Train.Length);
        Assert.Equal(inside, cut.FindAll("g.train circle").Count);
    }

    [Fact]
    public void ShowTestData_DrawsTheTestPointsAndWritesTheHash_WhenTicked()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<OutputPanel>();

        cut.Find("[data-testid=show-test-data]").Change(true);

        Assert.True(session.Model.State.ShowTestData);
        Assert.Contains("showTestData=true", Host.Hashes[^1], StringComparison.Ordinal);
        Assert.Equal(session.Model.Data.Test.Length, cut.FindAll("g.test circle").Count);
    }

    [Fact]
    public void Discretize_SetsTheFlagWithoutRebuild_WhenTicked()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<OutputPanel>();
        var version = session.NetworkVersion;

        cut.Find("[data-testid=discretize]").Change(true);

        Assert.True(session.Model.State.Discretize);
        Assert.Equal(version, session.NetworkVersion);
        Assert.Contains("discretize=true", Host.Hashes[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("y")]
    public void Axis_HasThirteenTicksFromMinus6To6(string axis)
    {
        LoadSession("#seed=0.12345");

        var labels = Render<OutputPanel>().FindAll($"g.{axis}.axis .tick text");

        Assert.Equal(Enumerable.Range(-6, 13).Select(v => v.ToString(CultureInfo.InvariantCulture)), labels.Select(l => l.TextContent));
    }

    [Theory]
    [InlineData("showTestData", "show-test-data")]
    [InlineData("discretize", "discretize")]
    public void Checkbox_IsNotRendered_WhenItsHideFlagIsSet(string flag, string testId)
    {
        LoadSession($"#seed=0.12345&{flag}_hide=true");

        var cut = Render<OutputPanel>();

        Assert.Empty(cut.FindAll($"[data-testid={testId}]"));
        Assert.Single(cut.FindAll("[data-testid=output-heatmap]"));
    }

    [Fact]
    public void Points_TakeTheirClassColours_ForMulticlass()
    {
        LoadSession("#problem=multiclass&classes=4&mcDataset=blobs&seed=0.12345");

        var fills = Render<OutputPanel>().FindAll("g.train circle").Select(c => c.GetAttribute("fill") ?? string.Empty).ToHashSet();

        Assert.Equal(ClassPalette.Hex.Take(4).ToHashSet(), fills);
    }

    [Fact]
    public void ClassLegend_ShowsEachClassColour_OnlyForMulticlass()
    {
        LoadSession("#problem=multiclass&classes=5&seed=0.12345");
        var swatches = Render<OutputPanel>().FindAll("[data-testid=class-legend] .class-swatch").Select(s => s.GetAttribute("style")).ToArray();

        Assert.Equal(ClassPalette.Hex.Take(5).Select(hex => "background:" + hex), swatches);

        LoadSession("#seed=0.12345");
        Assert.Empty(Render<OutputPanel>().FindAll("[data-testid=class-legend]"));
    }

    private static double Parse(string? value) => double.Parse(value!, CultureInfo.InvariantCulture);
}
