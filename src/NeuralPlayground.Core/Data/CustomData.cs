namespace NeuralPlayground.Core.Data;

/// <summary>
/// A user's own points (issue 5): the grid they live on, and the rules that put painted or
/// imported points on it. Points are quantized on entry, so the URL encoding
/// (<see cref="Encode"/>, <see cref="TryDecode"/>) carries them without loss.
/// </summary>
/// <remarks>
/// Coordinates lie in [−6, 6] in steps of 0.004: level q = 0…3000 ↦ (q − 1500)/250, so every
/// coordinate is a short decimal (1, −2.5, 0.004) and whole numbers stay whole. Labels:
/// classification ±1; multi-class the class id 0…5; regression a value in [−1, 1] in steps of 0.01,
/// level q = 0…200 ↦ (q − 100)/100.
/// </remarks>
public static partial class CustomData
{
    /// <summary>Half the plot's width: coordinates lie in [−6, 6].</summary>
    public const double Extent = 6;

    /// <summary>Most points a URL carries (<c>data=</c>); a larger set is kept in the state but left out of the URL.</summary>
    public const int MaxUrlPoints = 500;

    /// <summary>Most points a file may hold.</summary>
    public const int MaxImportPoints = 20_000;

    /// <summary>Coordinate levels per unit: the step is 1/250 = 0.004.</summary>
    public const int CoordinateLevelsPerUnit = 250;

    /// <summary>Regression label levels per unit: the step is 1/100 = 0.01.</summary>
    public const int LabelLevelsPerUnit = 100;

    /// <summary>The highest coordinate level, 3000 (the coordinate 6).</summary>
    public const int MaxCoordinateLevel = 2 * (int)Extent * CoordinateLevelsPerUnit;

    /// <summary>The highest regression label level, 200 (the label 1).</summary>
    public const int MaxLabelLevel = 2 * LabelLevelsPerUnit;

    /// <summary>The coordinate level of <paramref name="value"/>: round(v·250) + 1500, clamped to 0…3000.</summary>
    public static int CoordinateLevel(double value) => Level(value, CoordinateLevelsPerUnit, MaxCoordinateLevel);

    /// <summary>The coordinate of level <paramref name="level"/> (0…3000): (q − 1500)/250.</summary>
    public static double Coordinate(int level) => (level - (MaxCoordinateLevel / 2)) / (double)CoordinateLevelsPerUnit;

    /// <summary>The regression label level of <paramref name="value"/>: round(v·100) + 100, clamped to 0…200.</summary>
    public static int LabelLevel(double value) => Level(value, LabelLevelsPerUnit, MaxLabelLevel);

    /// <summary>The regression label of level <paramref name="level"/> (0…200): (q − 100)/100.</summary>
    public static double Label(int level) => (level - LabelLevelsPerUnit) / (double)LabelLevelsPerUnit;

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

    private static int Level(double value, int perUnit, int max) =>
        (int)Math.Clamp(Math.Round(value * perUnit, MidpointRounding.AwayFromZero), -max / 2, max / 2) + (max / 2);

    /// <summary>True when <paramref name="point"/> may train a network of this problem type (a class id below <paramref name="classes"/>).</summary>
    public static bool Fits(Example2D point, ProblemKind problem, int classes) =>
        problem != ProblemKind.Multiclass || point.Label < classes;
}
