using Microsoft.AspNetCore.Components;
using NeuralPlayground.Web.Session;

namespace NeuralPlayground.Web.Tests.Support;

/// <summary>Saved work made by a session of its own (another tab, or the page before a reload).</summary>
public static class SavedWorks
{
    /// <summary>
    /// Loads <paramref name="hash"/> on a fresh fake page, plays <paramref name="frames"/> frames and
    /// pauses (which saves); returns that session and its page, whose storage holds the work.
    /// </summary>
    public static (PlaygroundSession Session, FakePageHost Host) Train(NavigationManager navigation, string hash, int frames)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        navigation.NavigateTo("http://localhost/" + hash);
        var host = new FakePageHost();
        var session = new PlaygroundSession(navigation, host);
        session.Load();
        session.TogglePlay();
        for (var f = 0; f < frames; f++)
        {
            session.OnFrame(16 * f);
        }

        session.Pause();
        return (session, host);
    }
}
