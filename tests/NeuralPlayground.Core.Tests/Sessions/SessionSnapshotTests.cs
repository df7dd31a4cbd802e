using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Sessions;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Sessions;

public sealed class SessionSnapshotTests
{
    public static TheoryData<string> Hashes() =>
    [
        "seed=0.12345",
        "seed=0.2&dataset=spiral&regularization=L1&regularizationRate=0.01&learningRate=0.3&batchSize=7",
        "seed=0.3&optimizer=adam&dropout=0.3&batchSize=9&networkShape=8,8,8,8,8,8&x=true&y=true&xTimesY=true&xSquared=true&ySquared=true&sinX=true&sinY=true&percTrainData=90",
        "seed=0.4&optimizer=momentum&momentum=0.7&problem=regression&regDataset=reg-gauss&batchSize=11",
        "seed=0.5&problem=multiclass&classes=4&mcDataset=rings&optimizer=adam&dropout=0.2&batchSize=13",
    ];

    [Theory]
    [MemberData(nameof(Hashes))]
    public void Restore_ContinuesTrainingToTheSameBits_AsASessionThatNeverChanged(string hash)
    {
        var session = Load(hash);
        var reference = Load(hash);
        Train(session, 4);
        Train(reference, 4);
        var snapshot = session.Snapshot();
        session.SetActivation(ActivationKind.Relu);
        Train(session, 3);
        session.Regenerate();
        session.EditWeight(0, 5);

        session.Restore(snapshot);
        SessionAssert.Same(reference, session);
        Train(session, 25);
        Train(reference, 25);

        SessionAssert.Same(reference, session);
    }

    [Theory]
    [MemberData(nameof(Hashes))]
    public void Restore_ContinuesTheSeededStream_ForActionsThatDraw(string hash)
    {
        var session = Load(hash);
        var reference = Load(hash);
        session.Reset();
        reference.Reset();
        var snapshot = session.Snapshot();
        session.Reset();
        session.SetProblem(session.State.Problem == ProblemKind.Regression ? ProblemKind.Classification : ProblemKind.Regression);

        session.Restore(snapshot);
        session.Reset();
        reference.Reset();
        SessionAssert.Same(reference, session);
        session.Regenerate();
        reference.Regenerate();

        SessionAssert.Same(reference, session);
    }

    [Fact]
    public void Restore_CanBeRepeated_FromOneSnapshot()
    {
        var session = Load("seed=0.3&optimizer=adam&dropout=0.3&batchSize=9");
        Train(session, 2);
        var snapshot = session.Snapshot();
        Train(session, 10);
        var afterTen = session.Snapshot();
        var expected = Load("seed=0.3&optimizer=adam&dropout=0.3&batchSize=9");
        expected.Restore(afterTen);

        session.Restore(snapshot);
        Train(session, 10);
        session.Restore(snapshot);
        Train(session, 10);

        SessionAssert.Same(expected, session);
    }

    [Fact]
    public void Restore_CanBeRepeated_AfterActionsThatDrawFromTheStream()
    {
        var session = Load("seed=0.8");
        var expected = Load("seed=0.8");
        var snapshot = session.Snapshot();
        session.Reset();
        session.Regenerate();

        session.Restore(snapshot);
        session.Reset();
        session.Regenerate();
        session.Restore(snapshot);
        session.Reset();
        expected.Reset();

        SessionAssert.Same(expected, session);
    }

    [Fact]
    public void Snapshot_StaysIntact_WhenTheLiveNetworkIsTrainedAndEdited()
    {
        var session = Load("seed=0.12345&regularization=L1&regularizationRate=0.03&learningRate=0.3");
        Train(session, 3);
        var reference = Load("seed=0.12345&regularization=L1&regularizationRate=0.03&learningRate=0.3");
        Train(reference, 3);
        var snapshot = session.Snapshot();

        Train(session, 30);
        session.EditWeight(2, 9);
        session.EditBias(0, -9);
        session.Network.IsDead[0] = true;
        session.Restore(snapshot);

        SessionAssert.Same(reference, session);
        Assert.Equal(3, snapshot.Epoch);
        Assert.Equal(reference.State, snapshot.State);
    }

    [Fact]
    public void Restore_BringsBackDivergenceAndStop_AndTheirEpochs()
    {
        var session = Load("activation=linear&problem=regression&learningRate=3&regDataset=reg-gauss&seed=0.2&maxEpochs=2");
        Train(session, 50);
        var diverged = session.DivergedAtEpoch;
        var snapshot = session.Snapshot();

        session.ResetWithLearningRate(0.01);
        Assert.Null(session.DivergedAtEpoch);
        Assert.Null(session.StoppedAtEpoch);
        session.Restore(snapshot);

        Assert.NotNull(diverged);
        Assert.Equal(diverged, session.DivergedAtEpoch);
        Assert.Equal(2, session.StoppedAtEpoch);
        Assert.Equal(50, session.Epoch);
    }

    [Fact]
    public void Restore_BringsBackProblemThumbnailsAndInputs()
    {
        var session = Load("seed=0.6");
        var reference = Load("seed=0.6");
        var snapshot = session.Snapshot();
        session.SetProblem(ProblemKind.Multiclass);
        session.ToggleFeature("xSquared");

        session.Restore(snapshot);

        SessionAssert.Same(reference, session);
        Assert.Same(snapshot.Data, session.Data);
        Assert.Equal(reference.Thumbnails[DatasetKind.Spiral], session.Thumbnails[DatasetKind.Spiral]);
    }

    [Fact]
    public void Snapshot_CopiesAFewKilobytes_ForTheLargestNetwork()
    {
        var session = Load("seed=0.3&optimizer=adam&dropout=0.3&networkShape=8,8,8,8,8,8&x=true&y=true&xTimesY=true&xSquared=true&ySquared=true&sinX=true&sinY=true&percTrainData=90");
        session.Step();
        _ = session.Snapshot();

        var bytes = Enumerable.Range(0, 5).Min(_ =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(session.Snapshot());
            return GC.GetAllocatedBytesForCurrentThread() - before;
        });

        // 384 links and 56 nodes: weights twice, accumulators, Adam's two moments, node values, the dropout stream.
        Assert.InRange(bytes, 10_000, 40_000);
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
