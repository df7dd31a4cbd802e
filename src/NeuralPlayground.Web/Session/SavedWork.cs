using System.Text.Json;

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
/// </summary>
internal sealed record SavedWork
{
    /// <summary>The value of <c>format</c>.</summary>
    public const string FormatName = "neural-playground-work";

    /// <summary>The value of <c>version</c> this code writes and reads; other versions are ignored.</summary>
    public const int CurrentVersion = 1;

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

    /// <summary>This work as the stored JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, SavedWorkJson.Default.SavedWork);

    /// <summary>Stored JSON back, or null when it is not valid work of this version (never throws).</summary>
    public static SavedWork? TryParse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            var work = JsonSerializer.Deserialize(json, SavedWorkJson.Default.SavedWork);
            return work is { Format: FormatName, Version: CurrentVersion, Hash: not null, Model: not null, Chart: not null, Epoch: >= 0, ChartLength: >= 0 }
                && work.Chart.All(p => p is { Length: 2 }) && (work.Points?.All(p => p is not null) ?? true)
                ? work
                : null;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
