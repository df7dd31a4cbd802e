using NeuralPlayground.Core.Grid;
using NeuralPlayground.Core.Sessions;

namespace NeuralPlayground.Core.Tests.Sessions;

/// <summary>
/// Every input feature switched off (the original allows it): the first hidden layer has no
/// sources, so each of its units outputs f(bias). Found by the history property test: a layer of
/// four or more such units took the vector path and indexed before its (empty) run of weights.
/// </summary>
public sealed class NoInputsTests
{
    [Theory]
    [InlineData("x=false&y=false&networkShape=4,2&seed=0.1")]
    [InlineData("x=false&y=false&networkShape=8,8,8&seed=0.1&dropout=0.3&optimizer=adam")]
    [InlineData("x=false&y=false&networkShape=6&problem=multiclass&classes=6&seed=0.1")]
    [InlineData("x=false&y=false&networkShape=&seed=0.1")]
    public void Training_AndTheHeatmaps_Work_WithoutInputs(string hash)
    {
        var session = Session.Load(hash, () => throw new InvalidOperationException("seeded"));

        for (var epoch = 0; epoch < 3; epoch++)
        {
            session.Step();
        }

        Assert.Equal(0, session.Network.InputCount);
        Assert.True(double.IsFinite(session.LossTrain!.Value));
        var first = session.Network.NodeIndex(1, 0);
        session.Network.Forward([]);
        if (session.Network.LayerCount > 2)
        {
            Assert.Equal(Core.Nn.Activations.Output(session.Network.Activation, session.Network.Biases[0]), session.Network.NodeOutput[first]);
        }

        var grid = new FastGrid();
        grid.Evaluate(session.Network, session.Inputs);
        Assert.True(float.IsFinite(grid.Node(session.Network.NodeCount - 1)[0]));
    }
}
