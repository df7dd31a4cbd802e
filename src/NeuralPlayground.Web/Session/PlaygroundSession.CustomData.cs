using NeuralPlayground.Core.Data;
using CoreSession = NeuralPlayground.Core.Sessions.Session;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// Your own data (issue 5): painting on the output heatmap, the Custom thumbnail and importing a
/// file. Each stroke, Clear, choice of Custom and import is one undoable step.
/// </summary>
/// <remarks>
/// Custom starts from the points on screen (quantized), so a stroke or the eraser on a generated
/// dataset edits what the user sees instead of wiping it; Clear on a generated dataset starts an
/// empty Custom dataset. Switching to Custom is choosing a dataset (new seed and network); strokes
/// on Custom data keep the network, the epoch and training.
/// </remarks>
public sealed partial class PlaygroundSession
{
    /// <summary>The largest file the page reads, in characters (≈ 2 MB; 20,000 points take far less).</summary>
    public const int MaxImportChars = 2 * 1024 * 1024;

    /// <summary>The current brush (class, value or eraser).</summary>
    public PaintBrush Brush { get; private set; } = PaintBrush.Default;

    /// <summary>The last file read and what came of it, for the note or the error list; null when dismissed.</summary>
    public ImportReport? LastImport { get; private set; }

    /// <summary>A swatch, the value slider or the eraser toggle.</summary>
    public void SetBrush(PaintBrush brush)
    {
        ArgumentNullException.ThrowIfNull(brush);
        if (brush != Brush)
        {
            Brush = brush;
            Changed?.Invoke();
        }
    }

    /// <summary>
    /// One paint stroke (pointer down to up): a point of the brush's label at each of
    /// <paramref name="positions"/> (data coordinates), as one step. Switches to Custom first, from the
    /// points on screen.
    /// </summary>
    public void PaintStroke(IReadOnlyList<(double X, double Y)> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        if (positions.Count == 0)
        {
            return;
        }

        var label = Brush.Label(Model.State.Problem, Model.State.Classes);
        Example2D[] points = [.. positions.Select(p => new Example2D(p.X, p.Y, label))];
        Rebuild(m =>
        {
            if (!m.State.UsesCustomData)
            {
                m.SelectCustomDataset(fromCurrentData: true);
            }

            m.AddPoints(points);
        });
    }

    /// <summary>
    /// One eraser stroke: removes the points within <paramref name="radius"/> of any of
    /// <paramref name="positions"/>, as one step. On a generated dataset it first switches to Custom
    /// from the points on screen, but only when the stroke touches one of them.
    /// </summary>
    public void EraseStroke(IReadOnlyList<(double X, double Y)> positions, double radius)
    {
        ArgumentNullException.ThrowIfNull(positions);
        Rebuild(m =>
        {
            if (!m.State.UsesCustomData)
            {
                if (!Touches(m, positions, radius))
                {
                    return;
                }

                m.SelectCustomDataset(fromCurrentData: true);
            }

            foreach (var (x, y) in positions)
            {
                m.ErasePoints(x, y, radius);
            }
        });
    }

    /// <summary>The Clear button: no points left; on a generated dataset, an empty Custom dataset.</summary>
    public void ClearPoints() => Rebuild(m =>
    {
        if (m.State.UsesCustomData)
        {
            m.ClearPoints();
        }
        else
        {
            m.SelectCustomDataset(fromCurrentData: false);
        }
    });

    /// <summary>The Custom thumbnail: the user's points, starting from the points on screen.</summary>
    public void SelectCustomDataset() => Rebuild(m => m.SelectCustomDataset(fromCurrentData: true));

    /// <summary>
    /// A file picked or dropped: its points replace the data (one step) and the problem type follows
    /// them; a file with errors, or <paramref name="text"/> null for a file too large to read, leaves
    /// everything as it was. Either way <see cref="LastImport"/> says what happened.
    /// </summary>
    /// <returns>True when the points were imported.</returns>
    public bool ImportFile(string fileName, string? text)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var result = text is null || text.Length > MaxImportChars
            ? new CustomDataParseResult([], ProblemKind.Classification, null, null, [new CustomDataError(null, "the file is larger than 2 MB")])
            : CustomDataParser.Parse(text, fileName);
        LastImport = new ImportReport(fileName, result);
        if (!result.Succeeded)
        {
            Changed?.Invoke();
            return false;
        }

        Rebuild(m => m.ImportPoints(result));
        return true;
    }

    /// <summary>Closes the import note or error list.</summary>
    public void DismissImport()
    {
        if (LastImport is not null)
        {
            LastImport = null;
            Changed?.Invoke();
        }
    }

    private static bool Touches(CoreSession model, IReadOnlyList<(double X, double Y)> positions, double radius) =>
        model.Data.Train.Concat(model.Data.Test).Any(p =>
            positions.Any(q => ((p.X - q.X) * (p.X - q.X)) + ((p.Y - q.Y) * (p.Y - q.Y)) <= radius * radius));
}
