using Microsoft.AspNetCore.Components;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// The top controls bar (spec §1, §10): Reset, Run/Pause, Step, the epoch counter and the five
/// dropdowns with the original's option lists (plus our activations and Multi-class, issue 4),
/// then a second row of our <see cref="TrainingControls"/>. A state value outside a list (say
/// <c>learningRate=0.05</c> from a link) leaves its dropdown blank, as in the original, and keeps
/// working. Each control is left out when its <c>_hide</c> flag is set. It re-renders on changes
/// only; the <see cref="EpochCounter"/> follows every epoch itself.
/// </summary>
public sealed partial class TopBar
{
    /// <summary>The learning-rate options, as the original lists them.</summary>
    private static readonly string[] LearningRates =
        ["0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"];

    /// <summary>The regularization-rate options, as the original lists them.</summary>
    private static readonly string[] RegularizationRates =
        ["0", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"];

    // Material icons (24 × 24): replay, play_arrow, pause, skip_next.
    private const string ReplayIcon = "M12 5V1L7 6l5 5V7c3.31 0 6 2.69 6 6s-2.69 6-6 6-6-2.69-6-6H4c0 4.42 3.58 8 8 8s8-3.58 8-8-3.58-8-8-8z";
    private const string PlayIcon = "M8 5v14l11-7z";
    private const string PauseIcon = "M6 19h4V5H6v14zm8-14v14h4V5h-4z";
    private const string StepIcon = "M6 18l8.5-6L6 6v12zM16 6v12h2V6h-2z";

    private static readonly (string Value, string Label, ActivationKind Kind)[] Activations =
    [
        ("relu", "ReLU", ActivationKind.Relu),
        ("tanh", "Tanh", ActivationKind.Tanh),
        ("sigmoid", "Sigmoid", ActivationKind.Sigmoid),
        ("linear", "Linear", ActivationKind.Linear),
        ("elu", "ELU", ActivationKind.Elu),
        ("leakyrelu", "Leaky ReLU", ActivationKind.LeakyRelu),
        ("swish", "Swish", ActivationKind.Swish),
        ("gelu", "GELU", ActivationKind.Gelu),
        ("softplus", "Softplus", ActivationKind.Softplus),
        ("sine", "Sine", ActivationKind.Sine),
    ];

    private static readonly (string Value, string Label, RegularizationKind Kind)[] Regularizations =
    [
        ("none", "None", RegularizationKind.None),
        ("L1", "L1", RegularizationKind.L1),
        ("L2", "L2", RegularizationKind.L2),
    ];

    private static readonly (string Value, string Label, ProblemKind Kind)[] Problems =
    [
        ("classification", "Classification", ProblemKind.Classification),
        ("regression", "Regression", ProblemKind.Regression),
        ("multiclass", "Multi-class", ProblemKind.Multiclass),
    ];

    private PlaygroundState State => Playground.Model.State;

    private string ActivationName => Array.Find(Activations, a => a.Kind == State.Activation).Value;

    private string RegularizationName => Array.Find(Regularizations, r => r.Kind == State.Regularization).Value;

    private string ProblemName => Array.Find(Problems, p => p.Kind == State.Problem).Value;

    // The option value that stands for a number: JavaScript's String(x), as the URL writes it.
    private static string Number(double value) => JsNumber.ToString(value);

    private void OnLearningRate(ChangeEventArgs e)
    {
        if (ChangeEvents.Number(e) is { } rate)
        {
            Playground.SetLearningRate(rate);
        }
    }

    private void OnRegularizationRate(ChangeEventArgs e)
    {
        if (ChangeEvents.Number(e) is { } rate)
        {
            Playground.SetRegularizationRate(rate);
        }
    }

    private void OnActivation(ChangeEventArgs e)
    {
        foreach (var (value, _, kind) in Activations)
        {
            if (value == e.Value as string)
            {
                Playground.SetActivation(kind);
            }
        }
    }

    private void OnRegularization(ChangeEventArgs e)
    {
        foreach (var (value, _, kind) in Regularizations)
        {
            if (value == e.Value as string)
            {
                Playground.SetRegularization(kind);
            }
        }
    }

    private void OnProblem(ChangeEventArgs e)
    {
        foreach (var (value, _, kind) in Problems)
        {
            if (value == e.Value as string)
            {
                Playground.SetProblem(kind);
            }
        }
    }
}
