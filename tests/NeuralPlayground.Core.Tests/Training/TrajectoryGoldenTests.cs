using System.Text.Json;
using NeuralPlayground.Core.Sessions;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Training;

public sealed class TrajectoryGoldenTests
{
    private const string File = "trajectories.json";

    public static TheoryData<string> Ids() => Golden.Ids(File, "configs");

    [Theory]
    [MemberData(nameof(Ids))]
    public void Load_MatchesOriginalNetworkAndDraws_ForTrajectory(string id)
    {
        var config = Golden.Entry(File, "configs", id);

        var session = Load(config);

        var network = config.GetProperty("network");
        Assert.Equal(Golden.Strings(network.GetProperty("nodeIds")), session.Network.NodeIds());
        Assert.Equal(Golden.Strings(network.GetProperty("linkIds")), session.Network.LinkIds());
        Assert.Equal(Golden.Strings(network.GetProperty("inputIds")), session.Network.InputIds);
        Assert.Equal(config.GetProperty("randomDraws").GetProperty("drawsPerSeeding")[1].GetInt64(), session.DrawsSinceSeeding);
        Assert.Equal(config.GetProperty("numTrain").GetInt32(), session.Data.Train.Length);
        Assert.Equal(config.GetProperty("numTest").GetInt32(), session.Data.Test.Length);
        BitAssert.Equal(Golden.Doubles(config.GetProperty("initial").GetProperty("weights")), session.Network.Weights, "initial weights");
        BitAssert.Equal(Golden.Doubles(config.GetProperty("initial").GetProperty("biases")), session.Network.Biases, "initial biases");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Load_MatchesOriginalTrainingData_ForTrajectory(string id)
    {
        var config = Golden.Entry(File, "configs", id);

        var session = Load(config);

        var train = Golden.Points(config.GetProperty("trainData"));
        var test = Golden.Points(config.GetProperty("testData"));
        BitAssert.Equal([.. train.SelectMany(p => p)], [.. session.Data.Train.SelectMany(p => new[] { p.X, p.Y, p.Label })], "train");
        BitAssert.Equal([.. test.SelectMany(p => p)], [.. session.Data.Test.SelectMany(p => new[] { p.X, p.Y, p.Label })], "test");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Step_MatchesOriginalLossesAndSnapshots_ForTrajectory(string id)
    {
        var config = Golden.Entry(File, "configs", id);
        var session = Load(config);
        var lossTrain = new List<double> { session.LossTrain!.Value };
        var lossTest = new List<double> { session.LossTest!.Value };
        var snapshots = config.GetProperty("snapshots");

        for (var epoch = 1; epoch <= Golden.File(File).GetProperty("epochs").GetInt32(); epoch++)
        {
            session.Step();
            lossTrain.Add(session.LossTrain!.Value);
            lossTest.Add(session.LossTest!.Value);
            if (snapshots.TryGetProperty(epoch.ToString(System.Globalization.CultureInfo.InvariantCulture), out var snapshot))
            {
                AssertParameters(snapshot, session, $"epoch {epoch}");
            }
        }

        BitAssert.Equal(Golden.Doubles(config.GetProperty("lossTrain")), lossTrain, "lossTrain");
        BitAssert.Equal(Golden.Doubles(config.GetProperty("lossTest")), lossTest, "lossTest");
        AssertParameters(config.GetProperty("final"), session, "final");
    }

    private static Session Load(JsonElement config) =>
        Session.Load(config.GetProperty("hash").GetString(), () => throw new InvalidOperationException("golden hashes carry a seed"));

    private static void AssertParameters(JsonElement expected, Session session, string when)
    {
        BitAssert.Equal(Golden.Doubles(expected.GetProperty("weights")), session.Network.Weights, when + " weights");
        BitAssert.Equal(Golden.Doubles(expected.GetProperty("biases")), session.Network.Biases, when + " biases");
        Assert.Equal(expected.GetProperty("deadLinks").EnumerateArray().Select(d => d.GetBoolean()), session.Network.IsDead);
    }
}
