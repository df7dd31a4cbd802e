using NeuralPlayground.Web.Session;
using CoreSession = NeuralPlayground.Core.Sessions.Session;

namespace NeuralPlayground.Web.Tests.Session;

/// <summary>
/// The grid worker rebuilds the network from <see cref="FramePixels.Describe"/> and the parameters
/// (<see cref="FramePixels.FillFrom"/>); its pixels must be those the page computes from the network itself.
/// </summary>
public sealed class FramePixelsTests
{
    [Theory]
    [InlineData("seed=0.12345", null, false)]
    [InlineData("dataset=spiral&x=true&y=true&sinX=true&xTimesY=true&networkShape=8,5,3&activation=relu&seed=0.3", "2", false)]
    [InlineData("dataset=xor&networkShape=3&discretize=true&seed=0.7", "x", true)]
    [InlineData("problem=regression&regDataset=reg-gauss&activation=sigmoid&networkShape=4,4&seed=0.9", "5", false)]
    [InlineData("problem=multiclass&classes=4&mcDataset=spiral&networkShape=6,6&seed=0.31416", null, false)]
    [InlineData("x=false&y=false&networkShape=2&seed=0.2", null, false)]
    public void FillFrom_TheDescriptionAndParameters_GivesThePagesPixels(string hash, string? selectedNodeId, bool discretize)
    {
        var session = CoreSession.Load("https://example.test/#" + hash, () => "0.5");
        for (var k = 0; k < 3; k++)
        {
            session.Step();
        }

        var network = session.Network;
        var page = new FramePixels();
        var expected = page.Fill(network, session.Inputs, session.Candidates, selectedNodeId, discretize).ToArray();

        var worker = new FramePixels();
        var weights = network.Weights.ToArray();
        var actual = worker.FillFrom(page.Structure, weights, network.Biases, selectedNodeId, discretize).ToArray();

        Assert.Equal(page.Key, worker.Key);
        Assert.Equal(expected, actual);
        Assert.Contains(expected, b => b != 0);
    }

    [Fact]
    public void FillFrom_RebuildsOnlyWhenTheStructureChanges_AndFollowsNewParameters()
    {
        var session = CoreSession.Load("https://example.test/#dataset=circle&networkShape=4&seed=0.4", () => "0.5");
        var worker = new FramePixels();
        var page = new FramePixels();
        var before = page.Fill(session.Network, session.Inputs, session.Candidates, null, false).ToArray();
        Assert.Equal(before, worker.FillFrom(page.Structure, session.Network.Weights.ToArray(), session.Network.Biases, null, false).ToArray());

        session.Step();
        var after = page.Fill(session.Network, session.Inputs, session.Candidates, null, false).ToArray();
        Assert.NotEqual(before, after);
        Assert.Equal(after, worker.FillFrom(page.Structure, session.Network.Weights.ToArray(), session.Network.Biases, null, false).ToArray());
    }
}
