namespace NeuralPlayground.Core.Data;

/// <summary>
/// How an imported file's values were brought onto the plot: each coordinate maps as
/// x′ = (x − <see cref="CenterX"/>)·<see cref="Factor"/> (one factor for both axes, so the aspect
/// ratio is kept), and a regression label as y′ = y·<see cref="LabelFactor"/>. The ranges are the
/// file's own, for the page to show.
/// </summary>
/// <param name="XMin">Smallest x in the file.</param>
/// <param name="XMax">Largest x in the file.</param>
/// <param name="YMin">Smallest y in the file.</param>
/// <param name="YMax">Largest y in the file.</param>
/// <param name="LabelMin">Smallest label in the file.</param>
/// <param name="LabelMax">Largest label in the file.</param>
/// <param name="CenterX">The x mapped to 0: the middle of the x range, or 0 when the data is kept as is.</param>
/// <param name="CenterY">The y mapped to 0: the middle of the y range, or 0 when the data is kept as is.</param>
/// <param name="Factor">The coordinate scale: 12 / max(x range, y range), or 1 when the data is kept as is.</param>
/// <param name="LabelFactor">The regression label scale: 1 / max|label| when that is above 1, else 1.</param>
public sealed record CustomDataScale(
    double XMin,
    double XMax,
    double YMin,
    double YMax,
    double LabelMin,
    double LabelMax,
    double CenterX,
    double CenterY,
    double Factor,
    double LabelFactor)
{
    /// <summary>True when neither coordinates nor labels were changed (beyond quantization).</summary>
    public bool IsIdentity => Factor == 1 && CenterX == 0 && CenterY == 0 && LabelFactor == 1;
}
