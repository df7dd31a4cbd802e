using Microsoft.AspNetCore.Components;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// The top bar's second row, our additions (issue 4): the optimizer, the dropout rate and the speed
/// (epochs per frame), in the original's dropdown style. A link's value that is not an option
/// (<c>dropout=0.25</c>, <c>epochsPerFrame=3</c>) is listed too, in order, so the dropdown shows it.
/// Each control is left out when the <c>_hide</c> flag of its URL key is set.
/// </summary>
public sealed partial class TrainingControls
{
    private static readonly string[] Dropouts = ["0", "0.1", "0.2", "0.3", "0.5"];

    private static readonly string[] Speeds = ["1", "2", "5", "10", "20", "50", "100"];

    private static readonly (string Value, string Label, OptimizerKind Kind)[] Optimizers =
    [
        ("sgd", "SGD", OptimizerKind.Sgd),
        ("momentum", "Momentum", OptimizerKind.Momentum),
        ("adam", "Adam", OptimizerKind.Adam),
    ];

    private PlaygroundState State => Playground.Model.State;

    private string OptimizerName => Array.Find(Optimizers, o => o.Kind == State.Optimizer).Value;

    private IEnumerable<string> DropoutOptions => WithCurrent(Dropouts, State.Dropout);

    private IEnumerable<string> SpeedOptions => WithCurrent(Speeds, State.EpochsPerFrame);

    private static string Number(double value) => JsNumber.ToString(value);

    // The options, with the current value slotted in by size when it is not one of them.
    private static IEnumerable<string> WithCurrent(string[] options, double current)
    {
        var text = Number(current);
        return options.Contains(text) ? options : options.Append(text).OrderBy(JsNumber.Parse);
    }

    private void OnOptimizer(ChangeEventArgs e)
    {
        foreach (var (value, _, kind) in Optimizers)
        {
            if (value == e.Value as string)
            {
                Playground.SetOptimizer(kind);
            }
        }
    }

    private void OnDropout(ChangeEventArgs e)
    {
        if (ChangeEvents.Number(e) is { } rate)
        {
            Playground.SetDropout(rate);
        }
    }

    private void OnSpeed(ChangeEventArgs e)
    {
        if (ChangeEvents.Number(e) is { } epochs)
        {
            Playground.SetEpochsPerFrame((int)Math.Clamp(epochs, 1, PlaygroundState.MaxEpochsPerFrame));
        }
    }
}
