using NeuralPlayground.Core.Randomness;

namespace NeuralPlayground.Core.Nn;

/// <summary>Inverted dropout of hidden units during training (ours, issue 4).</summary>
public sealed partial class Network
{
    private SeededRandom? _dropoutRandom;
    private double _dropoutScale = 1;

    // Per example of a group, laid out as Slot describes: 0 for a dropped unit, 1/(1 − rate) for a kept one.
    private double[] _groupMasks = [];

    /// <summary>The probability that a hidden unit is dropped for one training example (0 = off).</summary>
    public double DropoutRate { get; private set; }

    /// <summary>
    /// Turns dropout on for <see cref="TrainEpoch"/> (rate in (0, 1)), or off with 0. Masks are
    /// drawn from <paramref name="masks"/>, one draw per hidden unit per training example, example
    /// by example, layer by layer, top to bottom: a unit is kept when the draw is at least the
    /// rate, and a kept unit's output is scaled by 1/(1 − rate). Forward passes outside training
    /// (losses, heatmaps) use the whole network.
    /// </summary>
    public void SetDropout(double rate, SeededRandom? masks)
    {
        if (rate > 0 && masks is null)
        {
            throw new ArgumentNullException(nameof(masks), "Dropout needs a stream for its masks.");
        }

        if (!(rate >= 0 && rate < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "The dropout rate must be in [0, 1).");
        }

        DropoutRate = rate;
        _dropoutRandom = rate > 0 ? masks : null;
        _dropoutScale = 1 / (1 - rate);
    }

    // Draws the masks of examples 0…count−1 of a group, in the documented order.
    private void DrawMasks(int count)
    {
        if (_groupMasks.Length == 0)
        {
            _groupMasks = new double[MaxGroup * NodeCount];
        }

        for (var e = 0; e < count; e++)
        {
            for (var l = 1; l < _sizes.Length - 1; l++)
            {
                var at = Slot(l, MaxGroup, e);
                for (var i = 0; i < _sizes[l]; i++)
                {
                    _groupMasks[at + i] = _dropoutRandom!.NextDouble() >= DropoutRate ? _dropoutScale : 0;
                }
            }
        }
    }

    // Multiplies the outputs of hidden layer l of examples 0…count−1 by their masks.
    private void ApplyMasks(int layer, int count)
    {
        var at = Slot(layer, MaxGroup, 0);
        for (var k = at; k < at + (count * _sizes[layer]); k++)
        {
            _groupOutputs[k] *= _groupMasks[k];
        }
    }
}
