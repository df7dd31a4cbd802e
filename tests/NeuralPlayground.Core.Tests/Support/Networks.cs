using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Randomness;

namespace NeuralPlayground.Core.Tests.Support;

/// <summary>Small hand-built networks and data for gradient checks.</summary>
public static class Networks
{
    /// <summary>2 inputs → 3 → 2 → 1, weights from a fixed seed, biases spread around 0.1.</summary>
    public static Network Small(ActivationKind activation, ActivationKind output, RegularizationKind regularization = RegularizationKind.None)
    {
        var random = new SeededRandom("gradient-check");
        var network = Network.Build(["x", "y"], [3, 2], activation, output, regularization, initZero: false, random);
        for (var k = 0; k < network.Biases.Length; k++)
        {
            network.Biases[k] = random.NextDouble() - 0.5;
        }

        return network;
    }

    /// <summary>Five fixed points: inputs in [−2, 2], labels in [−1, 1].</summary>
    public static (double[] Input, double Label)[] Batch()
    {
        var random = new SeededRandom("batch");
        return [.. Enumerable.Range(0, 5).Select(_ => (new[] { (random.NextDouble() * 4) - 2, (random.NextDouble() * 4) - 2 }, (random.NextDouble() * 2) - 1))];
    }

    /// <summary>Σ ½(out − label)² over the batch.</summary>
    public static double SquareError(Network network, (double[] Input, double Label)[] batch)
    {
        double sum = 0;
        foreach (var (input, label) in batch)
        {
            var d = network.Forward(input) - label;
            sum += 0.5 * d * d;
        }

        return sum;
    }

    /// <summary>
    /// (E(p + h) − E(p − h)) / 2h of the batch's square error for the parameter read by
    /// <paramref name="get"/> and written by <paramref name="set"/>, which is restored.
    /// </summary>
    public static double CentralDifference(Network network, (double[] Input, double Label)[] batch, Func<double> get, Action<double> set, double step)
    {
        ArgumentNullException.ThrowIfNull(get);
        ArgumentNullException.ThrowIfNull(set);
        var saved = get();
        set(saved + step);
        var plus = SquareError(network, batch);
        set(saved - step);
        var minus = SquareError(network, batch);
        set(saved);
        return (plus - minus) / (2 * step);
    }
}
