using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Rendering;
using CoreSession = NeuralPlayground.Core.Sessions.Session;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// Draws one frame: the diagram's links and bias squares, and the heatmaps of <see cref="FramePixels"/>,
/// computed in the grid worker when the page has one running, else here.
/// </summary>
internal sealed class FrameRenderer
{
    private readonly FramePixels _pixels = new();
    private double[] _links = [0];
    private double[] _weights = [];

    /// <summary>
    /// Draws the diagram's links and hands the heatmaps to the grid worker when the page runs one
    /// (they arrive a few milliseconds later, off this thread); else evaluates the grids here and
    /// pushes the whole frame.
    /// </summary>
    /// <param name="model">The session to draw.</param>
    /// <param name="selectedNodeId">The hovered node's id, or null for the output node.</param>
    /// <param name="links">The diagram's links, drawn on its canvas (empty before the diagram's first render).</param>
    /// <param name="nodes">The diagram's nodes, whose bias squares are drawn on the same canvas.</param>
    /// <param name="host">The page.</param>
    public void Render(CoreSession model, string? selectedNodeId, IReadOnlyList<DiagramLink> links, IReadOnlyList<DiagramNode> nodes, IPageHost host)
    {
        var network = model.Network;
        var discretize = model.State.Discretize;
        _pixels.Prepare(network, model.Candidates);
        var linkValues = FillLinks(network, model.Epoch, links, nodes);
        if (_weights.Length != network.LinkCount)
        {
            _weights = new double[network.LinkCount];
        }

        for (var k = 0; k < _weights.Length; k++)
        {
            _weights[k] = network.Weights[k];
        }

        if (host.RequestFrame(_pixels.Structure, _weights, network.Biases, selectedNodeId, discretize, _pixels.Key, linkValues))
        {
            return;
        }

        host.DrawFrame(_pixels.Fill(network, model.Inputs, model.Candidates, selectedNodeId, discretize), _pixels.Key, linkValues);
    }
    private double[] FillLinks(Network network, long epoch, IReadOnlyList<DiagramLink> links, IReadOnlyList<DiagramNode> nodes)
    {
        var biases = 0;
        for (var n = 0; n < nodes.Count; n++)
        {
            biases += nodes[n].BiasIndex is null ? 0 : 1;
        }

        var length = 1 + ((links.Count + biases) * IPageHost.LinkStride);
        if (_links.Length != length)
        {
            _links = new double[length];
        }

        _links[0] = LinkStyle.DashOffset(epoch) + 0.0;
        var offset = 1;
        foreach (var link in links)
        {
            var weight = network.Weights[link.WeightIndex];
            var width = LinkStyle.StrokeWidth(weight);
            _links[offset] = link.X1;
            _links[offset + 1] = link.Y1;
            _links[offset + 2] = link.X2;
            _links[offset + 3] = link.Y2;
            _links[offset + 4] = double.IsNaN(width) ? 1 : width;
            _links[offset + 5] = network.IsDead[link.WeightIndex] ? -1 : Colors.ScaleRgb(weight);
            offset += IPageHost.LinkStride;
        }

        // Bias squares follow, marked by a negative width: x, y, −, −, −5, colour.
        foreach (var node in nodes)
        {
            if (node.BiasIndex is { } bias)
            {
                _links[offset] = node.BiasX;
                _links[offset + 1] = node.BiasY;
                _links[offset + 2] = 0;
                _links[offset + 3] = 0;
                _links[offset + 4] = -DiagramLayout.BiasSize;
                _links[offset + 5] = Colors.ScaleRgb(network.Biases[bias]);
                offset += IPageHost.LinkStride;
            }
        }

        return _links;
    }
}
