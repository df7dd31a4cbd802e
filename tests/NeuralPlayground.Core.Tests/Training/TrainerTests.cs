using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Randomness;
using NeuralPlayground.Core.Tests.Support;
using NeuralPlayground.Core.Training;

namespace NeuralPlayground.Core.Tests.Training;

public sealed class TrainerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2.5)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(33)]
    [InlineData(0)]
    [InlineData(double.NaN)]
    [InlineData(1000)]
    [InlineData(-3)]
    public void TrainEpoch_MatchesExampleByExampleLoop_ForBatchSize(double batchSize)
    {
        var (grouped, reference, train) = TwinNetworks(RegularizationKind.L1);

        for (var epoch = 0; epoch < 3; epoch++)
        {
            Trainer.TrainEpoch(grouped, train, batchSize, 0.03, 0.001);
            ReferenceEpoch(reference, train, batchSize, 0.03, 0.001);
        }

        BitAssert.Equal([.. reference.Weights], [.. grouped.Weights], "weights");
        BitAssert.Equal(reference.Biases, grouped.Biases, "biases");
        Assert.Equal(reference.IsDead, grouped.IsDead);
        Assert.Equal(reference.NumAccumulated, grouped.NumAccumulated);
    }

    // (false, false): every kernel scalar; (true, false): the browser's mix of vector sums and scalar tanh.
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void TrainEpoch_GivesSameBits_WithScalarKernels(bool useVectors, bool useVectorMath)
    {
        var (vectorized, scalar, train) = TwinNetworks(RegularizationKind.L2);
        var batch = new BatchForward();
        var (defaultVectors, defaultVectorMath) = (SimdPolicy.UseVectors, SimdPolicy.UseVectorMath);

        Trainer.TrainEpoch(vectorized, train, 10, 0.03, 0.001);
        var vectorLoss = Trainer.Loss(vectorized, train, batch);
        SimdPolicy.UseVectors = useVectors;
        SimdPolicy.UseVectorMath = useVectorMath;
        try
        {
            Trainer.TrainEpoch(scalar, train, 10, 0.03, 0.001);
            BitAssert.Equal(vectorLoss!.Value, Trainer.Loss(scalar, train, batch)!.Value, "loss");
        }
        finally
        {
            SimdPolicy.UseVectors = defaultVectors;
            SimdPolicy.UseVectorMath = defaultVectorMath;
        }

        BitAssert.Equal([.. vectorized.Weights], [.. scalar.Weights], "weights");
        BitAssert.Equal(vectorized.Biases, scalar.Biases, "biases");
    }

    [Fact]
    public void Loss_IsNull_ForEmptySet()
    {
        var (network, _, _) = TwinNetworks(RegularizationKind.None);
        var empty = FeatureMatrix.Create([], [InputFeatures.All[0], InputFeatures.All[1]]);

        Assert.Null(Trainer.Loss(network, empty, new BatchForward()));
    }

    [Fact]
    public void Loss_MatchesPointByPointMean_ForTrainingSet()
    {
        var (network, _, train) = TwinNetworks(RegularizationKind.None);
        double expected = 0;
        for (var i = 0; i < train.Count; i++)
        {
            var d = network.Forward(train.Row(i)) - train.Labels[i];
            expected += 0.5 * (d * d);
        }

        var loss = Trainer.Loss(network, train, new BatchForward());

        BitAssert.Equal(expected / train.Count, loss!.Value, "loss");
    }

    // The original's oneStep, literally: forward, backward, update when (i + 1) % batchSize == 0.
    private static void ReferenceEpoch(Network network, FeatureMatrix train, double batchSize, double learningRate, double regularizationRate)
    {
        for (var i = 0; i < train.Count; i++)
        {
            network.Forward(train.Row(i));
            network.Backward(train.Labels[i]);
            if ((i + 1) % batchSize == 0)
            {
                network.UpdateWeights(learningRate, regularizationRate);
            }
        }
    }

    private static (Network Grouped, Network Reference, FeatureMatrix Train) TwinNetworks(RegularizationKind regularization)
    {
        var features = InputFeatures.All;
        var data = DataSplit.Generate(DatasetKind.Spiral, 500, 10, 50, new SeededRandom("twins"));
        var train = FeatureMatrix.Create(data.Train, features);
        Network Make() => Network.Build([.. features.Select(f => f.Key)], [8, 5, 3], ActivationKind.Tanh, ActivationKind.Tanh, regularization, initZero: false, new SeededRandom("weights"));
        return (Make(), Make(), train);
    }
}
