using NeuralPlayground.Core.Export;

namespace NeuralPlayground.Core.Sessions;

/// <summary>Resuming saved work (ours, issue 5: "nothing lost").</summary>
public sealed partial class Session
{
    /// <summary>
    /// Puts a saved network back into a session loaded from the same URL hash: the weights, biases
    /// and dead links of <paramref name="model"/>, bit for bit, and <paramref name="epoch"/>; the
    /// losses and metrics are then recomputed (so they equal the saved session's bit for bit).
    /// What a model does not hold starts afresh, as after a rebuild: the optimizer's velocities or
    /// moments and step count, gradients accumulated by a partial batch, and the dropout masks'
    /// stream (from its seed). The main seeded stream stays where the load left it. Training on
    /// from here is therefore exactly the saved run's for plain SGD when every batch is full, and
    /// close to it otherwise. <see cref="StoppedAtEpoch"/> becomes <paramref name="epoch"/> when a
    /// stop condition already holds; <see cref="DivergedAtEpoch"/> when a parameter is not finite.
    /// </summary>
    /// <param name="model">The saved network (e.g. read by <see cref="ModelJson.Read"/>).</param>
    /// <param name="epoch">Epochs trained since the last rebuild, ≥ 0.</param>
    /// <returns>False, changing nothing, when the model's inputs, layer sizes or activations are not this network's.</returns>
    public bool Resume(ModelSnapshot model, long epoch)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        if (!Fits(model))
        {
            return false;
        }

        Array.Clear(Network.IsDead);
        for (var l = 1; l < Network.LayerCount; l++)
        {
            for (var i = 0; i < Network.LayerSizes[l]; i++)
            {
                Network.Biases[Network.NodeIndex(l, i) - Network.InputCount] = model.Biases[l - 1][i];
                for (var j = 0; j < Network.LayerSizes[l - 1]; j++)
                {
                    Network.SetWeight(Network.LinkIndex(l, i, j), model.Weights[l - 1][i][j]);
                }
            }
        }

        foreach (var (l, i, j) in model.DeadLinks)
        {
            Network.IsDead[Network.LinkIndex(l + 1, i, j)] = true;
        }

        Epoch = epoch;
        DivergedAtEpoch = null;
        UpdateLosses();
        StoppedAtEpoch = IsStopReached ? epoch : null;
        return true;
    }

    // Same inputs, sizes and activations, and every array and dead link index within that shape.
    private bool Fits(ModelSnapshot model)
    {
        var sizes = Network.LayerSizes;
        if (!model.InputKeys.SequenceEqual(Network.InputIds) || !model.LayerSizes.SequenceEqual(sizes)
            || model.Activation != Network.Activation || model.OutputActivation != Network.OutputActivation
            || model.Weights.Length != sizes.Count - 1 || model.Biases.Length != sizes.Count - 1)
        {
            return false;
        }

        for (var l = 1; l < sizes.Count; l++)
        {
            if (model.Biases[l - 1].Length != sizes[l] || model.Weights[l - 1].Length != sizes[l]
                || model.Weights[l - 1].Any(row => row.Length != sizes[l - 1]))
            {
                return false;
            }
        }

        return model.DeadLinks.All(d => d.Layer >= 0 && d.Layer < sizes.Count - 1
            && d.Dest >= 0 && d.Dest < sizes[d.Layer + 1] && d.Source >= 0 && d.Source < sizes[d.Layer]);
    }
}
