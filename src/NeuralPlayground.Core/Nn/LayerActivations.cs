using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Nn;

/// <summary>The exact activations applied to a whole layer (or batch) at once, element by element.</summary>
internal static class LayerActivations
{
    /// <summary>
    /// derivatives[k] = f′(totals[k]) given outputs[k] = f(totals[k]), bit for bit
    /// <see cref="Activations.Derivative"/>; with <paramref name="masks"/> (dropout), the outputs are
    /// masked, so f is recomputed and the derivative is mask·f′. Kept out of the backward loop: a
    /// call there (the new activations' derivatives call exp, tanh, sin…) would end the browser's
    /// compiled trace of the whole loop.
    /// </summary>
    public static void Derivatives(ActivationKind kind, ReadOnlySpan<double> totals, ReadOnlySpan<double> outputs, ReadOnlySpan<double> masks, Span<double> derivatives)
    {
        if (!masks.IsEmpty)
        {
            for (var k = 0; k < totals.Length; k++)
            {
                derivatives[k] = masks[k] * Activations.Derivative(kind, totals[k], Activations.Output(kind, totals[k]));
            }

            return;
        }

        switch (kind)
        {
            case ActivationKind.Tanh:
                for (var k = 0; k < outputs.Length; k++)
                {
                    derivatives[k] = 1 - (outputs[k] * outputs[k]);
                }

                break;
            case ActivationKind.Linear:
                derivatives[..totals.Length].Fill(1);
                break;
            default:
                for (var k = 0; k < totals.Length; k++)
                {
                    derivatives[k] = Activations.Derivative(kind, totals[k], outputs[k]);
                }

                break;
        }
    }

    /// <summary>outputs[k] = f(totals[k]), bit for bit <see cref="Activations.Output"/> (in place when the spans are the same).</summary>
    public static void Output(ActivationKind kind, ReadOnlySpan<double> totals, Span<double> outputs)
    {
        switch (kind)
        {
            case ActivationKind.Tanh:
                totals.CopyTo(outputs);
                ArrayMath.Tanh(outputs);
                break;
            case ActivationKind.Sigmoid:
                // 1/(1 + e^(−x)) with the same three operations per element as the scalar form.
                for (var k = 0; k < totals.Length; k++)
                {
                    outputs[k] = -totals[k];
                }

                ArrayMath.Exp(outputs);
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
