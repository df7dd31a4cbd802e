using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Nn;

/// <summary>The exact activations applied to a whole layer (or batch) at once, element by element.</summary>
internal static class LayerActivations
{
    /// <summary>outputs[k] = f(totals[k]), bit for bit <see cref="Activations.Output"/> (in place when the spans are the same).</summary>
    public static void Output(ActivationKind kind, ReadOnlySpan<double> totals, Span<double> outputs)
    {
        switch (kind)
        {
            case ActivationKind.Tanh:
                totals.CopyTo(outputs);
                JsMathVector.Tanh(outputs);
                break;
            case ActivationKind.Sigmoid:
                // 1/(1 + e^(−x)) with the same three operations per element as the scalar form.
                for (var k = 0; k < totals.Length; k++)
                {
                    outputs[k] = -totals[k];
                }

                JsMathVector.Exp(outputs);
                for (var k = 0; k < outputs.Length; k++)
                {
                    outputs[k] = 1 / (1 + outputs[k]);
                }

                break;
            default:
                for (var k = 0; k < totals.Length; k++)
                {
                    outputs[k] = Activations.Output(kind, totals[k]);
                }

                break;
        }
    }
}
