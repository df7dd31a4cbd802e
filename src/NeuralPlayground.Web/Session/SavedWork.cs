using System.Text.Json;
using System.Text.Json.Serialization;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// The work kept in the browser's storage (issue 5, "nothing lost"), one versioned JSON document
/// under one key: <c>format</c> (<see cref="FormatName"/>), <c>version</c> (<see cref="CurrentVersion"/>),
/// <c>savedAt</c> (ISO 8601, UTC), <c>hash</c> (the URL hash, <see cref="Core.Sessions.Session.Serialize"/>),
/// <c>points</c> (custom points beyond the URL's 500, as <c>data=</c> values of up to 500 points each,
/// in order; null otherwise), <c>epoch</c>, <c>playing</c> (restored paused), <c>chartLength</c> (loss
/// points since the last rebuild), <c>chart</c> (<c>[train, test]</c> pairs, thinned as the loss chart
/// draws them: <see cref="Components.LossChart.Thin"/>) and <c>model</c> (the network's
/// <see cref="Core.Export.ModelJson"/>, every bit). About 10 kB for the largest network.
/// Version 2 adds the undo history: <c>undo</c> (the steps that can be undone, oldest first) and
/// <c>redo</c> (the undone steps, farthest first), each a <see cref="SavedMoment"/> with its label,
/// at most <see cref="MaxSteps"/> of each (the nearest kept). Version 1 (no steps) is still read.
/// </summary>
internal sealed record SavedWork
{
    /// <summary>The value of <c>format</c>.</summary>
    public const string FormatName = "neural-playground-work";

    /// <summary>The value of <c>version</c> this code writes and reads; other versions are ignored.</summary>
    public const int CurrentVersion = 2;

    /// <summary>Most undo steps, and most redo steps, saved (the nearest to the current moment).</summary>
    public const int MaxSteps = 20;

    public string? Format { get; init; }

    public int Version { get; init; }

    public DateTimeOffset SavedAt { get; init; }

    public string? Hash { get; init; }

    public string[]? Points { get; init; }

    public long Epoch { get; init; }

    public bool Playing { get; init; }

    public int ChartLength { get; init; }

    public double?[][]? Chart { get; init; }

    public string? Model { get; init; }

    public SavedMoment[]? Undo { get; init; }

    public SavedMoment[]? Redo { get; init; }

    /// <summary>The current moment's fields, as one moment.</summary>
    [JsonIgnore]
    public SavedMoment Current => new()
    {
        Hash = Hash,
        Points = Points,
        Epoch = Epoch,
        ChartLength = ChartLength,
        Chart = Chart,
        Model = Model,
    };

    /// <summary>This work as the stored JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, SavedWorkJson.Default.SavedWork);

    /// <summary>
    /// Stored JSON back, or null when it is not valid work of version 1 or 2 (never throws). Steps
    /// that are not well formed drop the whole history; the current moment is kept.
    /// </summary>
    public static SavedWork? TryParse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            var work = JsonSerializer.Deserialize(json, SavedWorkJson.Default.SavedWork);
            if (work is not { Format: FormatName, Version: 1 or CurrentVersion } || !work.Current.IsWellFormed)
            {
                return null;
            }

            var steps = (work.Undo ?? []).Concat(work.Redo ?? []);
            return steps.All(s => s is { IsWellFormedStep: true }) ? work : work with { Undo = null, Redo = null };
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
