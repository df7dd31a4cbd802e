using System.Globalization;
using NeuralPlayground.Core.Randomness;

namespace NeuralPlayground.Core.Nn;

/// <summary>
/// A fully connected feed-forward network stored as flat, layer-major arrays (spec §8).
/// Node k of the flat numbering is input nodes first, then each layer top to bottom; links are
/// numbered in the original's creation order (for each non-input node, one link from each node of
/// the previous layer), which is also the order of <see cref="Weights"/> and of the weight draws.
/// </summary>
public sealed partial class Network
{
    private readonly int[] _sizes;
    private readonly int[] _nodeStart;
    private readonly int[] _linkStart;
    private readonly double[] _weights;

    // The same weights ordered by source within each layer (layer l: [source j][dest i]), so the
    // forward pass can run over four destination nodes at once; kept in step by every write.
    private readonly double[] _weightsBySource;

    private Network(int[] layerSizes, IReadOnlyList<string> inputIds, ActivationKind activation, ActivationKind outputActivation, RegularizationKind regularization)
    {
        _sizes = layerSizes;
        LayerSizes = layerSizes;
        InputIds = inputIds;
        Activation = activation;
        OutputActivation = outputActivation;
        Regularization = regularization;
        _nodeStart = new int[layerSizes.Length + 1];
        _linkStart = new int[layerSizes.Length + 1];
        for (var l = 0; l < layerSizes.Length; l++)
        {
            _nodeStart[l + 1] = _nodeStart[l] + layerSizes[l];
            _linkStart[l + 1] = _linkStart[l] + (l == 0 ? 0 : layerSizes[l] * layerSizes[l - 1]);
        }

        var nodes = _nodeStart[^1];
        var links = _linkStart[^1];
        _weights = new double[links];
        _weightsBySource = new double[links];
        IsDead = new bool[links];
        AccErrorDer = new double[links];
        Biases = new double[nodes - layerSizes[0]];
        TotalInput = new double[nodes];
        NodeOutput = new double[nodes];
        InputDer = new double[nodes];
        OutputDer = new double[nodes];
        AccInputDer = new double[nodes];
    }

    /// <summary>Nodes per layer: inputs, each hidden layer, then the output layer (one node, or one per class).</summary>
    public IReadOnlyList<int> LayerSizes { get; }

    /// <summary>Ids of the input nodes (feature keys), top to bottom.</summary>
    public IReadOnlyList<string> InputIds { get; }

    /// <summary>Activation of the hidden nodes.</summary>
    public ActivationKind Activation { get; }

    /// <summary>Activation of the output node: tanh for classification, linear for regression (and for the logits of a softmax output).</summary>
    public ActivationKind OutputActivation { get; }

    /// <summary>Regularization applied to every link in <see cref="UpdateWeights"/>.</summary>
    public RegularizationKind Regularization { get; }

    /// <summary>Link weights in creation order (see the type's remarks); change them with <see cref="SetWeight"/>.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>Biases of the non-input nodes, layer 1 first, the output last.</summary>
    public double[] Biases { get; }

    /// <summary>Links frozen at 0 by an L1 step that crossed zero; permanent until a rebuild.</summary>
    public bool[] IsDead { get; }

    /// <summary>Number of layers, input and output included.</summary>
    public int LayerCount => _sizes.Length;

    /// <summary>Number of output nodes: 1, or the class count of a softmax output.</summary>
    public int OutputCount => _sizes[^1];

    /// <summary>True when the outputs are a softmax over the classes (more than one output node).</summary>
    public bool IsSoftmax => _sizes[^1] > 1;

    /// <summary>Number of input nodes.</summary>
    public int InputCount => _sizes[0];

    /// <summary>Number of links.</summary>
    public int LinkCount => _weights.Length;

    /// <summary>Number of nodes, inputs included.</summary>
    public int NodeCount => TotalInput.Length;

    /// <summary>
    /// Builds the network [inputs] + hidden + [outputs] and draws one weight per link, r − 0.5, in
    /// creation order; biases start at 0.1. With <paramref name="initZero"/> the draws still happen,
    /// then weights and biases are 0. With more than one output (multi-class, ours) the outputs are
    /// a softmax over linear logits, trained with cross-entropy; <paramref name="outputActivation"/>
    /// is then ignored.
    /// </summary>
    public static Network Build(IReadOnlyList<string> inputIds, IReadOnlyList<int> hiddenSizes, ActivationKind activation, ActivationKind outputActivation, RegularizationKind regularization, bool initZero, SeededRandom random, int outputCount = 1)
    {
        ArgumentNullException.ThrowIfNull(inputIds);
        ArgumentNullException.ThrowIfNull(hiddenSizes);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(outputCount, 1);
        int[] sizes = [inputIds.Count, .. hiddenSizes, outputCount];
        if (sizes.Any(s => s < 0))
        {
            throw new ArgumentException("Layer sizes must not be negative.", nameof(hiddenSizes));
        }

        var network = new Network(sizes, [.. inputIds], activation, outputCount > 1 ? ActivationKind.Linear : outputActivation, regularization);
        for (var k = 0; k < network.LinkCount; k++)
        {
            var w = random.NextDouble() - 0.5;
            network.SetWeight(k, initZero ? 0 : w);
        }

        Array.Fill(network.Biases, initZero ? 0 : 0.1);
        return network;
    }

    /// <summary>Sets the weight of link <paramref name="k"/> (creation order). A dead link stays dead.</summary>
    public void SetWeight(int k, double value)
    {
        _weights[k] = value;
        var layer = LayerOfLink(k);
        var fanIn = _sizes[layer - 1];
        var offset = k - _linkStart[layer];
        _weightsBySource[_linkStart[layer] + ((offset % fanIn) * _sizes[layer]) + (offset / fanIn)] = value;
    }

    /// <summary>True when every weight and bias is a finite number.</summary>
    public bool AreParametersFinite()
    {
        // x − x is 0 for a finite x and NaN otherwise; one sum tells all (no call per element).
        double sum = 0;
        foreach (var w in _weights)
        {
            sum += w - w;
        }

        foreach (var b in Biases)
        {
            sum += b - b;
        }

        return sum == 0;
    }

    /// <summary>Nodes in layer <paramref name="layer"/> (<see cref="LayerSizes"/> without the interface call, for hot loops).</summary>
    internal int LayerSize(int layer) => _sizes[layer];

    /// <summary>Weight of link <paramref name="k"/> (<see cref="Weights"/> without the interface call, for hot loops).</summary>
    internal double Weight(int k) => _weights[k];

    /// <summary>Index in the flat node numbering of node <paramref name="index"/> of layer <paramref name="layer"/>.</summary>
    public int NodeIndex(int layer, int index) => _nodeStart[layer] + index;

    /// <summary>Index in <see cref="Weights"/> of the link from node <paramref name="source"/> of layer l − 1 to node <paramref name="dest"/> of layer l.</summary>
    public int LinkIndex(int layer, int dest, int source) => _linkStart[layer] + (dest * _sizes[layer - 1]) + source;

    private int LayerOfLink(int k)
    {
        var layer = 1;
        while (k >= _linkStart[layer + 1])
        {
            layer++;
        }

        return layer;
    }

    /// <summary>The original's id of a node: the feature key for inputs, else "1", "2", … in order.</summary>
    public string NodeId(int flatIndex) =>
        flatIndex < InputCount ? InputIds[flatIndex] : (flatIndex - InputCount + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Ids of the non-input nodes, in the order of <see cref="Biases"/>.</summary>
    public IReadOnlyList<string> NodeIds() => [.. Enumerable.Range(InputCount, NodeCount - InputCount).Select(NodeId)];

    /// <summary>Ids "&lt;source&gt;-&lt;dest&gt;" of the links, in the order of <see cref="Weights"/>.</summary>
    public IReadOnlyList<string> LinkIds()
    {
        var ids = new List<string>(LinkCount);
        for (var l = 1; l < LayerCount; l++)
        {
            for (var i = 0; i < LayerSizes[l]; i++)
            {
                for (var j = 0; j < LayerSizes[l - 1]; j++)
                {
                    ids.Add(NodeId(NodeIndex(l - 1, j)) + "-" + NodeId(NodeIndex(l, i)));
                }
            }
        }

        return ids;
    }
}
