using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Randomness;
using NeuralPlayground.Core.Sessions;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Nn;

public sealed class NetworkCloneTests
{
    public static TheoryData<string> Hashes() =>
    [
        "seed=0.1&batchSize=7",
        "seed=0.2&dataset=spiral&regularization=L1&regularizationRate=0.01&learningRate=0.3&batchSize=3",
        "seed=0.3&optimizer=adam&dropout=0.3&batchSize=9&networkShape=5,3",
        "seed=0.4&optimizer=momentum&momentum=0.7&problem=regression&batchSize=11",
        "seed=0.5&problem=multiclass&classes=4&optimizer=adam&dropout=0.2&batchSize=13",
    ];

    [Theory]
    [MemberData(nameof(Hashes))]
    public void Clone_TrainsToTheSameBits_AsTheOriginal(string hash)
    {
        var session = Session.Load(hash, () => "unused");
        var train = FeatureMatrix.Create(session.Data.Train, session.Inputs);
        var network = session.Network;
        network.TrainEpoch(train, session.State.BatchSize, session.State.LearningRate, session.State.RegularizationRate);

        var clone = network.Clone();
        for (var epoch = 0; epoch < 20; epoch++)
        {
            network.TrainEpoch(train, session.State.BatchSize, session.State.LearningRate, session.State.RegularizationRate);
            clone.TrainEpoch(train, session.State.BatchSize, session.State.LearningRate, session.State.RegularizationRate);
        }

        SessionAssert.SameNetwork(network, clone);
        Assert.NotEqual(0, network.NumAccumulated);
    }

    [Fact]
    public void Clone_StaysIntact_WhenTheOriginalIsTrainedAndEdited()
    {
        var session = Session.Load("seed=0.3&optimizer=adam&dropout=0.3&batchSize=9", () => "unused");
        session.Step();
        var network = session.Network;
        var clone = network.Clone();
        var weights = clone.Weights.ToArray();
        var biases = clone.Biases.ToArray();
        var accumulated = clone.AccErrorDer.ToArray();
        var steps = clone.OptimizerSteps;

        for (var epoch = 0; epoch < 5; epoch++)
        {
            session.Step();
        }

        network.SetWeight(0, 42);
        network.Biases[0] = -42;
        network.IsDead[1] = true;

        BitAssert.Equal(weights, clone.Weights, "clone weights");
        BitAssert.Equal(biases, clone.Biases, "clone biases");
        BitAssert.Equal(accumulated, clone.AccErrorDer, "clone accumulators");
        Assert.DoesNotContain(true, clone.IsDead);
        Assert.Equal(steps, clone.OptimizerSteps);
        Assert.True(network.OptimizerSteps > steps);
    }

    [Fact]
    public void Clone_ForwardsLikeTheOriginal_ThroughWideLayers()
    {
        var network = Network.Build(["x", "y"], [8, 8], ActivationKind.Relu, ActivationKind.Tanh, RegularizationKind.None, initZero: false, new SeededRandom("wide"));

        var clone = network.Clone();

        BitAssert.Equal(network.Forward([0.3, -1.2]), clone.Forward([0.3, -1.2]), "output");
        BitAssert.Equal(network.NodeOutput, clone.NodeOutput, "node outputs");
    }
}
