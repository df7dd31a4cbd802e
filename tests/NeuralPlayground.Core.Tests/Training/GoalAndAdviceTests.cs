using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.State;
using NeuralPlayground.Core.Training;

namespace NeuralPlayground.Core.Tests.Training;

public sealed class GoalAndAdviceTests
{
    [Fact]
    public void Goals_AreReadFromMlccKeys_InUrlOrder()
    {
        var state = UrlState.Parse("seed=1&goalTestLossMinThresholdFirst=0.4&goalTestLossMinThresholdSecond=0.25&goalTrainTestDiffMinThresholdFirst=0.02&goalTrainTestDiffMaxThresholdFirst=0.4&goalOther=3&goalTestLossMinThresholdBad=x").State;

        var goals = Goal.FromExtras(state.Extras);

        Assert.Equal(["goalTestLossMinThresholdFirst", "goalTestLossMinThresholdSecond", "goalTrainTestDiffMinThresholdFirst", "goalTrainTestDiffMaxThresholdFirst"], goals.Select(g => g.Key));
        Assert.Equal(GoalMetric.TestLoss, goals[0].Metric);
        Assert.Equal("Second", goals[1].Ordinal);
        Assert.Equal(0.25, goals[1].Threshold);
        Assert.Contains("goalTestLossMinThresholdFirst=0.4", UrlState.Serialize(state), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("goalTestLossMinThresholdFirst", 0.2, 0.5, 0.19, true)]
    [InlineData("goalTestLossMinThresholdFirst", 0.2, 0.1, 0.21, false)]
    [InlineData("goalTrainLossMinThresholdFirst", 0.2, 0.1, 0.9, true)]
    [InlineData("goalTrainTestDiffMinThresholdFirst", 0.02, 0.1, 0.15, true)]
    [InlineData("goalTrainTestDiffMinThresholdFirst", 0.02, 0.1, 0.11, false)]
    [InlineData("goalTrainTestDiffMaxThresholdFirst", 0.085, 0.1, 0.15, true)]
    [InlineData("goalTrainTestDiffMaxThresholdFirst", 0.085, 0.1, 0.2, false)]
    public void Goal_PassesOrFails(string key, double threshold, double train, double test, bool expected)
    {
        var goal = Goal.FromExtras([new UrlEntry(key, threshold.ToString(System.Globalization.CultureInfo.InvariantCulture))]).Single();

        Assert.Equal(expected, goal.IsMet(train, test));
        Assert.False(string.IsNullOrWhiteSpace(goal.Describe()));
    }

    [Fact]
    public void Goal_IsUnknown_WithoutAFiniteLoss()
    {
        var goal = Goal.FromExtras([new UrlEntry("goalTestLossMinThresholdFirst", "0.2")]).Single();

        Assert.Null(goal.IsMet(0.1, null));
        Assert.Null(goal.IsMet(0.1, double.NaN));
    }

    [Fact]
    public void Advice_BlamesRegularization_WhenItsStepOvershoots()
    {
        var state = new PlaygroundState { LearningRate = 10, Regularization = RegularizationKind.L2, RegularizationRate = 3 };

        var advice = DivergenceAdvice.Explain(state, 9);

        Assert.Contains("regularization rate (3)", advice.Cause, StringComparison.Ordinal);
        Assert.Contains("epoch 9", advice.Headline, StringComparison.Ordinal);
        Assert.Equal(1, advice.SuggestedLearningRate);
    }

    [Theory]
    [InlineData(0.03, 0.003)]
    [InlineData(1, 0.1)]
    [InlineData(3, 0.3)]
    [InlineData(0.3, 0.03)]
    public void Advice_SuggestsATenthOfTheLearningRate_WithoutBinaryNoise(double lr, double expected)
    {
        var advice = DivergenceAdvice.Explain(new PlaygroundState { LearningRate = lr, Activation = ActivationKind.Relu, Problem = ProblemKind.Regression }, 1);

        Assert.Equal(expected, advice.SuggestedLearningRate);
        Assert.Contains("learning rate", advice.Cause, StringComparison.Ordinal);
        Assert.Contains("relu", advice.Cause, StringComparison.Ordinal);
    }
}
