using NeuralPlayground.Core.Nn;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class HistoryButtonsTests : PlaygroundTestContext
{
    [Fact]
    public void Buttons_AreDisabled_UntilThereIsSomethingToUndoOrRedo()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<HistoryButtons>();
        Assert.True(cut.Find("[data-testid=undo]").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid=redo]").HasAttribute("disabled"));

        session.SetActivation(ActivationKind.Relu);

        Assert.False(cut.Find("[data-testid=undo]").HasAttribute("disabled"));
        Assert.Equal("Undo: activation (Ctrl+Z)", cut.Find("[data-testid=undo]").GetAttribute("title"));
        Assert.True(cut.Find("[data-testid=redo]").HasAttribute("disabled"));
    }

    [Fact]
    public void ThreeChangesAndThreeUndos_BringBackTheOriginalHashWeightsAndChart()
    {
        var session = LoadSession("#seed=0.12345");
        for (var i = 0; i < 5; i++)
        {
            session.Step();
        }

        var hash = session.Model.Serialize();
        var weights = session.Model.Network.Weights.ToArray();
        var chart = session.Losses.ToArray();
        var cut = Render<HistoryButtons>();

        session.SetActivation(ActivationKind.Sigmoid);
        session.AddLayer();
        session.SetLearningRate(0.3);
        for (var i = 0; i < 3; i++)
        {
            cut.Find("[data-testid=undo]").Click();
        }

        Assert.Equal(hash, session.Model.Serialize());
        Assert.Equal(hash, Host.Hashes[^1]);
        Assert.Equal(weights, session.Model.Network.Weights);
        Assert.Equal(5, session.Model.Epoch);
        Assert.Equal(chart, session.Losses);
        Assert.True(cut.Find("[data-testid=undo]").HasAttribute("disabled"));
    }

    [Fact]
    public void Redo_ReturnsToTheMomentOfTheUndo_TrainingIncluded()
    {
        var session = LoadSession("#seed=0.12345");
        session.SetActivation(ActivationKind.Relu);
        for (var i = 0; i < 4; i++)
        {
            session.Step();
        }

        var weights = session.Model.Network.Weights.ToArray();
        var cut = Render<HistoryButtons>();

        cut.Find("[data-testid=undo]").Click();
        Assert.Equal(ActivationKind.Tanh, session.Model.State.Activation);
        cut.Find("[data-testid=redo]").Click();

        Assert.Equal(ActivationKind.Relu, session.Model.State.Activation);
        Assert.Equal(4, session.Model.Epoch);
        Assert.Equal(weights, session.Model.Network.Weights);
    }

    [Fact]
    public void Undo_PausesTraining_AndTrainingIsNotAStep()
    {
        var session = LoadSession("#seed=0.12345");
        session.Step();
        Assert.False(session.CanUndo);

        session.SetNoise(20);
        session.TogglePlay();
        session.Undo();

        Assert.False(session.IsPlaying);
        Assert.Equal(0, session.Model.State.Noise);
        Assert.Equal(1, session.Model.Epoch);
    }

    [Fact]
    public void ChoosingTheCurrentValue_IsNotAStep()
    {
        var session = LoadSession("#seed=0.12345");

        session.SetActivation(ActivationKind.Tanh);

        Assert.False(session.CanUndo);
    }
}
