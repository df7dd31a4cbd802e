using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Randomness;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Sessions;

/// <summary>
/// The Custom dataset (ours, issue 5): the user's own points, painted or imported, in
/// <see cref="PlaygroundState.CustomData"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Split: the points are shuffled by a stream of their own, seeded with <c>&lt;seed&gt;/data</c>,
/// and split at ⌊N·percTrainData/100⌋ (<see cref="DataSplit.FromPoints"/>). The main stream draws
/// nothing for them, so the network a URL reproduces (<c>seed</c>, <c>weightSkip</c>) does not
/// depend on the points, and the same points, seed and ratio always give the same split.</item>
/// <item>Painting (<see cref="AddPoints"/>, <see cref="ErasePoints"/>, <see cref="ClearPoints"/>) keeps
/// the seed, the network and the epoch: training goes on. The points are re-split with the same
/// seed and the losses recomputed.</item>
/// <item>Choosing Custom (<see cref="SelectCustomDataset"/>) or importing a file
/// (<see cref="ImportPoints"/>) is choosing a dataset: a new seed from the stream, a new split and
/// a new network at epoch 0. Regenerate and the noise and ratio sliders keep their rules (a new
/// seed, so a new shuffle of the same points).</item>
/// <item>Choosing a generated dataset or another problem type drops the points (undo brings them back).
/// Multi-class points whose class id is not below <c>classes</c> sit out until <c>classes</c> grows.</item>
/// </list>
/// </remarks>
public sealed partial class Session
{
    /// <summary>Appended to the seed to seed the stream that shuffles custom points.</summary>
    public const string CustomDataStreamSuffix = "/data";

    /// <summary>
    /// The page-load sequence of <see cref="Load(string?, Func{string})"/>, with <paramref name="data"/>
    /// (a file read by <see cref="CustomDataParser"/>) as the Custom dataset: its problem type and
    /// class count replace the URL's, and the URL's seed shuffles it.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="data"/> has errors.</exception>
    public static Session Load(string? url, Func<string> newSeed, CustomDataParseResult data)
    {
        ArgumentNullException.ThrowIfNull(newSeed);
        ArgumentNullException.ThrowIfNull(data);
        if (!data.Succeeded)
        {
            throw new ArgumentException("The file has errors; show them instead of loading.", nameof(data));
        }

        var parsed = UrlState.Parse(url);
        var state = parsed.State.Seed is null ? parsed.State with { Seed = newSeed() } : parsed.State;
        return new Session(WithImport(state, data), parsed.Warnings);
    }

    /// <summary>
    /// The Custom thumbnail: switches to the user's points, starting empty, or with the current
    /// train and test points (quantized) when <paramref name="fromCurrentData"/>; new seed and network.
    /// Does nothing when Custom is already in use.
    /// </summary>
    public void SelectCustomDataset(bool fromCurrentData = false)
    {
        if (State.UsesCustomData)
        {
            return;
        }

        State = State with { CustomData = fromCurrentData ? [.. Data.Train.Concat(Data.Test).Select(Quantize)] : [] };
        NewDataAndNetwork();
    }

    /// <summary>
    /// One paint stroke: adds <paramref name="points"/> (labels of the current problem type), quantized,
    /// up to 20,000 points in all. Switches to Custom first if needed. Keeps the network and the epoch.
    /// </summary>
    /// <exception cref="ArgumentException">A point is not finite.</exception>
    public void AddPoints(IEnumerable<Example2D> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var added = points.Select(Quantize).ToArray();
        if (added.Length == 0)
        {
            return;
        }

        SelectCustomDataset();
        var current = State.CustomData!.Value;
        var room = Math.Max(0, CustomData.MaxImportPoints - current.Count);
        if (room > 0)
        {
            SetCustomPoints([.. current, .. added.Take(room)]);
        }
    }

    /// <summary>
    /// The eraser: removes the custom points within <paramref name="radius"/> of (<paramref name="x"/>,
    /// <paramref name="y"/>) and returns how many; keeps the network and the epoch.
    /// </summary>
    public int ErasePoints(double x, double y, double radius)
    {
        if (State.CustomData is not { } points)
        {
            return 0;
        }

        var r2 = radius * radius;
        Example2D[] kept = [.. points.Where(p => ((p.X - x) * (p.X - x)) + ((p.Y - y) * (p.Y - y)) > r2)];
        if (kept.Length < points.Count)
        {
            SetCustomPoints([.. kept]);
        }

        return points.Count - kept.Length;
    }

    /// <summary>The Clear button: removes every custom point (Custom stays chosen); keeps the network and the epoch.</summary>
    public void ClearPoints()
    {
        if (State.CustomData is { Count: > 0 })
        {
            SetCustomPoints([]);
        }
    }

    /// <summary>
    /// Replaces the data with an imported file's points, taking the problem type (and class count)
    /// they imply: a new seed, split and network, and new thumbnails when the type changed. A result
    /// with errors changes nothing and returns false.
    /// </summary>
    public bool ImportPoints(CustomDataParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            return false;
        }

        var before = State;
        State = WithImport(State, result);
        NewData();
        if (State.Problem != before.Problem || State.OutputCount != before.OutputCount)
        {
            (Thumbnails, MulticlassThumbnails) = MakeThumbnails(State, _random);
        }

        Reset();
        return true;
    }

    private static PlaygroundState WithImport(PlaygroundState state, CustomDataParseResult result) =>
        state with { Problem = result.Problem, Classes = result.Classes ?? state.Classes, CustomData = result.Points };

    private Example2D Quantize(Example2D point) => CustomData.Quantize(point, State.Problem, State.Classes);

    private void SetCustomPoints(EquatableArray<Example2D> points)
    {
        State = State with { CustomData = points };
        Data = SplitCustomData();
        _train = FeatureMatrix.Create(Data.Train, Inputs);
        _test = FeatureMatrix.Create(Data.Test, Inputs);
        UpdateLosses();
    }

    private DataSplit SplitCustomData()
    {
        Example2D[] points = [.. State.CustomData!.Value.Where(p => CustomData.Fits(p, State.Problem, State.Classes))];
        return DataSplit.FromPoints(points, State.PercTrainData, new SeededRandom(State.Seed + CustomDataStreamSuffix));
    }
}
