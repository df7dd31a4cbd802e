using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Grid;
using NeuralPlayground.Core.Rendering;
using CoreSession = NeuralPlayground.Core.Sessions.Session;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// Turns the network into one frame of pixels: the fast grid of every node, the big heatmap of the
/// selected node and a 10×10 thumbnail per input and hidden node, in one buffer for one interop call.
/// </summary>
internal sealed class FrameRenderer
{
    /// <summary>The canvas name of the big output heatmap.</summary>
    public const string MainCanvas = "main";

    private readonly FastGrid _grid = new();
    private byte[] _pixels = [];
    private string _key = string.Empty;
    private string[] _ids = [];

    /// <summary>The canvas name of a node's thumbnail.</summary>
    public static string NodeCanvas(string nodeId) => "node-" + nodeId;

    /// <summary>Evaluates the grids and pushes the frame to <paramref name="host"/>.</summary>
    /// <param name="model">The session to draw.</param>
    /// <param name="selectedNodeId">The hovered node's id, or null for the output node.</param>
    /// <param name="host">The page.</param>
    public void Render(CoreSession model, string? selectedNodeId, IPageHost host)
    {
        var network = model.Network;
        _grid.Evaluate(network, model.Inputs);
        var candidates = model.Candidates;
        // The output node has no thumbnail: the big heatmap is its picture (as in the original).
        var nodeIds = network.NodeIds();
        PrepareKey(candidates, nodeIds.Take(nodeIds.Count - 1));
        var discretize = model.State.Discretize;
        var selected = selectedNodeId is null ? _grid.Node(network.NodeCount - 1) : GridOf(selectedNodeId, candidates, model);
        HeatmapImage.Fill(selected, _pixels.AsSpan(0, HeatmapImage.ImageByteCount), discretize);
        var offset = HeatmapImage.ImageByteCount;
        for (var k = 1; k < _ids.Length; k++, offset += HeatmapImage.ThumbnailByteCount)
        {
            HeatmapImage.FillThumbnail(GridOf(_ids[k], candidates, model), _pixels.AsSpan(offset, HeatmapImage.ThumbnailByteCount), discretize);
        }

        host.DrawFrame(_pixels, _key);
    }

    private ReadOnlySpan<float> GridOf(string nodeId, IReadOnlyList<InputFeature> candidates, CoreSession model)
    {
        foreach (var feature in candidates)
        {
            if (feature.Key == nodeId)
            {
                return FastGrid.FeatureGrid(feature);
            }
        }

        var network = model.Network;
        for (var k = network.InputCount; k < network.NodeCount; k++)
        {
            if (network.NodeId(k) == nodeId)
            {
                return _grid.Node(k);
            }
        }

        return _grid.Node(network.NodeCount - 1);
    }

    private void PrepareKey(IReadOnlyList<InputFeature> candidates, IEnumerable<string> nodeIds)
    {
        string[] ids = [MainCanvas, .. candidates.Select(f => f.Key), .. nodeIds];
        if (ids.AsSpan().SequenceEqual(_ids))
        {
            return;
        }

        _ids = ids;
        _key = string.Join(",", ids.Select((id, k) => k == 0 ? id : NodeCanvas(id)));
        _pixels = new byte[HeatmapImage.ImageByteCount + ((ids.Length - 1) * HeatmapImage.ThumbnailByteCount)];
    }
}
