using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NeuralPlayground.Web.Session;

namespace NeuralPlayground.Web.Tests.Support;

/// <summary>A bUnit context with a <see cref="PlaygroundSession"/> over a fake page, loaded from a hash.</summary>
public abstract class PlaygroundTestContext : BunitContext
{
    /// <summary>Registers the session; JavaScript interop is strict, so any unexpected call fails.</summary>
    protected PlaygroundTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Strict;
        Services.AddSingleton(Host);
        Services.AddSingleton<IPageHost>(Host);
        Services.AddSingleton<PlaygroundSession>();
    }

    /// <summary>The fake page the session talks to.</summary>
    protected FakePageHost Host { get; } = new();

    /// <summary>Navigates to <paramref name="hash"/> (e.g. <c>#seed=0.12345</c>) and loads the session there.</summary>
    protected PlaygroundSession LoadSession(string hash)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("http://localhost/" + hash);
        var session = Services.GetRequiredService<PlaygroundSession>();
        session.Load();
        return session;
    }
}
