using System.Text.Json;
using NeuralPlayground.Core.Grid;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Core.Sessions;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Grid;

public sealed class DecisionGridGoldenTests
{
    private const string File = "grid.json";

    public static TheoryData<string> Ids() => Golden.Ids(File, "configs");

    [Fact]
    public void Coordinates_MatchD3Scales_BitForBit()
    {
        var root = Golden.File(File);

        BitAssert.Equal(Golden.Doubles(root.GetProperty("xs")), DecisionGrid.Xs.ToArray(), "xs");
        BitAssert.Equal(Golden.Doubles(root.GetProperty("ys")), DecisionGrid.Ys.ToArray(), "ys");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Exact_MatchesOriginalBoundary_AtLoadAndAfterTenEpochs(string id)
    {
        var config = Golden.Entry(File, "configs", id);
        var session = Session.Load(config.GetProperty("hash").GetString(), () => "unused");
        var output = session.Network.NodeCount - 1;

        var atLoad = DecisionGrid.Exact(session.Network, session.Inputs)[output];
        for (var e = 0; e < config.GetProperty("epochs").GetInt32(); e++)
        {
            session.Step();
        }

        var after = DecisionGrid.Exact(session.Network, session.Inputs)[output];

        Assert.Equal(config.GetProperty("outputNodeId").GetString(), session.Network.NodeId(output));
        AssertGrid(config.GetProperty("outputEpoch0"), atLoad, "epoch 0");
        AssertGrid(config.GetProperty("output"), after, "epoch 10");
        BitAssert.Equal(Golden.Double(config.GetProperty("lossTrainAfter10")), session.LossTrain!.Value, "train loss");
        BitAssert.Equal(Golden.Double(config.GetProperty("lossTestAfter10")), session.LossTest!.Value, "test loss");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Forward_MatchesOriginalProbes_AfterTenEpochs(string id)
    {
        var config = Golden.Entry(File, "configs", id);
        var session = Session.Load(config.GetProperty("hash").GetString(), () => "unused");
        for (var e = 0; e < config.GetProperty("epochs").GetInt32(); e++)
        {
            session.Step();
        }

        foreach (var probe in config.GetProperty("probes").EnumerateArray())
        {
            var (i, j) = (probe.GetProperty("i").GetInt32(), probe.GetProperty("j").GetInt32());
            var inputs = session.Inputs.Select(f => f.Compute(DecisionGrid.X(i), DecisionGrid.Y(j))).ToArray();
            session.Network.Forward(inputs);
            foreach (var input in probe.GetProperty("inputs").EnumerateObject())
            {
                var k = session.Inputs.Select(f => f.Key).ToList().IndexOf(input.Name);
                BitAssert.Equal(Golden.Double(input.Value), inputs[k], $"({i},{j}) input {input.Name}");
            }

            for (var k = session.Network.InputCount; k < session.Network.NodeCount; k++)
            {
                var nodeId = session.Network.NodeId(k);
                BitAssert.Equal(Golden.Double(probe.GetProperty("nodeOutputs").GetProperty(nodeId)), session.Network.NodeOutput[k], $"({i},{j}) output {nodeId}");
                BitAssert.Equal(Golden.Double(probe.GetProperty("nodeTotalInputs").GetProperty(nodeId)), session.Network.TotalInput[k], $"({i},{j}) total {nodeId}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void FastGrid_StaysWithinOneThousandthOfExact_ForEveryNode(string id)
    {
        var config = Golden.Entry(File, "configs", id);
        var session = Session.Load(config.GetProperty("hash").GetString(), () => "unused");
        for (var e = 0; e < 10; e++)
        {
            session.Step();
        }

        AssertFastGridCloseToExact(session);
    }

    [Theory]
    [InlineData("activation=relu&networkShape=6,4&xSquared=true&seed=0.2")]
    [InlineData("activation=sigmoid&networkShape=6,4&xSquared=true&seed=0.3")]
    [InlineData("activation=linear&networkShape=3&seed=0.4")]
    [InlineData("activation=tanh&problem=regression&regDataset=reg-gauss&networkShape=5,3&seed=0.5")]
    public void FastGrid_StaysWithinOneThousandthOfExact_ForEveryActivation(string hash)
    {
        var session = Session.Load(hash, () => "unused");
        for (var e = 0; e < 10; e++)
        {
            session.Step();
        }

        AssertFastGridCloseToExact(session);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void FastGridThumbnails_StayWithinOneThousandthOfExactBlockMeans_ForEveryNode(string id)
    {
        var config = Golden.Entry(File, "configs", id);
        var session = Session.Load(config.GetProperty("hash").GetString(), () => "unused");
        for (var e = 0; e < 10; e++)
        {
            session.Step();
        }

        var fast = new FastGrid();

        fast.Evaluate(session.Network, session.Inputs);
        var exact = DecisionGrid.Exact(session.Network, session.Inputs);

        var means = new double[HeatmapImage.ThumbnailCellCount];
        for (var k = 0; k < exact.Length; k++)
        {
            HeatmapImage.Reduce(exact[k], means);
            var thumbnail = fast.Thumbnail(k).ToArray();
            var worst = Enumerable.Range(0, means.Length).Max(c => Math.Abs(thumbnail[c] - means[c]));
            Assert.True(worst <= 1e-3, $"node {session.Network.NodeId(k)}: max |fast − exact| = {worst}");
        }
    }

    private static void AssertFastGridCloseToExact(Session session)
    {
        var fast = new FastGrid();

        fast.Evaluate(session.Network, session.Inputs);
        var exact = DecisionGrid.Exact(session.Network, session.Inputs);

        for (var k = 0; k < exact.Length; k++)
        {
            var node = fast.Node(k).ToArray();
            var worst = Enumerable.Range(0, DecisionGrid.CellCount).Max(c => Math.Abs(node[c] - exact[k][c]));
            Assert.True(worst <= 1e-3, $"node {session.Network.NodeId(k)}: max |fast − exact| = {worst}");
        }
    }

    private static void AssertGrid(JsonElement expected, double[] actual, string when)
    {
        var columns = expected.EnumerateArray().Select(Golden.Doubles).ToArray();
        for (var i = 0; i < DecisionGrid.Density; i++)
        {
            for (var j = 0; j < DecisionGrid.Density; j++)
            {
                BitAssert.Equal(columns[i][j], actual[(j * DecisionGrid.Density) + i], $"{when} ({i},{j})");
            }
        }
    }
}
