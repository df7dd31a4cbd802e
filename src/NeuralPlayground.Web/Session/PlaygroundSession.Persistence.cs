using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Export;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Core.State;
using NeuralPlayground.Web.Components;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// Nothing lost (issue 5): the current moment — URL hash, custom points beyond the URL's 500, the
/// network's parameters and epoch, the loss chart, the play state — is kept in the browser's storage
/// (<see cref="SavedWork"/>) after every change, at most every <see cref="SaveInterval"/> while
/// training, and when the page is hidden or closed. A page opened without a hash, or with the saved
/// hash, resumes it (paused); a page opened with another link loads the link and offers the saved
/// work (<see cref="OfferedWork"/>) until the user answers, saving nothing over it meanwhile.
/// The undo history is saved with it (the nearest <see cref="SavedWork.MaxSteps"/> undo and redo
/// steps, each with its chart), encoded again only when the history changes, not while training.
/// </summary>
public sealed partial class PlaygroundSession
{
    private SavedWork? _offered;
    private bool _watching;
    private bool _saving;
    private long _savedTick;
    private object? _savedState;
    private object? _savedNetwork;
    private int _savedHistory = -1;
    private int _stepsVersion = -1;
    private (SavedMoment[] Undo, SavedMoment[] Redo) _steps;
    private readonly ConditionalWeakTable<Core.Sessions.SessionSnapshot, SavedMoment> _moments = new();
    private (long Epoch, bool Playing, int Losses, double? Train, double? Test) _savedProgress;
    private EquatableArray<Example2D>? _pointsSource;
    private string[]? _pointsChunks;

    /// <summary>While training, the shortest time between two saves (2 s); changes are saved at once.</summary>
    public TimeSpan SaveInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>True while saved work from another link waits for the user's answer.</summary>
    public bool HasOfferedWork => _offered is not null;

    /// <summary>The saved work offered by the prompt; null when there is none.</summary>
    internal SavedWork? OfferedWork => _offered;

    /// <summary>"Restore it": the offered work replaces the loaded link, and is saved from then on.</summary>
    public void RestoreOfferedWork()
    {
        if (_offered is not { } work)
        {
            return;
        }

        _offered = null;
        if (!TryResume(work))
        {
            _host.ClearSavedWork();
        }

        StartSaving();
        Changed?.Invoke();
    }

    /// <summary>"Keep this link": the loaded link replaces the saved work from now on.</summary>
    public void KeepThisLink()
    {
        if (_offered is null)
        {
            return;
        }

        _offered = null;
        _saving = true;
        Save();
        Changed?.Invoke();
    }

    /// <summary>The page is being hidden or closed: saves what changed since the last save, at once.</summary>
    public void SaveNow()
    {
        if (_saving && _model is not null && !IsSaved())
        {
            Save();
        }
    }

    // Page load: resume the saved work when the URL has no hash or the saved one, else load the link
    // and offer the saved work. Storage that cannot be read or resumed is cleared.
    private void LoadOrResume(string url)
    {
        Watch();
        _saving = false;
        var saved = SavedWork.TryParse(_host.LoadSavedWork());
        if (saved is null)
        {
            _host.ClearSavedWork();
        }

        var hash = UrlStateHash(url);
        if (saved is not null && (hash.Length == 0 || IsSameLink(hash, saved.Hash!)))
        {
            if (TryResume(saved))
            {
                StartSaving();
                return;
            }

            _host.ClearSavedWork();
            saved = null;
        }

        LoadFrom(url);
        Offer(saved);
    }

    // A hash edited by hand (or a link pasted into this tab): the work before it stays on offer.
    private void LoadLink(string url)
    {
        Watch();
        SaveNow();
        var saved = _offered ?? (_saving ? SavedWork.TryParse(_host.LoadSavedWork()) : null);
        _saving = false;
        LoadFrom(url);
        Offer(saved is not null && saved.Hash != Model.Serialize() ? saved : null);
    }

    private void Offer(SavedWork? saved)
    {
        _offered = saved;
        if (saved is null)
        {
            StartSaving();
        }
        else
        {
            Changed?.Invoke();
        }
    }

    private void Watch()
    {
        if (!_watching)
        {
            _watching = true;
            Changed += () => SaveIf(throttled: false);
            Trained += () => SaveIf(throttled: IsPlaying);
        }
    }

    private void SaveIf(bool throttled)
    {
        if (_saving && _model is not null && !IsSaved()
            && (!throttled || Environment.TickCount64 - _savedTick >= SaveInterval.TotalMilliseconds))
        {
            Save();
        }
    }

    // Nothing to save until something changes: a load or resume is already in the URL or storage.
    private void StartSaving()
    {
        _saving = true;
        MarkSaved();
    }

    private void Save()
    {
        var chart = LossChart.Thin(_losses, LossChart.MaxDrawnPoints);
        var work = new SavedWork
        {
            Format = SavedWork.FormatName,
            Version = SavedWork.CurrentVersion,
            SavedAt = DateTimeOffset.UtcNow,
            Hash = Model.Serialize(),
            Points = LargePoints(),
            Epoch = Model.Epoch,
            Playing = IsPlaying,
            ChartLength = _losses.Count,
            Chart = [.. chart.Select(p => new[] { p.Train, p.Test })],
            Model = ModelJson.Write(ModelSnapshot.From(Model.Network)),
            Undo = SavedSteps().Undo,
            Redo = SavedSteps().Redo,
        };
        _host.SaveWork(work.ToJson());
        MarkSaved();
    }

    // Cheap enough to ask every frame: Core replaces the state record and the network rather than
    // changing them, and an edited weight or bias moves the losses.
    private bool IsSaved() =>
        ReferenceEquals(_savedState, Model.State) && ReferenceEquals(_savedNetwork, Model.Network) && _savedHistory == _historyVersion
        && _savedProgress == (Model.Epoch, IsPlaying, _losses.Count, Model.LossTrain, Model.LossTest);

    private void MarkSaved()
    {
        _savedTick = Environment.TickCount64;
        _savedState = Model.State;
        _savedNetwork = Model.Network;
        _savedHistory = _historyVersion;
        _savedProgress = (Model.Epoch, IsPlaying, _losses.Count, Model.LossTrain, Model.LossTest);
    }

    // The nearest steps of the history with their charts; a snapshot's moment is encoded once.
    private (SavedMoment[] Undo, SavedMoment[] Redo) SavedSteps()
    {
        if (_stepsVersion != _historyVersion)
        {
            _steps = (Steps(_history.UndoSteps, _chartsBefore), Steps(_history.RedoSteps, _chartsAfter));
            _stepsVersion = _historyVersion;
        }

        return _steps;
    }

    private SavedMoment[] Steps(IReadOnlyList<Core.Sessions.HistoryStep> steps, List<LossPoint[]> charts)
    {
        var count = Math.Min(Math.Min(steps.Count, charts.Count), SavedWork.MaxSteps);
        var moments = new SavedMoment[count];
        for (var k = 0; k < count; k++)
        {
            var step = steps[steps.Count - count + k];
            var chart = charts[charts.Count - count + k];
            var moment = _moments.GetValue(step.Snapshot, Moment);
            moments[k] = moment with
            {
                Label = step.Label,
                ChartLength = chart.Length,
                Chart = [.. LossChart.Thin(chart, LossChart.MaxDrawnPoints).Select(p => new[] { p.Train, p.Test })],
            };
        }

        return moments;
    }

    private static SavedMoment Moment(Core.Sessions.SessionSnapshot snapshot) => new()
    {
        Hash = UrlState.Serialize(snapshot.State),
        Points = snapshot.State.CustomData is { Count: > CustomData.MaxUrlPoints } points
            ? [.. points.Chunk(CustomData.MaxUrlPoints).Select(c => CustomData.Encode(c, snapshot.State.Problem))]
            : null,
        Epoch = snapshot.Epoch,
        Model = ModelJson.Write(snapshot.ToModel()),
    };

    // Custom points the URL does not carry, as data= values of up to 500 points; encoded once per set.
    private string[]? LargePoints()
    {
        if (Model.State.CustomData is not { Count: > CustomData.MaxUrlPoints } points)
        {
            return null;
        }

        if (_pointsSource is not { } source || source.Count != points.Count
            || !Unsafe.AreSame(ref MemoryMarshal.GetReference(source.AsSpan()), ref MemoryMarshal.GetReference(points.AsSpan())))
        {
            _pointsSource = points;
            _pointsChunks = [.. points.Chunk(CustomData.MaxUrlPoints).Select(c => CustomData.Encode(c, Model.State.Problem))];
        }

        return _pointsChunks;
    }
}
