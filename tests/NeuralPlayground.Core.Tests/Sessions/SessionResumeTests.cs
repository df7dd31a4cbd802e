using NeuralPlayground.Core.Export;
using NeuralPlayground.Core.Sessions;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Sessions;

public sealed class SessionResumeTests
{
    public static TheoryData<string> Hashes() =>
    [
        "seed=0.12345",
        "seed=0.2&dataset=spiral&regularization=L1&regularizationRate=0.01&learningRate=0.3&batchSize=7",
        "seed=0.3&optimizer=adam&dropout=0.3&batchSize=9&networkShape=8,8,8,8,8,8&x=true&y=true&xTimesY=true&xSquared=true&ySquared=true&sinX=true&sinY=true&percTrainData=90",
        "seed=0.4&problem=regression&regDataset=reg-gauss&batchSize=11",
        "seed=0.5&problem=multiclass&classes=4&mcDataset=rings&batchSize=13",
    ];

    [Theory]
    [MemberData(nameof(Hashes))]
    public void Resume_RestoresParametersEpochAndLossesBitForBit_FromTheModelJson(string hash)
    {
        var trained = Load(hash);
        Train(trained, 40);
        trained.EditBias(0, -0.25);
        var json = ModelJson.Write(trained);
        var resumed = Load(trained.Serialize());

        var accepted = resumed.Resume(ModelJson.Read(json), trained.Epoch);

        Assert.True(accepted);
        Assert.Equal(40, resumed.Epoch);
        Assert.Equal(trained.Serialize(), resumed.Serialize());
        BitAssert.Equal(trained.Network.Weights, resumed.Network.Weights, "weights");
        BitAssert.Equal(trained.Network.Biases, resumed.Network.Biases, "biases");
        Assert.Equal(trained.Network.IsDead, resumed.Network.IsDead);
        BitAssert.Equal([trained.LossTrain ?? -1, trained.LossTest ?? -1], [resumed.LossTrain ?? -1, resumed.LossTest ?? -1], "losses");
        Assert.Equal(trained.TestMetrics.Confusion, resumed.TestMetrics.Confusion);
    }

    [Fact]
    public void Resume_KeepsDeadLinks_OfAnL1Run()
    {
        var trained = Load("seed=0.12345&regularization=L1&regularizationRate=0.03&learningRate=0.3");
        Train(trained, 60);
        Assert.Contains(true, trained.Network.IsDead);
        var resumed = Load(trained.Serialize());

        resumed.Resume(ModelSnapshot.From(trained), trained.Epoch);

        Assert.Equal(trained.Network.IsDead, resumed.Network.IsDead);
    }

    [Fact]
    public void Resume_ContinuesTrainingToTheSameBits_ForPlainSgdWithFullBatches()
    {
        var reference = Load("seed=0.12345&batchSize=10");
        Train(reference, 25);
        var resumed = Load(reference.Serialize());
        resumed.Resume(ModelSnapshot.From(reference), reference.Epoch);

        Train(reference, 25);
        Train(resumed, 25);

        SessionAssert.Same(reference, resumed);
    }

    [Theory]
    [InlineData("seed=0.12345&networkShape=3")]
    [InlineData("seed=0.12345&x=false&xSquared=true")]
    [InlineData("seed=0.12345&activation=relu")]
    public void Resume_RefusesAndChangesNothing_WhenTheShapeDiffers(string other)
    {
        var model = ModelSnapshot.From(Load(other));
        var session = Load("seed=0.12345");
        var weights = session.Network.Weights.ToArray();

        var accepted = session.Resume(model, 12);

        Assert.False(accepted);
        Assert.Equal(0, session.Epoch);
        BitAssert.Equal(weights, session.Network.Weights, "weights");
    }

    [Fact]
    public void Resume_Refuses_WhenAWeightRowIsShort()
    {
        var session = Load("seed=0.12345");
        var model = ModelSnapshot.From(session);
        model.Weights[1][0] = [0.5];

        Assert.False(session.Resume(model, 3));
    }

    [Fact]
    public void Resume_MarksTheStop_WhenMaxEpochsIsAlreadyReached()
    {
        var trained = Load("seed=0.12345&maxEpochs=5");
        Train(trained, 5);
        var resumed = Load(trained.Serialize());

        resumed.Resume(ModelSnapshot.From(trained), trained.Epoch);

        Assert.Equal(5, resumed.StoppedAtEpoch);
        Assert.True(resumed.IsStopReached);
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
