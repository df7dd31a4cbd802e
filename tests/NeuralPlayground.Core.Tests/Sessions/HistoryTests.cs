using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Sessions;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Sessions;

public sealed class HistoryTests
{
    private const string Hash = "seed=0.12345&batchSize=7";

    [Fact]
    public void Undo_BringsBackTheOriginalHashAndWeights_AfterThreeControlChanges()
    {
        var session = Load(Hash);
        var original = Load(Hash);
        var history = new History();
        var hash = session.Serialize();
        var weights = session.Network.Weights.ToArray();

        history.Apply(session, "change activation", s => s.SetActivation(ActivationKind.Relu));
        history.Apply(session, "change learning rate", s => s.SetLearningRate(0.3));
        history.Apply(session, "add layer", s => s.AddLayer());
        Assert.NotEqual(hash, session.Serialize());
        history.Undo(session);
        history.Undo(session);
        history.Undo(session);

        Assert.Equal(hash, session.Serialize());
        BitAssert.Equal(weights, session.Network.Weights, "weights");
        SessionAssert.Same(original, session);
        Assert.False(history.CanUndo);
        Assert.Equal(3, history.RedoCount);
    }

    [Fact]
    public void Undo_RestoresTrainingProgress_AndTrainingGoesOnAsIfNeverChanged()
    {
        var session = Load(Hash);
        var reference = Load(Hash);
        var history = new History();
        Train(session, 12);
        Train(reference, 12);

        history.Record(session, "change regularization");
        session.SetRegularization(RegularizationKind.L2);
        Train(session, 5);
        history.Undo(session);
        SessionAssert.Same(reference, session);
        Train(session, 40);
        Train(reference, 40);

        SessionAssert.Same(reference, session);
    }

    [Fact]
    public void Undo_MatchesAFreshSessionReplayingTheKeptActions()
    {
        var session = Load(Hash);
        var replay = Load(Hash);
        var history = new History();

        history.Apply(session, "select dataset", s => s.SelectDataset(DatasetKind.Xor));
        Train(session, 5);
        history.Apply(session, "noise", s => s.SetNoise(25));
        Train(session, 5);
        history.Apply(session, "edit weight", s => s.EditWeight(3, 0.75));
        history.Apply(session, "add neuron", s => s.ChangeNeurons(0, 1));
        history.Undo(session);
        history.Undo(session);
        Train(session, 30);
        replay.SelectDataset(DatasetKind.Xor);
        Train(replay, 5);
        replay.SetNoise(25);
        Train(replay, 5 + 30);

        SessionAssert.Same(replay, session);
    }

    [Fact]
    public void Undo_TakesBackOnePaintStroke_KeepingTheTrainingOfTheOthers()
    {
        var session = Load(Hash);
        var replay = Load(Hash);
        var history = new History();
        Example2D[] first = [new(1, 1, 1), new(2, 1, 1), new(-3, -2, -1)];
        Example2D[] second = [new(-1, 4, -1), new(0.5, -4, 1)];

        history.Apply(session, "custom data", s => s.SelectCustomDataset());
        history.Apply(session, "paint", s => s.AddPoints(first));
        Train(session, 6);
        history.Apply(session, "paint", s => s.AddPoints(second));
        Train(session, 4);
        history.Apply(session, "erase", s => s.ErasePoints(1, 1, 0.5));
        history.Undo(session);
        history.Undo(session);
        replay.SelectCustomDataset();
        replay.AddPoints(first);
        Train(replay, 6);

        SessionAssert.Same(replay, session);
        Assert.Equal(first.Length, session.State.CustomData!.Value.Count);
        Assert.Equal("paint", history.UndoLabel);
        Assert.Equal(2, history.RedoCount);
    }

    [Fact]
    public void Redo_ReturnsToTheMomentUndoWasPressed_TrainingIncluded()
    {
        var session = Load(Hash);
        var history = new History();
        history.Apply(session, "change activation", s => s.SetActivation(ActivationKind.Sigmoid));
        Train(session, 8);
        var expected = Load(Hash);
        expected.Restore(session.Snapshot());

        history.Undo(session);
        Assert.Equal("change activation", history.RedoLabel);
        history.Redo(session);

        SessionAssert.Same(expected, session);
        Assert.Equal(8, session.Epoch);
        Assert.Equal("change activation", history.UndoLabel);
        Assert.False(history.CanRedo);
    }

    [Fact]
    public void Record_DropsTheRedoBranch_WhenANewChangeFollowsAnUndo()
    {
        var session = Load(Hash);
        var history = new History();
        history.Apply(session, "a", s => s.SetNoise(10));
        history.Apply(session, "b", s => s.SetNoise(20));
        history.Undo(session);
        Assert.True(history.CanRedo);

        history.Apply(session, "c", s => s.SetBatchSize(3));

        Assert.False(history.CanRedo);
        Assert.False(history.Redo(session));
        Assert.Equal(["c", "a"], UndoLabels(history, session));
    }

    [Fact]
    public void Record_ForgetsTheOldestSteps_BeyondCapacity()
    {
        var session = Load(Hash);
        var history = new History(capacity: 5);

        for (var k = 1; k <= 12; k++)
        {
            history.Apply(session, "noise " + k, s => s.SetNoise(k));
        }

        Assert.Equal(5, history.UndoCount);
        Assert.Equal(["noise 12", "noise 11", "noise 10", "noise 9", "noise 8"], UndoLabels(history, session));
        Assert.Equal(7, session.State.Noise);
        Assert.Equal(5, history.RedoCount);
    }

    [Fact]
    public void Apply_RecordsNothing_WhenTheChangeChangesNothing()
    {
        var session = Load(Hash);
        var history = new History();

        var recorded = history.Apply(session, "change activation", s => s.SetActivation(ActivationKind.Tanh));
        var edited = history.Apply(session, "edit weight", s => s.EditWeight(0, s.Network.Weights[0]));

        Assert.False(recorded);
        Assert.False(edited);
        Assert.False(history.CanUndo);
        Assert.True(history.Apply(session, "reset", s => s.Reset()));
    }

    [Fact]
    public void UndoAndRedo_DoNothing_WhenTheHistoryIsEmpty()
    {
        var session = Load(Hash);
        var reference = Load(Hash);
        var history = new History();

        Assert.False(history.Undo(session));
        Assert.False(history.Redo(session));

        Assert.Null(history.UndoLabel);
        Assert.Null(history.RedoLabel);
        SessionAssert.Same(reference, session);
    }

    [Fact]
    public void Clear_ForgetsEveryStep()
    {
        var session = Load(Hash);
        var history = new History();
        history.Apply(session, "a", s => s.SetNoise(10));
        history.Apply(session, "b", s => s.SetNoise(20));
        history.Undo(session);

        history.Clear();

        Assert.False(history.CanUndo);
        Assert.False(history.CanRedo);
    }

    private static List<string> UndoLabels(History history, Session session)
    {
        var labels = new List<string>();
        while (history.UndoLabel is { } label)
        {
            labels.Add(label);
            history.Undo(session);
        }

        return labels;
    }

    private static Session Load(string hash) => Session.Load(hash, () => throw new InvalidOperationException("seeded"));

    private static void Train(Session session, int epochs)
    {
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            session.Step();
        }
    }
}
