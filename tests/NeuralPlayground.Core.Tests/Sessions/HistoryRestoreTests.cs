using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Sessions;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Sessions;

public sealed class HistoryRestoreTests
{
    private const string Hash = "seed=0.12345&batchSize=7";

    [Fact]
    public void Restored_UndoesAndRedoesToTheSameStates()
    {
        var session = Load(Hash);
        var history = new History();
        history.Apply(session, "activation", s => s.SetActivation(ActivationKind.Relu));
        Train(session, 5);
        history.Apply(session, "learning rate", s => s.SetLearningRate(0.3));
        history.Apply(session, "add layer", s => s.AddLayer());
        history.Undo(session);
        var present = session.Snapshot();

        var rebuilt = History.Restore(history.UndoSteps, history.RedoSteps, history.Capacity);
        var copy = Load(Hash);
        copy.Restore(present);

        Assert.Equal(history.UndoSteps.Select(s => s.Label), rebuilt.UndoSteps.Select(s => s.Label));
        Assert.Equal(["add layer"], rebuilt.RedoSteps.Select(s => s.Label));
        while (history.CanUndo)
        {
            Assert.Equal(history.UndoLabel, rebuilt.UndoLabel);
            Assert.True(history.Undo(session));
            Assert.True(rebuilt.Undo(copy));
            Assert.Equal(session.Serialize(), copy.Serialize());
            SessionAssert.Same(session, copy);
        }

        Assert.False(rebuilt.CanUndo);
        while (history.CanRedo)
        {
            Assert.True(history.Redo(session));
            Assert.True(rebuilt.Redo(copy));
            SessionAssert.Same(session, copy);
        }

        Assert.False(rebuilt.CanRedo);
        Assert.Equal(3, rebuilt.UndoCount);
    }

    [Fact]
    public void Restored_FromResumedSnapshots_UndoesToTheSavedHashAndWeights()
    {
        var session = Load(Hash);
        var history = new History();
        var weights = session.Network.Weights.ToArray();
        history.Apply(session, "activation", s => s.SetActivation(ActivationKind.Sigmoid));

        var steps = history.UndoSteps.Select(s =>
        {
            var loaded = Session.Load(s.Snapshot.State);
            Assert.True(loaded.Resume(s.Snapshot.ToModel(), s.Snapshot.Epoch));
            return new HistoryStep(loaded.Snapshot(), s.Label);
        });
        var rebuilt = History.Restore(steps, [], 10);

        Assert.True(rebuilt.Undo(session));
        Assert.Equal(Load(Hash).Serialize(), session.Serialize());
        BitAssert.Equal(weights, session.Network.Weights, "weights");
        Assert.True(rebuilt.Redo(session));
        Assert.Contains("activation=sigmoid", session.Serialize(), StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_RejectsMoreStepsThanItsCapacity()
    {
        var snapshot = Load(Hash).Snapshot();
        HistoryStep[] steps = [new(snapshot, "a"), new(snapshot, "b")];

        Assert.Throws<ArgumentException>(() => History.Restore(steps, [new(snapshot, "c")], 2));
        Assert.Equal(2, History.Restore(steps, [], 2).UndoCount);
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
