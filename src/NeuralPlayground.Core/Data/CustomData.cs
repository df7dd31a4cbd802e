namespace NeuralPlayground.Core.Data;

/// <summary>
/// A user's own points (issue 5): the grid they live on, and the rules that put painted or
/// imported points on it. Points are quantized on entry, so the URL encoding
/// (<see cref="Encode"/>, <see cref="TryDecode"/>) carries them without loss.
/// </summary>
/// <remarks>
/// Coordinates lie in [−6, 6] on 4095 levels, q = 0…4094 ↦ (q − 2047)·6/2047 (step 6/2047 ≈ 0.00293;
/// −6, 0 and 6 are exact). Labels: classification ±1; multi-class the class id 0…5; regression a
/// value in [−1, 1] on 255 levels, q = 0…254 ↦ (q − 127)/127 (−1, 0 and 1 exact).
/// </remarks>
public static partial class CustomData
{
    /// <summary>Half the plot's width: coordinates lie in [−6, 6].</summary>
    public const double Extent = 6;

    /// <summary>Most points a URL carries (<c>data=</c>); a larger set is kept in the state but left out of the URL.</summary>
    public const int MaxUrlPoints = 500;

    /// <summary>Most points a file may hold.</summary>
    public const int MaxImportPoints = 20_000;

    /// <summary>Coordinate levels on each side of 0: q − 2047 ∈ [−2047, 2047].</summary>
    public const int CoordinateHalfSteps = 2047;

    /// <summary>Regression label levels on each side of 0: q − 127 ∈ [−127, 127].</summary>
    public const int LabelHalfSteps = 127;

    /// <summary>The coordinate level of <paramref name="value"/>: round(v·2047/6) + 2047, clamped to 0…4094.</summary>
    public static int CoordinateLevel(double value) =>
        (int)Math.Clamp(Math.Round(value * CoordinateHalfSteps / Extent, MidpointRounding.AwayFromZero), -CoordinateHalfSteps, CoordinateHalfSteps) + CoordinateHalfSteps;

    /// <summary>The coordinate of level <paramref name="level"/> (0…4094): (q − 2047)·6/2047.</summary>
    public static double Coordinate(int level) => (level - CoordinateHalfSteps) * Extent / CoordinateHalfSteps;

    /// <summary>The regression label level of <paramref name="value"/>: round(v·127) + 127, clamped to 0…254.</summary>
    public static int LabelLevel(double value) =>
        (int)Math.Clamp(Math.Round(value * LabelHalfSteps, MidpointRounding.AwayFromZero), -LabelHalfSteps, LabelHalfSteps) + LabelHalfSteps;

    /// <summary>The regression label of level <paramref name="level"/> (0…254): (q − 127)/127.</summary>
    public static double Label(int level) => (level - LabelHalfSteps) / (double)LabelHalfSteps;

    /// <summary>
    /// Puts a point on the grid for <paramref name="problem"/>: coordinates clamped to [−6, 6] and
    /// quantized; a classification label becomes +1 when &gt; 0, else −1; a class id is rounded and
    /// clamped to 0…<paramref name="classes"/>−1; a regression value is clamped to [−1, 1] and quantized.
    /// Idempotent: a quantized point is returned unchanged.
    /// </summary>
    /// <exception cref="ArgumentException">A coordinate or the label is not finite.</exception>
    public static Example2D Quantize(Example2D point, ProblemKind problem, int classes)
    {
        if (!double.IsFinite(point.X) || !double.IsFinite(point.Y) || !double.IsFinite(point.Label))
        {
            throw new ArgumentException($"Point {point} is not finite.", nameof(point));
        }

        var label = problem switch
        {
            ProblemKind.Regression => Label(LabelLevel(point.Label)),
            ProblemKind.Multiclass => Math.Clamp(Math.Round(point.Label, MidpointRounding.AwayFromZero), 0, Math.Clamp(classes, 1, MulticlassDatasets.MaxClasses) - 1),
            _ => point.Label > 0 ? 1 : -1,
        };
        return new Example2D(Coordinate(CoordinateLevel(point.X)), Coordinate(CoordinateLevel(point.Y)), label);
    }

    /// <summary>True when <paramref name="point"/> may train a network of this problem type (a class id below <paramref name="classes"/>).</summary>
    public static bool Fits(Example2D point, ProblemKind problem, int classes) =>
        problem != ProblemKind.Multiclass || point.Label < classes;
}
