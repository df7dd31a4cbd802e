namespace NeuralPlayground.Core.Export;

/// <summary>
/// Each input feature's formula in x1, x2 (the point's coordinates): in plain maths for JSON, and
/// as a C# and a NumPy expression for the code exports. Same order of operations as
/// <see cref="Features.InputFeatures"/>, so only sin differs in the last bits (System.Math and
/// NumPy instead of JavaScript's fdlibm).
/// </summary>
internal static class FeatureFormulas
{
    private static readonly Dictionary<string, (string Maths, string CSharp, string NumPy)> Table = new(StringComparer.Ordinal)
    {
        ["x"] = ("x1", "x1", "x1"),
        ["y"] = ("x2", "x2", "x2"),
        ["xSquared"] = ("x1^2", "x1 * x1", "x1 * x1"),
        ["ySquared"] = ("x2^2", "x2 * x2", "x2 * x2"),
        ["xTimesY"] = ("x1*x2", "x1 * x2", "x1 * x2"),
        ["sinX"] = ("sin(x1)", "Math.Sin(x1)", "np.sin(x1)"),
        ["sinY"] = ("sin(x2)", "Math.Sin(x2)", "np.sin(x2)"),
    };

    /// <summary>The plain formula of feature <paramref name="key"/>, e.g. <c>x1^2</c>.</summary>
    public static string Maths(string key) => Find(key).Maths;

    /// <summary>The C# expression of feature <paramref name="key"/>, e.g. <c>Math.Sin(x1)</c>.</summary>
    public static string CSharp(string key) => Find(key).CSharp;

    /// <summary>The NumPy expression of feature <paramref name="key"/>, e.g. <c>np.sin(x1)</c>.</summary>
    public static string NumPy(string key) => Find(key).NumPy;

    /// <summary>True when <paramref name="key"/> is one of the seven input features.</summary>
    public static bool IsKnown(string key) => Table.ContainsKey(key);

    private static (string Maths, string CSharp, string NumPy) Find(string key) =>
        Table.TryGetValue(key, out var formula) ? formula : throw new ArgumentException($"Unknown input feature '{key}'.", nameof(key));
}
