using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Rendering;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// What a stroke on the output heatmap does (issue 5): paint points of a label, or erase. Each
/// problem type keeps its own choice, so switching types and back finds the brush as it was.
/// </summary>
/// <param name="Sign">Classification: +1 (blue) or −1 (orange).</param>
/// <param name="ClassId">Multi-class: the class id 0…5 (clamped to the current classes).</param>
/// <param name="Value">Regression: the label in [−1, 1].</param>
/// <param name="Eraser">True when strokes remove points instead.</param>
public sealed record PaintBrush(double Sign, int ClassId, double Value, bool Eraser)
{
    /// <summary>Painted points spread this far (in data units) from the pointer while dragging.</summary>
    public const double SprayRadius = 0.3;

    /// <summary>The eraser removes points this close (in data units) to its path.</summary>
    public const double EraserRadius = 0.4;

    /// <summary>Blue (+1), class 0, value +1, painting.</summary>
    public static PaintBrush Default { get; } = new(1, 0, 1, false);

    /// <summary>The label painted points get for <paramref name="problem"/> with <paramref name="classes"/> classes.</summary>
    public double Label(ProblemKind problem, int classes) => problem switch
    {
        ProblemKind.Multiclass => ClassFor(classes),
        ProblemKind.Regression => Math.Clamp(Value, -1, 1),
        _ => Sign > 0 ? 1 : -1,
    };

    /// <summary>The class painted with <paramref name="classes"/> classes: <see cref="ClassId"/>, at most the last class.</summary>
    public int ClassFor(int classes) => Math.Clamp(ClassId, 0, Math.Max(0, Math.Min(classes, ClassPalette.MaxClasses) - 1));

    /// <summary>The colour of a painted point, as the output heatmap draws points (<c>#rrggbb</c>).</summary>
    public string Fill(ProblemKind problem, int classes) =>
        problem == ProblemKind.Multiclass ? ClassPalette.Hex[ClassFor(classes)] : Colors.Shade(Label(problem, classes));
}
