using NeuralPlayground.Core.Training;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class DivergenceBannerTests : PlaygroundTestContext
{
    /// <summary>Golden U6 (tensorflow/playground issue #3): the losses are NaN from epoch 1.</summary>
    internal const string U6 = "#activation=tanh&batchSize=1&dataset=spiral&learningRate=1&noise=50&networkShape=8&seed=0.42182&problem=regression";

    [Fact]
    public void Banner_IsHidden_WhileTrainingIsFinite()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<DivergenceBanner>();

        session.Step();

        Assert.Empty(cut.FindAll("[data-testid=divergence-banner]"));
    }

    [Fact]
    public void Banner_ExplainsTheBlowUp_AfterOneStepOfU6()
    {
        var session = LoadSession(U6);
        var cut = Render<DivergenceBanner>();

        session.Step();

        var advice = DivergenceAdvice.Explain(session.Model.State, 1);
        var banner = cut.Find("[data-testid=divergence-banner]");
        Assert.Contains(advice.Headline, banner.TextContent, StringComparison.Ordinal);
        Assert.Contains(advice.Cause, banner.TextContent, StringComparison.Ordinal);
        Assert.Equal("Reset with learning rate 0.1", cut.Find("[data-testid=divergence-reset]").TextContent.Trim());
    }

    [Fact]
    public void ResetButton_RebuildsWithATenthOfTheLearningRate_AndHidesTheBanner()
    {
        var session = LoadSession(U6);
        var cut = Render<DivergenceBanner>();
        session.Step();

        cut.Find("[data-testid=divergence-reset]").Click();

        Assert.Empty(cut.FindAll("[data-testid=divergence-banner]"));
        Assert.Equal(0.1, session.Model.State.LearningRate);
        Assert.Null(session.Model.DivergedAtEpoch);
        Assert.Equal(0, session.Model.Epoch);
        Assert.Contains("learningRate=0.1&", Host.Hashes[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void LossReadouts_ShowADashNotNaN_AfterDivergence()
    {
        var session = LoadSession(U6);
        var cut = Render<LossChart>();

        session.Step();

        Assert.True(double.IsNaN(session.Model.LossTrain!.Value));
        Assert.Equal("—", cut.Find("[data-testid=loss-train]").TextContent);
        Assert.Equal("—", cut.Find("[data-testid=loss-test]").TextContent);
    }
}
