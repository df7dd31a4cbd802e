using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class OutputMetricsTests : PlaygroundTestContext
{
    [Fact]
    public void Accuracy_ShowsBothSetsToThreeDecimals_ForClassification()
    {
        var session = LoadSession("#seed=0.12345");

        var cut = Render<OutputMetrics>();

        Assert.Equal(JsNumber.ToFixed(session.Model.TrainMetrics.Accuracy!.Value, 3), cut.Find("[data-testid=accuracy-train]").TextContent);
        Assert.Equal(JsNumber.ToFixed(session.Model.TestMetrics.Accuracy!.Value, 3), cut.Find("[data-testid=accuracy-test]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=r-squared]"));
    }

    [Fact]
    public void Accuracy_FollowsEveryEpoch_WhileTraining()
    {
        var session = LoadSession("#seed=0.12345&learningRate=0.3");
        var cut = Render<OutputMetrics>();

        for (var i = 0; i < 20; i++)
        {
            session.Step();
        }

        Assert.Equal(JsNumber.ToFixed(session.Model.TestMetrics.Accuracy!.Value, 3), cut.Find("[data-testid=accuracy-test]").TextContent);
    }

    [Fact]
    public void ConfusionMatrix_IsReplacedByANote_AfterDivergence()
    {
        // An L2 step of lr·rate = 10 overshoots: the weights blow up at epoch 13.
        var session = LoadSession("#regularization=L2&regularizationRate=10&learningRate=1&seed=0.5");
        var cut = Render<OutputMetrics>();
        cut.Find("[data-testid=confusion-toggle]").Click();
        Assert.NotEmpty(cut.FindAll("[data-testid=confusion-matrix]"));

        for (var i = 0; i < 20 && session.Model.DivergedAtEpoch is null; i++)
        {
            session.Step();
        }

        Assert.NotNull(session.Model.DivergedAtEpoch);
        Assert.Empty(cut.FindAll("[data-testid=confusion-matrix]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=confusion-diverged]"));
    }

    [Fact]
    public void Accuracy_ShowsADash_ForAnEmptyTestSet()
    {
        LoadSession("#percTrainData=100&seed=0.12345");

        var cut = Render<OutputMetrics>();

        Assert.Equal("—", cut.Find("[data-testid=accuracy-test]").TextContent);
        Assert.NotEqual("—", cut.Find("[data-testid=accuracy-train]").TextContent);
    }

    [Fact]
    public void RSquared_ReplacesAccuracyAndTheMatrix_ForRegression()
    {
        var session = LoadSession("#problem=regression&seed=0.12345");

        var cut = Render<OutputMetrics>();

        Assert.Empty(cut.FindAll("[data-testid=accuracy-train], [data-testid=accuracy-test], [data-testid=confusion-toggle]"));
        Assert.Equal(JsNumber.ToFixed(session.Model.TestMetrics.RSquared!.Value, 3), cut.Find("[data-testid=r-squared-test]").TextContent);
        Assert.Equal(JsNumber.ToFixed(session.Model.TrainMetrics.RSquared!.Value, 3), cut.Find("[data-testid=r-squared-train]").TextContent);
    }

    [Fact]
    public void Accuracy_IsShown_ForMulticlass()
    {
        var session = LoadSession("#problem=multiclass&classes=3&mcDataset=blobs&seed=0.12345");

        var cut = Render<OutputMetrics>();

        Assert.Equal(JsNumber.ToFixed(session.Model.TestMetrics.Accuracy!.Value, 3), cut.Find("[data-testid=accuracy-test]").TextContent);
    }

    [Fact]
    public void ConfusionToggle_ShowsTheTestMatrix_WhoseCountsSumToTheTestSet()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<OutputMetrics>();
        Assert.Empty(cut.FindAll("[data-testid=confusion-matrix]"));

        cut.Find("[data-testid=confusion-toggle]").Click();

        var matrix = cut.Find("[data-testid=confusion-matrix]");
        Assert.Equal("test", matrix.GetAttribute("data-set"));
        var counts = matrix.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, counts.Count);
        Assert.Equal(session.Model.Data.Test.Length, counts.Sum());
    }

    [Fact]
    public void ConfusionToggle_SwitchesToTheTrainingSet_AndHidesAgain()
    {
        var session = LoadSession("#seed=0.12345&percTrainData=70");
        var cut = Render<OutputMetrics>();
        cut.Find("[data-testid=confusion-toggle]").Click();

        cut.Find("[data-testid=confusion-train]").Click();

        var matrix = cut.Find("[data-testid=confusion-matrix]");
        Assert.Equal("training", matrix.GetAttribute("data-set"));
        Assert.Equal(session.Model.Data.Train.Length, matrix.QuerySelectorAll("td").Sum(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)));
        cut.Find("[data-testid=confusion-toggle]").Click();
        Assert.Empty(cut.FindAll("[data-testid=confusion-matrix]"));
    }

    [Fact]
    public void Metrics_ShowADash_AfterDivergence()
    {
        var session = LoadSession(DivergenceBannerTests.U6);
        var cut = Render<OutputMetrics>();

        session.Step();

        Assert.Equal("—", cut.Find("[data-testid=r-squared-test]").TextContent);
        Assert.Equal("—", cut.Find("[data-testid=r-squared-train]").TextContent);
    }
}
