using Microsoft.AspNetCore.Components;
using NeuralPlayground.Core.Numerics;
using CoreSession = NeuralPlayground.Core.Sessions.Session;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// The page's side effects around Core's <see cref="CoreSession"/>: it reads the page URL, draws fresh
/// seeds, runs the play loop and tells the components when something changed.
/// </summary>
public sealed class PlaygroundSession : IDisposable
{
    // A placeholder pace (about 60 epochs per second) until the frame loop is driven by requestAnimationFrame.
    private static readonly TimeSpan PlayInterval = TimeSpan.FromMilliseconds(16);

    private readonly NavigationManager _navigation;
    private CoreSession? _model;
    private CancellationTokenSource? _playing;

    /// <summary>Creates the session for the page at <paramref name="navigation"/>'s URL.</summary>
    /// <param name="navigation">Gives the page URL, whose hash holds the state.</param>
    public PlaygroundSession(NavigationManager navigation)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        _navigation = navigation;
    }

    /// <summary>Raised after every change the components should show (an epoch, play or pause).</summary>
    public event Action? Changed;

    /// <summary>The loaded model; <see cref="Load"/> must have run.</summary>
    public CoreSession Model => _model ?? throw new InvalidOperationException("Call Load before using the session.");

    /// <summary>True while the play loop runs.</summary>
    public bool IsPlaying => _playing is not null;

    /// <summary>
    /// A fresh seed as the original draws one for a URL without <c>seed=</c>:
    /// <c>Math.random().toFixed(5)</c>, e.g. <c>0.04817</c>.
    /// </summary>
    public static string NewSeed() => JsNumber.ToFixed(Random.Shared.NextDouble(), 5);

    /// <summary>Loads the state from the current page URL (the original's page-load sequence).</summary>
    public void Load()
    {
        Pause();
        _model = CoreSession.Load(_navigation.Uri, NewSeed);
        Changed?.Invoke();
    }

    /// <summary>The Step button: pauses, then trains one epoch.</summary>
    public void Step()
    {
        Pause();
        Model.Step();
        Changed?.Invoke();
    }

    /// <summary>The Play/Pause button.</summary>
    public void TogglePlay()
    {
        if (_playing is null)
        {
            _playing = new CancellationTokenSource();
            _ = PlayAsync(_playing.Token);
        }
        else
        {
            Pause();
        }

        Changed?.Invoke();
    }

    /// <summary>Stops the play loop.</summary>
    public void Dispose() => Pause();

    private void Pause()
    {
        _playing?.Cancel();
        _playing?.Dispose();
        _playing = null;
    }

    private async Task PlayAsync(CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(PlayInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellation).ConfigureAwait(true))
            {
                Model.Step();
                Changed?.Invoke();
            }
        }
        catch (OperationCanceledException)
        {
            // Pause cancels the wait; nothing is left to undo.
        }
    }
}
