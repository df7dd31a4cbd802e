using System.Globalization;
using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Grid;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Randomness;
using NeuralPlayground.Core.Rendering;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// The heatmap pixels of one frame: the fast grid of every node, the big heatmap of the selected node
/// (for multi-class output, the softmax of the output logits in class colours) and a 10×10 thumbnail
/// per candidate feature and hidden node, in one buffer whose sections <see cref="Key"/> names. Runs
/// on the page's thread, or in the grid worker from a <see cref="Describe"/>d structure and the parameters.
/// </summary>
internal sealed class FramePixels
{
    /// <summary>The canvas name of the big output heatmap.</summary>
    public const string MainCanvas = "main";

    private readonly FastGrid _grid = new();
    private readonly FastSoftmax _softmax = new();
    private byte[] _pixels = [];
    private string[] _ids = [];

    // What each thumbnail canvas after the first (main) shows: a candidate feature, or else node k.
    private (InputFeature? Feature, int Node)[] _sources = [];
    private Network? _network;
    private IReadOnlyList<InputFeature> _candidates = [];

    // The worker's network, rebuilt when the structure changes; its parameters are copied per frame.
    private string? _structure;
    private Network? _workerNetwork;
    private IReadOnlyList<InputFeature> _workerInputs = [];
    private IReadOnlyList<InputFeature> _workerCandidates = [];

    /// <summary>The canvases the sections of <see cref="Fill"/>'s buffer go to, comma-separated, after <see cref="Prepare"/>.</summary>
    public string Key { get; private set; } = string.Empty;

    /// <summary><see cref="Describe"/> of the prepared network and candidates.</summary>
    public string Structure { get; private set; } = string.Empty;

    /// <summary>The canvas name of a node's thumbnail.</summary>
    public static string NodeCanvas(string nodeId) => "node-" + nodeId;

    /// <summary>
    /// What the grid worker needs to rebuild <paramref name="network"/> for drawing: input keys,
    /// hidden sizes, output count, activations and candidate feature keys.
    /// </summary>
    public static string Describe(Network network, IReadOnlyList<InputFeature> candidates) =>
        string.Join(';',
            string.Join(',', network.InputIds),
            string.Join(',', network.LayerSizes.Skip(1).SkipLast(1).Select(n => n.ToString(CultureInfo.InvariantCulture))),
            network.OutputCount.ToString(CultureInfo.InvariantCulture),
            ((int)network.Activation).ToString(CultureInfo.InvariantCulture),
            ((int)network.OutputActivation).ToString(CultureInfo.InvariantCulture),
            string.Join(',', candidates.Select(f => f.Key)));

    /// <summary>Names the canvases for <paramref name="network"/> and <paramref name="candidates"/> (cheap when unchanged).</summary>
    public void Prepare(Network network, IReadOnlyList<InputFeature> candidates)
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
        Key = string.Join(",", _ids.Select((id, k) => k == 0 ? id : NodeCanvas(id)));
        Structure = Describe(network, candidates);
        // Pinned: the grid worker's page reads the pixels at their address.
        _pixels = GC.AllocateArray<byte>(HeatmapImage.ImageByteCount + (_sources.Length * HeatmapImage.ThumbnailByteCount), pinned: true);
    }

    /// <summary>Evaluates the grids and fills the frame's pixels.</summary>
    /// <param name="network">The network to draw.</param>
    /// <param name="inputs">Its input features, in order.</param>
    /// <param name="candidates">The features shown in the features column.</param>
    /// <param name="selectedNodeId">The hovered node's id, or null for the output node.</param>
    /// <param name="discretize">Whether the heatmaps show two colours only.</param>
    public Span<byte> Fill(Network network, IReadOnlyList<InputFeature> inputs, IReadOnlyList<InputFeature> candidates, string? selectedNodeId, bool discretize)
    {
        _grid.Evaluate(network, inputs);
        Prepare(network, candidates);
        var main = _pixels.AsSpan(0, HeatmapImage.ImageByteCount);
        if (selectedNodeId is null)
        {
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

        return _pixels;
    }

    /// <summary>
    /// The worker's side of <see cref="Fill"/>: the network described by <paramref name="structure"/>
    /// (<see cref="Describe"/>) with these weights (flat link order) and biases.
    /// </summary>
    public Span<byte> FillFrom(string structure, ReadOnlySpan<double> weights, ReadOnlySpan<double> biases, string? selectedNodeId, bool discretize)
    {
        if (structure != _structure || _workerNetwork is null)
        {
            var parts = structure.Split(';');
            var inputs = Keys(parts[0]);
            var hidden = Keys(parts[1]).Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
            _workerInputs = [.. inputs.Select(k => InputFeatures.Find(k)!)];
            _workerCandidates = [.. Keys(parts[5]).Select(k => InputFeatures.Find(k)!)];
            _workerNetwork = Network.Build(
                inputs,
                hidden,
                (ActivationKind)int.Parse(parts[3], CultureInfo.InvariantCulture),
                (ActivationKind)int.Parse(parts[4], CultureInfo.InvariantCulture),
                RegularizationKind.None,
                initZero: true,
                new SeededRandom("grid"),
                int.Parse(parts[2], CultureInfo.InvariantCulture));
            _structure = structure;
        }

        var network = _workerNetwork;
        for (var k = 0; k < weights.Length && k < network.LinkCount; k++)
        {
            network.SetWeight(k, weights[k]);
        }

        biases[..Math.Min(biases.Length, network.Biases.Length)].CopyTo(network.Biases);
        return Fill(network, _workerInputs, _workerCandidates, selectedNodeId, discretize);
    }

    private static string[] Keys(string list) => list.Length == 0 ? [] : list.Split(',');

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
}
