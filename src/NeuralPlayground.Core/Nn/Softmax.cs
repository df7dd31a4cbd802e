using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Nn;

/// <summary>The softmax of a multi-class output and its cross-entropy, computed stably (max subtracted) with JavaScript-exact exp and log.</summary>
public static class Softmax
{
    /// <summary>values[i] = exp(zᵢ − max) / Σ exp(z − max), in place. A NaN logit makes every value NaN.</summary>
    public static void Apply(Span<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var z in values)
        {
            max = z > max || double.IsNaN(z) ? z : max;
        }

        double sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = JsMath.Exp(values[i] - max);
            sum += values[i];
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= sum;
        }
    }

    /// <summary>−ln softmax(z)[label] = logsumexp(z) − z[label], for logits <paramref name="logits"/>.</summary>
    public static double CrossEntropy(ReadOnlySpan<double> logits, int label)
    {
        var max = double.NegativeInfinity;
        foreach (var z in logits)
        {
            max = z > max || double.IsNaN(z) ? z : max;
        }

        double sum = 0;
        foreach (var z in logits)
        {
            sum += JsMath.Exp(z - max);
        }

        return max + JsMath.Log(sum) - logits[label];
    }

    /// <summary>The index of the largest value (the first on ties); 0 when all are NaN.</summary>
    public static int ArgMax(ReadOnlySpan<double> values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best] || double.IsNaN(values[best]))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>The class id of a multi-class label, clamped into [0, classes).</summary>
    public static int ClassOf(double label, int classes) => label >= 0 && label < classes ? (int)label : (label >= classes ? classes - 1 : 0);
}
