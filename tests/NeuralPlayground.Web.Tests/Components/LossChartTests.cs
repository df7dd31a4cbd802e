using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class LossChartTests : PlaygroundTestContext
{
    [Fact]
    public void Chart_SendsTheRebuildsPointToThePage_AtTheFirstFrame()
    {
        var session = LoadSession("#seed=0.12345");
        Render<LossChart>();

        session.OnFrame(0);

        Assert.Equal([LossChart.Width, LossChart.Height, session.Model.LossTrain!.Value, session.Model.LossTest!.Value], Host.LastChart);
    }

    [Fact]
    public void Chart_HasTheOriginalsStrokes_AndLeavesItsLinesToThePage()
    {
        LoadSession("#seed=0.12345");

        var cut = Render<LossChart>();

        Assert.Equal("#777", cut.Find("path.train").GetAttribute("stroke"));
        Assert.Equal("black", cut.Find("path.test").GetAttribute("stroke"));
        Assert.Null(cut.Find("path.train").GetAttribute("d"));
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
        session.OnFrame(0);

        Assert.Equal(4, session.Losses.Count);
        Assert.Equal(2 + (2 * 4), Host.LastChart.Length);
        Assert.Equal(session.Model.LossTrain, Host.LastChart[^2]);
        Assert.Equal("000,003", Formatting.Epoch(session.Model.Epoch));
        Assert.Equal(Formatting.Loss(session.Model.LossTrain), cut.Find("[data-testid=loss-train]").TextContent);
    }

    [Fact]
    public void Chart_IsSentOnlyWhenItChanged()
    {
        var session = LoadSession("#seed=0.12345");
        session.OnFrame(0);
        var draws = Host.ChartDraws;

        session.OnFrame(16);
        session.OnFrame(33);
        Assert.Equal(draws, Host.ChartDraws);

        session.Step();
        session.OnFrame(50);
        Assert.Equal(draws + 1, Host.ChartDraws);
    }

    [Fact]
    public void Chart_StartsOver_AfterAReset()
    {
        var session = LoadSession("#seed=0.12345");
        Render<LossChart>();
        session.Step();
        session.Step();

        session.Reset();
        session.OnFrame(0);

        Assert.Equal(4, Host.LastChart.Length);
    }

    [Fact]
    public void Chart_SendsNaN_ForAnEmptySet()
    {
        var session = LoadSession("#percTrainData=100&seed=0.12345");

        var cut = Render<LossChart>();
        session.OnFrame(0);

        Assert.True(double.IsNaN(Host.LastChart[3]));
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
