using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Training;

/// <summary>
/// Plain words for a run that blew up to NaN or infinity (ours, issue 4): what happened, the likely
/// cause for this configuration, and the learning rate the one-click recovery uses.
/// </summary>
/// <param name="Headline">One sentence: training stopped and why.</param>
/// <param name="Cause">The likely cause, for this configuration.</param>
/// <param name="SuggestedLearningRate">A tenth of the current learning rate.</param>
public sealed record DivergenceAdvice(string Headline, string Cause, double SuggestedLearningRate)
{
    /// <summary>Explains a divergence at <paramref name="epoch"/> under <paramref name="state"/>.</summary>
    public static DivergenceAdvice Explain(PlaygroundState state, long epoch)
    {
        ArgumentNullException.ThrowIfNull(state);
        var lr = state.LearningRate;
        var headline = epoch == 0
            ? "The network's numbers are already too large to compute (NaN or infinity), so training is paused."
            : $"Training blew up at epoch {epoch}: a weight or the loss became too large to compute (NaN or infinity), so training is paused.";
        return new DivergenceAdvice(headline, LikelyCause(state), Tenth(lr));
    }

    private static string LikelyCause(PlaygroundState state)
    {
        var lr = state.LearningRate;
        var shrink = lr * state.RegularizationRate;
        if (state.Regularization != RegularizationKind.None && shrink >= 1)
        {
            return $"The regularization rate ({Format(state.RegularizationRate)}) is too high for the learning rate ({Format(lr)}): "
                + $"each step pulls every weight toward zero by {Format(shrink)} times its size or more, so weights overshoot zero and grow. "
                + "Lower the regularization rate or the learning rate.";
        }

        var unbounded = state.Activation is not (ActivationKind.Tanh or ActivationKind.Sigmoid or ActivationKind.Sine);
        var output = state.Problem switch
        {
            ProblemKind.Regression => " and a linear output",
            _ => string.Empty,
        };
        var batch = state.BatchSize <= 1 ? " With a batch size of 1, every single example moves the weights by a full step." : string.Empty;
        var optimizer = state.Optimizer switch
        {
            OptimizerKind.Momentum => $" Momentum ({Format(state.Momentum)}) multiplies the effective step by up to {Format(Math.Round(1 / (1 - state.Momentum), 1))}.",
            _ => string.Empty,
        };
        var units = unbounded ? $"{Nn.Activations.Name(state.Activation)} units, whose outputs are not bounded{output}," : $"{Nn.Activations.Name(state.Activation)} units{output}";
        return $"The learning rate ({Format(lr)}) is too high for {units} on this data: each step overshoots, "
            + $"the error grows instead of shrinking, and the weights run off to infinity.{batch}{optimizer} Try a learning rate of {Format(Tenth(lr))}.";
    }

    // lr/10 without binary noise: 0.03/10 is 0.0030000000000000005, 0.003 is meant.
    private static double Tenth(double lr) => JsNumber.Parse(JsNumber.ToPrecision(lr / 10, 12));

    private static string Format(double value) => JsNumber.ToString(value);
}
