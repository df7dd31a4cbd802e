using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class GoalListTests : PlaygroundTestContext
{
    [Fact]
    public void Goals_AreHidden_WithoutGoalKeys()
    {
        LoadSession("#seed=0.12345");

        var cut = Render<GoalList>();

        Assert.Empty(cut.FindAll("[data-testid=goals]"));
    }

    [Fact]
    public void Goals_ListEachGoalWithItsMark_AtLoad()
    {
        // At load the losses are 0.518 (test) and 0.502 (training).
        LoadSession("#seed=0.12345&goalTestLossMinThresholdFirst=0.2&goalTrainLossMaxThresholdSecond=0.6");

        var cut = Render<GoalList>();

        var test = cut.Find("[data-testid=goal-goalTestLossMinThresholdFirst]");
        Assert.Equal("false", test.GetAttribute("data-met"));
        Assert.Contains("✗", test.TextContent, StringComparison.Ordinal);
        Assert.Contains("Test loss at most 0.2", test.TextContent, StringComparison.Ordinal);
        var train = cut.Find("[data-testid=goal-goalTrainLossMaxThresholdSecond]");
        Assert.Equal("true", train.GetAttribute("data-met"));
        Assert.Contains("✓", train.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Goal_IsUnknown_WhenItsLossIsMissing()
    {
        LoadSession("#seed=0.12345&percTrainData=100&goalTestLossMinThresholdFirst=0.2");

        var cut = Render<GoalList>();

        var goal = cut.Find("[data-testid=goal-goalTestLossMinThresholdFirst]");
        Assert.Equal("unknown", goal.GetAttribute("data-met"));
        Assert.Contains("…", goal.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Goal_TurnsMet_AsTrainingRuns()
    {
        var session = LoadSession("#seed=0.12345&learningRate=0.3&goalTestLossMinThresholdFirst=0.45");
        var cut = Render<GoalList>();
        Assert.Equal("false", cut.Find("[data-testid=goal-goalTestLossMinThresholdFirst]").GetAttribute("data-met"));

        while (session.Model.LossTest > 0.45 && session.Model.Epoch < 500)
        {
            session.Step();
        }

        Assert.Equal("true", cut.Find("[data-testid=goal-goalTestLossMinThresholdFirst]").GetAttribute("data-met"));
    }
}
