using System.Globalization;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Sessions;

namespace NeuralPlayground.Core.Export;

/// <summary>
/// "Copy as code": self-contained source text of a function that computes the trained network's
/// output at a point (x1, x2) of the playground's plane: the input features computed from x1, x2 as
/// the playground does, weights and biases embedded as round-trip literals, the activations written
/// out, and for a multi-class network the softmax (the class probabilities). Same arithmetic order
/// as <see cref="Network.Forward"/>; only exp, log, sin and tanh come from System.Math or NumPy instead
/// of JavaScript's fdlibm, so the results agree to about 1e-15 (checked to 1e-12 in the tests).
/// </summary>
public static class CodeExport
{
    /// <summary>The name of the generated C# class unless one is given.</summary>
    public const string DefaultClassName = "PlaygroundModel";

    /// <summary>
    /// A C# file with <c>public static class <paramref name="className"/></c> whose
    /// <c>public static double Predict(double x1, double x2)</c> returns the output (tanh for
    /// classification, in [−1, 1]; linear for regression), or, for a multi-class network,
    /// <c>public static double[] Predict(double x1, double x2)</c> the class probabilities.
    /// Uses only System.Math.
    /// </summary>
    public static string CSharp(Session session, string className = DefaultClassName) => CSharp(ModelSnapshot.From(session), className);

    /// <inheritdoc cref="CSharp(Session, string)"/>
    public static string CSharp(Network network, string className = DefaultClassName) => CSharp(ModelSnapshot.From(network), className);

    /// <inheritdoc cref="CSharp(Session, string)"/>
    public static string CSharp(ModelSnapshot model, string className = DefaultClassName)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(className);
        if (!char.IsAsciiLetter(className[0]) || !className.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"'{className}' is not a plain C# identifier.", nameof(className));
        }

        return CSharpCode.Emit(model, className);
    }

    /// <summary>
    /// A Python module (needs NumPy) with <c>def predict(x1, x2)</c>: scalars give a float (or, for
    /// a multi-class network, an array of k class probabilities); arrays broadcast and give an array
    /// of their broadcast shape (multi-class: that shape plus a last axis of k probabilities).
    /// </summary>
    public static string NumPy(Session session) => NumPy(ModelSnapshot.From(session));

    /// <inheritdoc cref="NumPy(Session)"/>
    public static string NumPy(Network network) => NumPy(ModelSnapshot.From(network));

    /// <inheritdoc cref="NumPy(Session)"/>
    public static string NumPy(ModelSnapshot model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return NumPyCode.Emit(model);
    }

    /// <summary>
    /// <paramref name="value"/> as a round-trip ("R") literal that reads back as a double:
    /// <c>1.0</c> rather than <c>1</c>, <c>-0.0</c> for −0, <c>1E-05</c>; non-finite values are
    /// left to <paramref name="nonFinite"/>.
    /// </summary>
    internal static string Literal(double value, Func<double, string> nonFinite)
    {
        if (!double.IsFinite(value))
        {
            return nonFinite(value);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny(".E") < 0 ? text + ".0" : text;
    }

    /// <summary>One comment line of the model's provenance: shape, activations, epoch and hash.</summary>
    internal static IEnumerable<string> Describe(ModelSnapshot model)
    {
        var inputs = string.Join(", ", model.InputKeys.Select(FeatureFormulas.Maths));
        var hidden = string.Join(", ", model.LayerSizes.Skip(1).SkipLast(1));
        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"Neural Playground model: inputs [{inputs}] -> hidden [{hidden}] ({Activations.Name(model.Activation)}) -> {model.LayerSizes[^1]} output(s) ({ModelJson.OutputName(model)}).");
        if (model.Epoch is { } epoch)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"Trained for {epoch} epochs.");
        }

        if (model.Hash is { } hash)
        {
            // A URL hash is percent-encoded, but a line break would still end the comment.
            yield return "#" + hash.ReplaceLineEndings(" ");
        }

        yield return "x1, x2: a point of the playground's plane (both axes run from -6 to 6).";
    }
}
