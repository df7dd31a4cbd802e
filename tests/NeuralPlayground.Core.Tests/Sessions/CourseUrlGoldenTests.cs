using System.Text.Json;
using NeuralPlayground.Core.Sessions;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Sessions;

public sealed class CourseUrlGoldenTests
{
    private const string File = "urls.json";

    public static TheoryData<string> Ids() => Golden.Ids(File, "urls");

    [Theory]
    [MemberData(nameof(Ids))]
    public void Load_ResolvesOriginalInputs_ForCourseUrl(string id)
    {
        var entry = Golden.Entry(File, "urls", id);

        var session = Session.Load(entry.GetProperty("url").GetString(), () => "0.00000");

        var expected = Golden.Strings(entry.GetProperty("state").GetProperty("enabledInputs"));
        Assert.Equal(expected, session.Inputs.Select(f => f.Key));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Trace_MatchesOriginalBitForBit_ForCourseUrl(string id)
    {
        var entry = Golden.Entry(File, "urls", id);
        if (!entry.TryGetProperty("lossTrain", out var expectedTrain))
        {
            Assert.False(entry.GetProperty("state").TryGetProperty("seed", out _), "only unseeded links lack a trace");
            return;
        }

        var session = Session.Load(entry.GetProperty("url").GetString(), () => throw new InvalidOperationException("seeded"));
        var initialWeights = session.Network.Weights.ToArray();
        var initialBiases = session.Network.Biases.ToArray();
        var lossTrain = new List<double> { session.LossTrain ?? double.NaN };
        var lossTest = new List<double> { session.LossTest ?? double.NaN };
        for (var epoch = 0; epoch < Golden.File(File).GetProperty("epochs").GetInt32(); epoch++)
        {
            session.Step();
            lossTrain.Add(session.LossTrain ?? double.NaN);
            lossTest.Add(session.LossTest ?? double.NaN);
        }

        Assert.Equal(entry.GetProperty("numTrain").GetInt32(), session.Data.Train.Length);
        Assert.Equal(entry.GetProperty("numTest").GetInt32(), session.Data.Test.Length);
        AssertData(entry, session);
        Assert.Equal(Golden.Strings(entry.GetProperty("nodeIds")), session.Network.NodeIds());
        Assert.Equal(Golden.Strings(entry.GetProperty("linkIds")), session.Network.LinkIds());
        BitAssert.Equal(Golden.Doubles(entry.GetProperty("initialWeights")), initialWeights, "initial weights");
        BitAssert.Equal(Golden.Doubles(entry.GetProperty("initialBiases")), initialBiases, "initial biases");
        BitAssert.Equal(Golden.Doubles(expectedTrain), lossTrain, "lossTrain");
        BitAssert.Equal(Golden.Doubles(entry.GetProperty("lossTest")), lossTest, "lossTest");
        BitAssert.Equal(Golden.Doubles(entry.GetProperty("finalWeights")), session.Network.Weights, "final weights");
        BitAssert.Equal(Golden.Doubles(entry.GetProperty("finalBiases")), session.Network.Biases, "final biases");
    }

    private static void AssertData(JsonElement entry, Session session)
    {
        var first = Golden.Points(entry.GetProperty("firstTrain"));
        for (var i = 0; i < first.Length; i++)
        {
            var p = session.Data.Train[i];
            BitAssert.Equal(first[i], [p.X, p.Y, p.Label], $"train[{i}]");
        }

        BitAssert.Equal(Golden.Doubles(entry.GetProperty("trainSums")), Sums(session.Data.Train), "train sums");
        BitAssert.Equal(Golden.Doubles(entry.GetProperty("testSums")), Sums(session.Data.Test), "test sums");
    }

    private static double[] Sums(IEnumerable<Core.Data.Example2D> points)
    {
        double x = 0, y = 0, label = 0;
        foreach (var p in points)
        {
            x += p.X;
            y += p.Y;
            label += p.Label;
        }

        return [x, y, label];
    }
}
