using System.Globalization;
using Microsoft.AspNetCore.Components;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Core.Training;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// A compact confusion matrix (ours, issue 4): one row per actual class, one column per predicted
/// class, each headed by its colour — the original's orange <c>#f59322</c> for −1 and blue
/// <c>#0877bd</c> for +1, or <see cref="ClassPalette"/> for multi-class. A cell is shaded by its
/// share of its row, so a good classifier shows a dark diagonal whatever the class sizes.
/// </summary>
public sealed partial class ConfusionMatrix
{
    /// <summary>The original's colour of class −1 (index 0 of a two-class matrix).</summary>
    public const string NegativeHex = "#f59322";

    /// <summary>The original's colour of class +1 (index 1 of a two-class matrix).</summary>
    public const string PositiveHex = "#0877bd";

    /// <summary>The set's metrics; <see cref="SetMetrics.Classes"/> gives the size.</summary>
    [Parameter, EditorRequired]
    public SetMetrics Metrics { get; set; } = default!;

    /// <summary>The set's name in the caption: <c>test</c> or <c>training</c>.</summary>
    [Parameter, EditorRequired]
    public string Set { get; set; } = "test";

    private string Caption => $"{char.ToUpperInvariant(Set[0])}{Set[1..]} data, {Metrics.Count.ToString(CultureInfo.InvariantCulture)} points: rows actual, columns predicted";

    private bool IsTwoClass => Metrics.Classes == 2;

    /// <summary>
    /// A cell's inline style: navy <c>#183D4E</c> at an opacity of 0.85 × count / row total (none for an
    /// empty row), with white figures once the shade passes half.
    /// </summary>
    public static string CellStyle(int count, int rowTotal)
    {
        var share = rowTotal > 0 ? (double)count / rowTotal : 0;
        var alpha = Math.Round(0.85 * share, 3).ToString(CultureInfo.InvariantCulture);
        return $"background:rgba(24,61,78,{alpha});color:{(share > 0.5 ? "#fff" : "#333")}";
    }

    private int RowTotal(int actual)
    {
        var total = 0;
        for (var predicted = 0; predicted < Metrics.Classes; predicted++)
        {
            total += Metrics.ConfusionCount(actual, predicted);
        }

        return total;
    }

    private string Color(int c) => IsTwoClass ? (c == 0 ? NegativeHex : PositiveHex) : ClassPalette.Hex[c];

    private string Label(int c) => IsTwoClass ? (c == 0 ? "−1" : "+1") : c.ToString(CultureInfo.InvariantCulture);

    private string ClassTitle(int c) => IsTwoClass ? (c == 0 ? "class −1 (orange)" : "class +1 (blue)") : $"class {Label(c)}";
}
