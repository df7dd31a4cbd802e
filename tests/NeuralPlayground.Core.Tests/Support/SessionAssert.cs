using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Sessions;

namespace NeuralPlayground.Core.Tests.Support;

/// <summary>Exact comparison of two sessions: everything a user sees or the next step reads, bit for bit.</summary>
public static class SessionAssert
{
    /// <summary>Asserts the two sessions are at the same moment.</summary>
    public static void Same(Session expected, Session actual)
    {
        Assert.Equal(expected.State, actual.State);
        Assert.Equal(expected.Serialize(), actual.Serialize());
        Assert.Equal(expected.DrawsSinceSeeding, actual.DrawsSinceSeeding);
        Assert.Equal(expected.Data.Train, actual.Data.Train);
        Assert.Equal(expected.Data.Test, actual.Data.Test);
        Assert.Equal(expected.Inputs.Select(f => f.Key), actual.Inputs.Select(f => f.Key));
        Assert.Equal(expected.Thumbnails.Keys, actual.Thumbnails.Keys);
        Assert.Equal(expected.MulticlassThumbnails.Keys, actual.MulticlassThumbnails.Keys);
        Assert.Equal(expected.Epoch, actual.Epoch);
        Assert.Equal(expected.DivergedAtEpoch, actual.DivergedAtEpoch);
        Assert.Equal(expected.StoppedAtEpoch, actual.StoppedAtEpoch);
        BitAssert.Equal([expected.LossTrain ?? -1, expected.LossTest ?? -1], [actual.LossTrain ?? -1, actual.LossTest ?? -1], "losses");
        Assert.Equal(expected.TrainMetrics.Confusion, actual.TrainMetrics.Confusion);
        Assert.Equal(expected.TestMetrics.Confusion, actual.TestMetrics.Confusion);
        SameNetwork(expected.Network, actual.Network);
    }

    /// <summary>Asserts the two networks have the same shape, parameters, dead links, accumulators and optimizer state.</summary>
    public static void SameNetwork(Network expected, Network actual)
    {
        Assert.Equal(expected.LayerSizes, actual.LayerSizes);
        Assert.Equal(expected.InputIds, actual.InputIds);
        Assert.Equal(expected.Activation, actual.Activation);
        BitAssert.Equal(expected.Weights, actual.Weights, "weights");
        BitAssert.Equal(expected.Biases, actual.Biases, "biases");
        Assert.Equal(expected.IsDead, actual.IsDead);
        BitAssert.Equal(expected.AccErrorDer, actual.AccErrorDer, "accErrorDer");
        BitAssert.Equal(expected.AccInputDer, actual.AccInputDer, "accInputDer");
        BitAssert.Equal(expected.NodeOutput, actual.NodeOutput, "nodeOutput");
        Assert.Equal(expected.NumAccumulated, actual.NumAccumulated);
        Assert.Equal(expected.Optimizer, actual.Optimizer);
        Assert.Equal(expected.OptimizerSteps, actual.OptimizerSteps);
        Assert.Equal(expected.DropoutRate, actual.DropoutRate);
    }
}
