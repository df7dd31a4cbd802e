using System.Runtime.InteropServices;

namespace NeuralPlayground.Core.Nn;

/// <summary>Deep copies of the network, for undo (ours, issue 5).</summary>
public sealed partial class Network
{
    /// <summary>
    /// An independent copy of everything that decides what the network computes and how it trains
    /// on: weights (both orders), biases, dead links, the accumulated gradients and their count (a
    /// partial last batch carries into the next epoch), the last forward and backward values, the
    /// optimizer's velocities or moments, step count and β powers, and the dropout rate with its
    /// mask stream at its current position. Training the copy gives the same bits as training this
    /// network. Scratch buffers are not copied; the layer sizes and input ids (never written) are shared.
    /// </summary>
    public Network Clone()
    {
        var copy = new Network(_sizes, InputIds, Activation, OutputActivation, Regularization);
        _weights.CopyTo(copy._weights, 0);
        _weightsBySource.CopyTo(copy._weightsBySource, 0);
        Biases.CopyTo(copy.Biases, 0);
        IsDead.CopyTo(copy.IsDead, 0);
        AccErrorDer.CopyTo(copy.AccErrorDer, 0);
        AccInputDer.CopyTo(copy.AccInputDer, 0);
        TotalInput.CopyTo(copy.TotalInput, 0);
        NodeOutput.CopyTo(copy.NodeOutput, 0);
        InputDer.CopyTo(copy.InputDer, 0);
        OutputDer.CopyTo(copy.OutputDer, 0);
        copy._numAccumulated = _numAccumulated;
        copy.Optimizer = Optimizer;
        copy.Momentum = Momentum;
        copy.OptimizerSteps = OptimizerSteps;
        copy._moment1 = [.. _moment1];
        copy._moment2 = [.. _moment2];
        copy._beta1Power = _beta1Power;
        copy._beta2Power = _beta2Power;
        copy.DropoutRate = DropoutRate;
        copy._dropoutScale = _dropoutScale;
        copy._dropoutRandom = _dropoutRandom?.Clone();
        return copy;
    }

    /// <summary>
    /// True when <paramref name="other"/> has the same shape and the same bits in every weight, bias,
    /// dead flag and accumulator, and the same accumulated count and optimizer step count.
    /// </summary>
    internal bool HasSameParameters(Network other) =>
        _sizes.AsSpan().SequenceEqual(other._sizes)
        && SameBits(_weights, other._weights)
        && SameBits(Biases, other.Biases)
        && IsDead.AsSpan().SequenceEqual(other.IsDead)
        && SameBits(AccErrorDer, other.AccErrorDer)
        && SameBits(AccInputDer, other.AccInputDer)
        && _numAccumulated == other._numAccumulated
        && OptimizerSteps == other.OptimizerSteps;

    private static bool SameBits(double[] a, double[] b) =>
        MemoryMarshal.AsBytes(a.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(b.AsSpan()));
}
