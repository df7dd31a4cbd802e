using System.Text.Json;
using NeuralPlayground.Core.Export;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Sessions;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Export;

public sealed class ModelJsonTests
{
    public static TheoryData<string> Names() => ExportCases.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Read_ReturnsEveryNumberBitForBit_AfterWrite(string name)
    {
        var model = ExportCases.Model(name);

        var read = ModelJson.Read(ModelJson.Write(model));

        AssertSame(model, read);
    }

    [Fact]
    public void Read_ReturnsNaNAndInfinities_WhenTheNetworkDiverged()
    {
        var network = ExportCases.ExtremeWeights();
        network.SetWeight(1, double.NaN);
        network.SetWeight(2, double.PositiveInfinity);
        network.Biases[2] = double.NegativeInfinity;
        var model = ModelSnapshot.From(network) with { LossTrain = double.NaN, LossTest = double.PositiveInfinity };

        var json = ModelJson.Write(model);
        var read = ModelJson.Read(json);

        AssertSame(model, read);
        Assert.Contains("\"NaN\"", json, StringComparison.Ordinal);
        Assert.Contains("\"-Infinity\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ToNetwork_ForwardsBitForBit_AfterARoundTrip(string name)
    {
        var model = ExportCases.Model(name);
        var original = model.ToNetwork();

        var rebuilt = ModelJson.Read(ModelJson.Write(model)).ToNetwork();

        foreach (var (x, y) in ExportCases.Points().Take(50))
        {
            BitAssert.Equal(ExportCases.Reference(original, x, y), ExportCases.Reference(rebuilt, x, y), $"{name} at ({x}, {y})");
        }
    }

    [Fact]
    public void Write_HasTheDocumentedFields_ForATrainedSession()
    {
        var session = Session.Load("dataset=xor&networkShape=3,2&xSquared=true&sinY=true&seed=0.5", () => "unused");
        session.Step();

        using var json = JsonDocument.Parse(ModelJson.Write(session));
        var root = json.RootElement;

        string[] fields = ["format", "version", "hash", "inputs", "layerSizes", "activation", "outputActivation", "weights", "biases", "deadLinks", "epoch", "lossTrain", "lossTest"];
        Assert.Equal(fields, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("neural-playground-model", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(session.Serialize(), root.GetProperty("hash").GetString());
        Assert.Equal(["x1", "x2", "x1^2", "sin(x2)"], root.GetProperty("inputs").EnumerateArray().Select(e => e.GetProperty("formula").GetString()));
        Assert.Equal([4, 3, 2, 1], root.GetProperty("layerSizes").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("tanh", root.GetProperty("outputActivation").GetString());
        Assert.Equal(3, root.GetProperty("weights")[0].GetArrayLength());
        Assert.Equal(4, root.GetProperty("weights")[0][0].GetArrayLength());
        Assert.Equal(session.Network.Weights[session.Network.LinkIndex(1, 2, 3)], root.GetProperty("weights")[0][2][3].GetDouble());
        Assert.Equal(1, root.GetProperty("epoch").GetInt64());
        Assert.Equal(session.LossTest, root.GetProperty("lossTest").GetDouble());
    }

    [Theory]
    [InlineData("problem=regression", "linear")]
    [InlineData("problem=classification", "tanh")]
    [InlineData("problem=multiclass&classes=3", "softmax")]
    public void Write_NamesTheOutputActivation_ForEachProblem(string hash, string expected)
    {
        var session = Session.Load(hash + "&seed=0.5", () => "unused");

        using var json = JsonDocument.Parse(ModelJson.Write(session));

        Assert.Equal(expected, json.RootElement.GetProperty("outputActivation").GetString());
    }

    [Fact]
    public void Write_ListsTheDeadLinks_AfterL1KillsSome()
    {
        var model = ExportCases.Model("l1-dead-links");

        using var json = JsonDocument.Parse(ModelJson.Write(model));

        var dead = json.RootElement.GetProperty("deadLinks").EnumerateArray().Select(d => (d[0].GetInt32(), d[1].GetInt32(), d[2].GetInt32())).ToList();
        Assert.NotEmpty(dead);
        Assert.Equal(model.DeadLinks, dead);
        Assert.All(dead, d => Assert.Equal(0, model.Weights[d.Item1][d.Item2][d.Item3]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"format\": \"something-else\", \"version\": 1}")]
    [InlineData("{\"format\": \"neural-playground-model\", \"version\": 2}")]
    [InlineData("{\"format\": \"neural-playground-model\", \"version\": 1, \"layerSizes\": [2, 1]}")]
    public void Read_ThrowsFormatException_ForOtherDocuments(string json)
    {
        Assert.Throws<FormatException>(() => ModelJson.Read(json));
    }

    [Fact]
    public void Read_ThrowsFormatException_WhenAMatrixDisagreesWithTheLayerSizes()
    {
        var json = ModelJson.Write(ExportCases.Model("l1-dead-links")).Replace("\"layerSizes\": [7, 8, 8, 1]", "\"layerSizes\": [7, 8, 7, 1]", StringComparison.Ordinal);

        Assert.Contains("[7, 8, 7, 1]", json, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ModelJson.Read(json));
    }

    private static void AssertSame(ModelSnapshot expected, ModelSnapshot actual)
    {
        Assert.Equal(expected.Hash, actual.Hash);
        Assert.Equal(expected.InputKeys, actual.InputKeys);
        Assert.Equal(expected.LayerSizes, actual.LayerSizes);
        Assert.Equal(expected.Activation, actual.Activation);
        Assert.Equal(expected.OutputActivation, actual.OutputActivation);
        BitAssert.Equal(Flatten(expected.Weights), Flatten(actual.Weights), "weights");
        BitAssert.Equal([.. expected.Biases.SelectMany(b => b)], [.. actual.Biases.SelectMany(b => b)], "biases");
        Assert.Equal(expected.Weights.Select(l => l.Length), actual.Weights.Select(l => l.Length));
        Assert.Equal(expected.DeadLinks, actual.DeadLinks);
        Assert.Equal(expected.Epoch, actual.Epoch);
        BitAssert.Equal(expected.LossTrain ?? -1, actual.LossTrain ?? -1, "lossTrain");
        BitAssert.Equal(expected.LossTest ?? -1, actual.LossTest ?? -1, "lossTest");
        Assert.Equal(expected.LossTest is null, actual.LossTest is null);
    }

    private static double[] Flatten(double[][][] weights) => [.. weights.SelectMany(l => l.SelectMany(r => r))];
}
