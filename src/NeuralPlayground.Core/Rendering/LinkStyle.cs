using System.Text;

namespace NeuralPlayground.Core.Rendering;

/// <summary>
/// The per-refresh style of a link path (spec §11.1): width from |weight|, colour from the weight,
/// and a dash offset that makes the dashes flow as epochs pass.
/// </summary>
public static class LinkStyle
{
    /// <summary>The links' constant <c>stroke-dasharray</c>, in px.</summary>
    public const string DashArray = "9 1";

    /// <summary>
    /// <c>stroke-width</c> in px: d3 linear |w| ∈ [0, 5] → [1, 10], clamped, in d3's
    /// <c>1·(1 − t) + 10·t</c> form with t = clamp01(|w|/5). NaN stays NaN (the browser ignores it and
    /// the stylesheet's 1 px applies); ±∞ gives 10.
    /// </summary>
    public static double StrokeWidth(double weight)
    {
        var t = Math.Max(0, Math.Min(1, Math.Abs(weight) / 5));
        return (1 * (1 - t)) + (10 * t);
    }

    /// <summary><c>stroke</c>: <see cref="Colors.Scale"/> of the weight.</summary>
    public static string Stroke(double weight) => Colors.Scale(weight);

    /// <summary><c>stroke-dashoffset</c> in px: −iter/3 (0 at epoch 0; −1 at epoch 3).</summary>
    public static double DashOffset(long iteration) => -iteration / 3.0;

    /// <summary>
    /// The whole inline style, e.g. <c>stroke-dashoffset:-0.333;stroke-width:1.9px;stroke:#78b1d4</c>,
    /// numbers rounded to 0.001 px (d3 writes full precision, <c>-0.3333333333333333</c>; the picture
    /// is the same and this runs for every link on every frame).
    /// </summary>
    public static string Style(double weight, long iteration)
    {
        var builder = new StringBuilder(64).Append("stroke-dashoffset:");
        SvgNumber.AppendRounded(builder, DashOffset(iteration)).Append(";stroke-width:");
        SvgNumber.AppendRounded(builder, StrokeWidth(weight)).Append("px;stroke:");
        return builder.Append(Stroke(weight)).ToString();
    }
}
