using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Features;

/// <summary>One candidate input of the network (spec §7).</summary>
/// <param name="Key">The node id and URL key, e.g. <c>xSquared</c>.</param>
/// <param name="Label">The diagram label with <c>_</c> subscripts and <c>^</c> superscripts, e.g. <c>X_1^2</c>.</param>
/// <param name="Compute">The feature's value at (x₁, x₂).</param>
/// <param name="IsEnabled">Reads the feature's flag from a state.</param>
/// <param name="WithEnabled">Returns a state with the feature's flag set.</param>
public sealed record InputFeature(
    string Key,
    string Label,
    Func<double, double, double> Compute,
    Func<PlaygroundState, bool> IsEnabled,
    Func<PlaygroundState, bool, PlaygroundState> WithEnabled);
