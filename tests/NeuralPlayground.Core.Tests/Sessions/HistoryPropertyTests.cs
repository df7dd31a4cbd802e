using CsCheck;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Sessions;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Sessions;

public sealed class HistoryPropertyTests
{
    private const string Hash = "seed=0.424242&batchSize=7&networkShape=3,2";

    private static readonly string[] FeatureKeys = ["x", "y", "xTimesY", "xSquared", "ySquared", "sinX", "sinY"];

    // Action 0 trains (not a step); every other action is one recorded step.
    private static readonly Action<Session, int>[] Actions =
    [
        (s, p) => Train(s, 1 + (p % 3)),
        (s, p) => s.SetActivation(Enum.GetValues<ActivationKind>()[p % Enum.GetValues<ActivationKind>().Length]),
        (s, p) => s.SetLearningRate(new[] { 0.001, 0.01, 0.03, 0.1, 0.3 }[p % 5]),
        (s, p) => s.SetRegularization((RegularizationKind)(p % 3)),
        (s, p) => s.SetRegularizationRate(new[] { 0, 0.001, 0.01, 0.1 }[p % 4]),
        (s, p) => s.SetNoise(p % 51),
        (s, p) => s.SetPercTrainData(10 + (p % 9 * 10)),
        (s, p) => s.SetBatchSize(1 + (p % 30)),
        (s, _) => s.AddLayer(),
        (s, _) => s.RemoveLayer(),
        (s, p) => s.ChangeNeurons(p % 3, p % 2 == 0 ? 1 : -1),
        (s, p) => s.ToggleFeature(FeatureKeys[p % FeatureKeys.Length]),
        (s, p) => EditWeight(s, p),
        (s, p) => s.EditBias(p % s.Network.Biases.Length, (p % 17) - 8.5),
        (s, _) => s.Regenerate(),
        (s, _) => s.Reset(),
        (s, p) => s.SelectDataset((DatasetKind)(p % 6)),
        (s, p) => s.SetProblem((ProblemKind)(p % 3)),
        (s, p) => s.SetOptimizer((OptimizerKind)(p % 3)),
        (s, p) => s.SetDropout(p % 4 * 0.1),
        (s, p) => s.SetClasses(3 + (p % 4)),
        (s, p) => s.SetMaxEpochs(p % 2 == 0 ? null : 3 + (p % 20)),
        (s, p) => s.ResetWithLearningRate(new[] { 0.01, 0.1 }[p % 2]),
        (s, p) => s.SelectCustomDataset(fromCurrentData: p % 2 == 0),
        (s, p) => s.AddPoints(Stroke(s, p)),
        (s, p) => s.ErasePoints((p % 13) - 6, (p % 11) - 5, 1 + (p % 3)),
        (s, _) => s.ClearPoints(),
    ];

    private static readonly Gen<(int Action, int Parameter)[]> Scripts =
        Gen.Select(Gen.Int[0, Actions.Length - 1], Gen.Int[0, 1000]).Array[1, 14];

    [Fact]
    public void UndoAll_ReturnsTheMomentBeforeTheFirstStep_AndRedoAllTheLast_ForRandomActionSequences() =>
        Scripts.Sample(AssertUndoRedoRoundTrip, iter: 150, seed: "0N0XIzNsQ0O2");

    private static void AssertUndoRedoRoundTrip((int Action, int Parameter)[] script)
    {
        var session = Load();
        var twin = Load();
        var beforeFirstStep = Load();
        var history = new History(script.Length);
        foreach (var (action, parameter) in script)
        {
            Actions[action](twin, parameter);
            if (action == 0)
            {
                Actions[0](session, parameter);
                if (!history.CanUndo)
                {
                    Actions[0](beforeFirstStep, parameter);
                }
            }
            else
            {
                history.Apply(session, "action " + action, s => Actions[action](s, parameter));
            }
        }

        SessionAssert.Same(twin, session);
        while (history.Undo(session))
        {
        }

        SessionAssert.Same(beforeFirstStep, session);
        while (history.Redo(session))
        {
        }

        SessionAssert.Same(twin, session);
        Train(session, 3);
        Train(twin, 3);
        SessionAssert.Same(twin, session);
    }

    // A paint stroke of 1–8 points around a centre drawn from p, labelled for the current problem type.
    private static IEnumerable<Example2D> Stroke(Session session, int parameter)
    {
        double label = session.State.Problem switch
        {
            ProblemKind.Regression => ((parameter % 7) - 3) / 3.0,
            ProblemKind.Multiclass => parameter % session.State.Classes,
            _ => parameter % 2 == 0 ? 1 : -1,
        };
        var (x, y) = ((parameter % 11) - 5.0, (parameter % 9) - 4.0);
        return Enumerable.Range(0, 1 + (parameter % 8)).Select(k => new Example2D(x + (0.3 * k), y - (0.2 * k), label));
    }

    private static void EditWeight(Session session, int parameter)
    {
        if (session.Network.LinkCount > 0)
        {
            session.EditWeight(parameter % session.Network.LinkCount, (parameter % 13) - 6.25);
        }
    }

    private static Session Load() => Session.Load(Hash, () => throw new InvalidOperationException("seeded"));

    private static void Train(Session session, int epochs)
    {
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            session.Step();
        }
    }
}
