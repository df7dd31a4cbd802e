using NeuralPlayground.Host;
using Xunit.Sdk;

namespace NeuralPlayground.E2E.Tests.Support;

/// <summary>
/// One published app served in-process on a free loopback port, and one headless Chromium, shared
/// by every browser test. Each test opens its own browser context (fresh cache and storage).
/// </summary>
public sealed class PlaygroundAppFixture : IAsyncLifetime
{
    /// <summary>How long web-first assertions retry; a cold start on a busy 2-core CI machine is slow.</summary>
    private const float ExpectTimeoutMs = 20_000;

    private readonly IMessageSink _diagnostics;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private PlaygroundServer? _server;

    /// <summary>Creates the fixture; xunit passes its diagnostic sink (shown with <c>diagnosticMessages</c> on).</summary>
    /// <param name="diagnostics">Where the missing-browser warning goes.</param>
    public PlaygroundAppFixture(IMessageSink diagnostics) => _diagnostics = diagnostics;

    /// <summary>The app's root URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address => (_server ?? throw new InvalidOperationException(Chromium.MissingMessage)).Address;

    /// <summary>The shared browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException(Chromium.MissingMessage);

    /// <summary>Starts the server and the browser; does nothing when the tests will be skipped.</summary>
    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            if (Chromium.IsRequired)
            {
                throw new InvalidOperationException(Chromium.MissingMessage);
            }

            _diagnostics.OnMessage(new DiagnosticMessage(Chromium.MissingMessage));
            return;
        }

        SetDefaultExpectTimeout(ExpectTimeoutMs);
        _server = await PlaygroundServer.StartAsync(new PlaygroundServerOptions { Port = 0 });
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
    }

    /// <summary>A new browser context whose relative URLs resolve against <paramref name="address"/> (default: <see cref="Address"/>).</summary>
    /// <param name="address">Another server's root, e.g. one started with other options.</param>
    public Task<IBrowserContext> NewContextAsync(Uri? address = null) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (address ?? Address).ToString(),
            ViewportSize = new ViewportSize { Width = 1024, Height = 768 },
        });

    /// <summary>Closes the browser and stops the server.</summary>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
