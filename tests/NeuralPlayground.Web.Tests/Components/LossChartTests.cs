using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class LossChartTests : PlaygroundTestContext
{
    [Fact]
    public void Chart_DrawsTheRebuildsPoint_AtLoad()
    {
        var session = LoadSession("#seed=0.12345");

        var cut = Render<LossChart>();

        var expected = LossChartPath.Build(session.Losses, LossChart.Width, LossChart.Height);
        Assert.Equal(expected.Train, cut.Find("[data-testid=loss-chart] path.train").GetAttribute("d"));
        Assert.Equal(expected.Test, cut.Find("[data-testid=loss-chart] path.test").GetAttribute("d"));
        Assert.EndsWith("Z", expected.Train, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_HasTheOriginalsStrokes()
    {
        LoadSession("#seed=0.12345");

        var cut = Render<LossChart>();

        Assert.Equal("#777", cut.Find("path.train").GetAttribute("stroke"));
        Assert.Equal("black", cut.Find("path.test").GetAttribute("stroke"));
        Assert.Equal(("138", "55"), (cut.Find("svg").GetAttribute("width"), cut.Find("svg").GetAttribute("height")));
    }

    [Fact]
    public void Chart_GainsOnePointPerEpoch_WhileTraining()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<LossChart>();

        session.Step();
        session.Step();
        session.Step();

        var d = cut.Find("path.train").GetAttribute("d")!;
        Assert.Equal(4, session.Losses.Count);
        Assert.Equal(3, d.Count(c => c == 'L'));
        Assert.Equal("000,003", Formatting.Epoch(session.Model.Epoch));
        Assert.Equal(Formatting.Loss(session.Model.LossTrain), cut.Find("[data-testid=loss-train]").TextContent);
    }

    [Fact]
    public void Chart_StartsOver_AfterAReset()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<LossChart>();
        session.Step();
        session.Step();

        session.Reset();

        Assert.DoesNotContain("L", cut.Find("path.train").GetAttribute("d")!, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_LeavesTheEmptySetsLineOut_WhenThereIsNoTestData()
    {
        LoadSession("#percTrainData=100&seed=0.12345");

        var cut = Render<LossChart>();

        Assert.Equal(string.Empty, cut.Find("path.test").GetAttribute("d") ?? string.Empty);
        Assert.Equal("—", cut.Find("[data-testid=loss-test]").TextContent);
    }

    [Theory]
    [InlineData(501)]
    [InlineData(10_001)]
    [InlineData(123_457)]
    public void Thin_KeepsAtMostTheLimitWithFirstAndLast_ForALongRun(int count)
    {
        var points = Enumerable.Range(0, count).Select(i => new LossPoint(i, -i)).ToList();

        var thinned = LossChart.Thin(points, LossChart.MaxDrawnPoints);

        Assert.InRange(thinned.Count, (LossChart.MaxDrawnPoints / 2) + 1, LossChart.MaxDrawnPoints);
        Assert.Equal(points[0], thinned[0]);
        Assert.Equal(points[^1], thinned[^1]);
        Assert.Equal(thinned.Select(p => p.Train).Distinct().Order(), thinned.Select(p => p.Train));
    }

    [Fact]
    public void Thin_KeepsTheSamePoints_WhenTheRunGrowsByOneEpoch()
    {
        var points = Enumerable.Range(0, 10_001).Select(i => new LossPoint(i, i)).ToList();
        var before = LossChart.Thin(points, LossChart.MaxDrawnPoints);

        points.Add(new LossPoint(10_001, 10_001));
        var after = LossChart.Thin(points, LossChart.MaxDrawnPoints);

        Assert.Equal(before.Take(before.Count - 1), after.Take(before.Count - 1));
    }

    [Fact]
    public void Thin_ReturnsEveryPoint_WhenThereAreFewEnough()
    {
        var points = Enumerable.Range(0, 500).Select(i => new LossPoint(i, i)).ToList();

        Assert.Same(points, LossChart.Thin(points, LossChart.MaxDrawnPoints));
    }
}
