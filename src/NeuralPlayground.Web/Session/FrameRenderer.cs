using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Grid;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Rendering;
using CoreSession = NeuralPlayground.Core.Sessions.Session;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// Turns the network into one frame of pixels: the fast grid of every node, the big heatmap of the
/// selected node (for multi-class output, the softmax of the output logits in class colours) and a
/// 10×10 thumbnail per input and hidden node, in one buffer for one interop call.
/// </summary>
internal sealed class FrameRenderer
{
    /// <summary>The canvas name of the big output heatmap.</summary>
    public const string MainCanvas = "main";

    private readonly FastGrid _grid = new();
    private readonly FastSoftmax _softmax = new();
    private byte[] _pixels = [];
    private double[] _links = [0];
    private string _key = string.Empty;
    private string[] _ids = [];

    // What each thumbnail canvas after the first (main) shows: a candidate feature, or else node k.
    private (InputFeature? Feature, int Node)[] _sources = [];
    private Network? _network;
    private IReadOnlyList<InputFeature> _candidates = [];

    /// <summary>The canvas name of a node's thumbnail.</summary>
    public static string NodeCanvas(string nodeId) => "node-" + nodeId;

    /// <summary>Evaluates the grids and pushes the frame to <paramref name="host"/>.</summary>
    /// <param name="model">The session to draw.</param>
    /// <param name="selectedNodeId">The hovered node's id, or null for the output node.</param>
    /// <param name="links">The diagram's links, drawn on its canvas (empty before the diagram's first render).</param>
    /// <param name="nodes">The diagram's nodes, whose bias squares are drawn on the same canvas.</param>
    /// <param name="host">The page.</param>
    public void Render(CoreSession model, string? selectedNodeId, IReadOnlyList<DiagramLink> links, IReadOnlyList<DiagramNode> nodes, IPageHost host)
    {
        var network = model.Network;
        _grid.Evaluate(network, model.Inputs);
        Prepare(network, model.Candidates);
        var discretize = model.State.Discretize;
        var main = _pixels.AsSpan(0, HeatmapImage.ImageByteCount);
        if (selectedNodeId is null)
        {
            // The output: multi-class cells in their likeliest class's colour, shaded by confidence.
            OutputImage.Fill(network, _grid, _softmax, discretize, main);
        }
        else
        {
            HeatmapImage.Fill(GridOf(selectedNodeId, network), main, discretize);
        }

        var offset = HeatmapImage.ImageByteCount;
        foreach (var (feature, node) in _sources)
        {
            var thumbnail = feature is null ? _grid.Thumbnail(node) : FastGrid.FeatureThumbnail(feature);
            HeatmapImage.Fill(thumbnail, _pixels.AsSpan(offset, HeatmapImage.ThumbnailByteCount), discretize);
            offset += HeatmapImage.ThumbnailByteCount;
        }

        host.DrawFrame(_pixels, _key, FillLinks(network, model.Epoch, links, nodes));
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


    private ReadOnlySpan<float> GridOf(string nodeId, Network network)
    {
        for (var k = 0; k < _sources.Length; k++)
        {
            if (_ids[k + 1] == nodeId)
            {
                return _sources[k].Feature is { } feature ? FastGrid.FeatureGrid(feature) : _grid.Node(_sources[k].Node);
            }
        }

        return _grid.Node(network.NodeCount - 1);
    }

    // The canvases change only with the network or the candidate features; names are built then.
    private void Prepare(Network network, IReadOnlyList<InputFeature> candidates)
    {
        if (ReferenceEquals(network, _network) && candidates.SequenceEqual(_candidates))
        {
            return;
        }

        _network = network;
        _candidates = candidates;
        // The output node has no thumbnail: the big heatmap is its picture (as in the original).
        var nodes = Enumerable.Range(network.InputCount, network.NodeCount - network.InputCount - 1);
        _sources = [.. candidates.Select(f => ((InputFeature?)f, -1)), .. nodes.Select(k => ((InputFeature?)null, k))];
        _ids = [MainCanvas, .. candidates.Select(f => f.Key), .. nodes.Select(network.NodeId)];
        _key = string.Join(",", _ids.Select((id, k) => k == 0 ? id : NodeCanvas(id)));
        _pixels = new byte[HeatmapImage.ImageByteCount + (_sources.Length * HeatmapImage.ThumbnailByteCount)];
    }
}
