using NeuralPlayground.Core.Rendering;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// The output column's metrics (spec §9.4, §11.8): the test and training loss readouts and the
/// small line chart of both losses (training <c>#777</c>, test black, 1.5 px), one point per
/// epoch since the last rebuild. The readouts re-render after every epoch, apart from the rest of
/// the output column; the lines are drawn by the page from the frame's numbers
/// (<see cref="Session.PlaygroundSession.InvalidateLossChart"/>), not re-rendered as markup. The Test loss stays visible when <c>percTrainData_hide</c> is set (fix #20),
/// and an empty set shows "—" (fix #27), as does a diverged loss (issue 4).
/// </summary>
public sealed partial class LossChart
{
    /// <summary>The chart's SVG width in px: half the 275 px output column, as the browser rounds it.</summary>
    public const int Width = 138;

    /// <summary>The chart's SVG height in px.</summary>
    public const int Height = 55;

    /// <summary>
    /// Most points drawn. Longer runs are thinned evenly (<see cref="Thin"/>), keeping the first and
    /// the last point: 136 px cannot show more, and a path over every epoch of a long run would grow by
    /// tens of kilobytes a minute and be rewritten every frame.
    /// </summary>
    public const int MaxDrawnPoints = 500;

    /// <inheritdoc/>
    protected override bool RendersOnTraining => true;

    // A loss that is NaN or infinite shows "—", never "NaN" in grey: the divergence banner explains it.
    private static string Shown(double? loss) => Formatting.Loss(loss is { } v && double.IsFinite(v) ? v : null);

    /// <inheritdoc/>
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            // New markup has empty lines: have them drawn at the next frame.
            Playground.InvalidateLossChart();
        }
    }

    /// <summary>
    /// At most <paramref name="max"/> points of <paramref name="points"/>: every s-th from the first,
    /// with s the smallest power of two that leaves room, then the last one; all of them when
    /// n ≤ max. Between two doublings of s the same points are kept, so a growing run's line does not
    /// flicker from frame to frame.
    /// </summary>
    public static IReadOnlyList<LossPoint> Thin(IReadOnlyList<LossPoint> points, int max)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        if (points.Count <= max)
        {
            return points;
        }

        var stride = 1;
        while (((points.Count - 2) / stride) + 2 > max)
        {
            stride *= 2;
        }

        var thinned = new List<LossPoint>(max);
        for (var i = 0; i < points.Count - 1; i += stride)
        {
            thinned.Add(points[i]);
        }

        thinned.Add(points[^1]);
        return thinned;
    }
}
