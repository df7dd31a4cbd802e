using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Randomness;
using NeuralPlayground.Core.Sessions;

namespace NeuralPlayground.Core.Export;

/// <summary>
/// The numbers of a trained network, arranged for export: what <see cref="ModelJson"/> writes and
/// reads, and what <see cref="CodeExport"/> turns into source code. Layer l (1 … L, where layer 0
/// is the inputs) has <c>LayerSizes[l]</c> nodes; its weights are <c>Weights[l − 1][dest][source]</c>
/// and its biases <c>Biases[l − 1][dest]</c>. The arrays are shared, not copied; equality is by reference.
/// </summary>
/// <param name="Hash">The page's URL hash without <c>#</c> (<see cref="Session.Serialize"/>); null for a bare network.</param>
/// <param name="InputKeys">The input features' keys (<c>x</c>, <c>y</c>, <c>xSquared</c>, <c>ySquared</c>, <c>xTimesY</c>, <c>sinX</c>, <c>sinY</c>), in input order.</param>
/// <param name="LayerSizes">Nodes per layer: inputs, each hidden layer, outputs.</param>
/// <param name="Activation">The hidden layers' activation.</param>
/// <param name="OutputActivation">The output nodes' activation: tanh (classification) or linear (regression, and the logits of a softmax).</param>
/// <param name="Weights">Weights[l − 1][i][j]: the link from node j of layer l − 1 to node i of layer l.</param>
/// <param name="Biases">Biases[l − 1][i]: the bias of node i of layer l.</param>
/// <param name="DeadLinks">The links frozen at 0 by L1 regularization, as indices (l − 1, i, j) into <paramref name="Weights"/>.</param>
/// <param name="Epoch">Epochs trained since the last rebuild; null when unknown.</param>
/// <param name="LossTrain">The training loss at that epoch; null when the set is empty or unknown.</param>
/// <param name="LossTest">The test loss at that epoch; null when the set is empty or unknown.</param>
public sealed record ModelSnapshot(
    string? Hash,
    IReadOnlyList<string> InputKeys,
    IReadOnlyList<int> LayerSizes,
    ActivationKind Activation,
    ActivationKind OutputActivation,
    double[][][] Weights,
    double[][] Biases,
    IReadOnlyList<(int Layer, int Dest, int Source)> DeadLinks,
    long? Epoch,
    double? LossTrain,
    double? LossTest)
{
    /// <summary>True when the outputs are a softmax over the classes (more than one output node): the model returns class probabilities.</summary>
    public bool IsSoftmax => LayerSizes[^1] > 1;

    /// <summary>The session's network with its URL hash, epoch and current losses.</summary>
    public static ModelSnapshot From(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return From(session.Network) with
        {
            Hash = session.Serialize(),
            Epoch = session.Epoch,
            LossTrain = session.LossTrain,
            LossTest = session.LossTest,
        };
    }

    /// <summary>A network on its own: no hash, epoch or losses.</summary>
    public static ModelSnapshot From(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var layers = network.LayerCount - 1;
        var weights = new double[layers][][];
        var biases = new double[layers][];
        var dead = new List<(int, int, int)>();
        for (var l = 1; l <= layers; l++)
        {
            var size = network.LayerSizes[l];
            var fanIn = network.LayerSizes[l - 1];
            weights[l - 1] = new double[size][];
            biases[l - 1] = new double[size];
            for (var i = 0; i < size; i++)
            {
                weights[l - 1][i] = new double[fanIn];
                biases[l - 1][i] = network.Biases[network.NodeIndex(l, i) - network.InputCount];
                for (var j = 0; j < fanIn; j++)
                {
                    var k = network.LinkIndex(l, i, j);
                    weights[l - 1][i][j] = network.Weights[k];
                    if (network.IsDead[k])
                    {
                        dead.Add((l - 1, i, j));
                    }
                }
            }
        }

        return new ModelSnapshot(
            null, [.. network.InputIds], [.. network.LayerSizes], network.Activation, network.OutputActivation, weights, biases, dead, null, null, null);
    }

    /// <summary>
    /// A network with these weights, biases and dead links, for inference (<see cref="Network.Forward"/>
    /// gives the same numbers bit for bit); no regularization, plain SGD, epoch 0.
    /// </summary>
    public Network ToNetwork()
    {
        var network = Network.Build(
            InputKeys, [.. LayerSizes.Skip(1).SkipLast(1)], Activation, OutputActivation, RegularizationKind.None, initZero: true, new SeededRandom("export"), LayerSizes[^1]);
        for (var l = 1; l < LayerSizes.Count; l++)
        {
            for (var i = 0; i < LayerSizes[l]; i++)
            {
                network.Biases[network.NodeIndex(l, i) - network.InputCount] = Biases[l - 1][i];
                for (var j = 0; j < LayerSizes[l - 1]; j++)
                {
                    network.SetWeight(network.LinkIndex(l, i, j), Weights[l - 1][i][j]);
                }
            }
        }

        foreach (var (l, i, j) in DeadLinks)
        {
            network.IsDead[network.LinkIndex(l + 1, i, j)] = true;
        }

        return network;
    }
}
