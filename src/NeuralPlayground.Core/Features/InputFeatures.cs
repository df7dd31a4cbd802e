using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Features;

/// <summary>The seven candidate inputs in the original's fixed order: x, y, x², y², xy, sin x, sin y.</summary>
public static class InputFeatures
{
    /// <summary>All candidates, in network input order (not the URL order, which puts xTimesY first).</summary>
    public static IReadOnlyList<InputFeature> All { get; } =
    [
        new("x", "X_1", (x, _) => x, s => s.X, (s, on) => s with { X = on }),
        new("y", "X_2", (_, y) => y, s => s.Y, (s, on) => s with { Y = on }),
        new("xSquared", "X_1^2", (x, _) => x * x, s => s.XSquared, (s, on) => s with { XSquared = on }),
        new("ySquared", "X_2^2", (_, y) => y * y, s => s.YSquared, (s, on) => s with { YSquared = on }),
        new("xTimesY", "X_1X_2", (x, y) => x * y, s => s.XTimesY, (s, on) => s with { XTimesY = on }),
        new("sinX", "sin(X_1)", (x, _) => JsMath.Sin(x), s => s.SinX, (s, on) => s with { SinX = on }),
        new("sinY", "sin(X_2)", (_, y) => JsMath.Sin(y), s => s.SinY, (s, on) => s with { SinY = on }),
    ];

    /// <summary>The candidates shown on the page: all but those removed with <c>&lt;key&gt;_hide=true</c>.</summary>
    public static IReadOnlyList<InputFeature> Candidates(PlaygroundState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return [.. All.Where(f => !state.IsHidden(f.Key))];
    }

    /// <summary>The network's inputs: candidates that are enabled, in input order.</summary>
    public static IReadOnlyList<InputFeature> Enabled(PlaygroundState state) =>
        [.. Candidates(state).Where(f => f.IsEnabled(state))];

    /// <summary>The feature with id <paramref name="key"/>, or null.</summary>
    public static InputFeature? Find(string key) => All.FirstOrDefault(f => f.Key == key);
}
