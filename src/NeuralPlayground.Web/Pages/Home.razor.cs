using System.Runtime.Versioning;
using NeuralPlayground.Web.Session;

namespace NeuralPlayground.Web.Pages;

/// <summary>The playground page: loads the session from the URL, then runs the frame loop.</summary>
public sealed partial class Home
{
    /// <inheritdoc/>
    protected override void OnInitialized()
    {
        Playground.Load();
    }

    /// <inheritdoc/>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && OperatingSystem.IsBrowser())
        {
            await StartFrameLoopAsync().ConfigureAwait(true);
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        if (OperatingSystem.IsBrowser())
        {
            PlaygroundInterop.Current = null;
        }

        return ValueTask.CompletedTask;
    }

    [SupportedOSPlatform("browser")]
    private Task StartFrameLoopAsync()
    {
        PlaygroundInterop.Current = Playground;
        return PlaygroundInterop.StartAsync();
    }
}
