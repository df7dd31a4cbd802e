using System.Reflection;
using Microsoft.Extensions.Logging.Console;

namespace NeuralPlayground.Host;

/// <summary>
/// Serves the published Web app's static files on loopback with Kestrel: <c>index.html</c> for
/// <c>/</c> and every unknown path, the right content types for the runtime's files, and their
/// brotli twins when the browser accepts them. The app console and the browser tests both use it.
/// </summary>
public sealed class PlaygroundServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PlaygroundServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The folder the build of this project published the Web app's <c>wwwroot</c> to.</summary>
    public static string PublishedWebRoot { get; } =
        typeof(PlaygroundServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NeuralPlayground.WebRoot").Value!;

    /// <summary>The root URL the server listens on, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts listening on <c>127.0.0.1</c> and returns once requests are accepted.</summary>
    /// <param name="options">The folder to serve, the port and the compression choice.</param>
    /// <param name="cancellationToken">Abandons the start.</param>
    /// <exception cref="DirectoryNotFoundException">The folder has no <c>index.html</c> (the app was not published).</exception>
    public static async Task<PlaygroundServer> StartAsync(PlaygroundServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var webRoot = Path.GetFullPath(options.WebRoot);
        if (!File.Exists(Path.Combine(webRoot, "index.html")))
        {
            throw new DirectoryNotFoundException(
                $"No published app in {webRoot}: build src/NeuralPlayground.Host, which publishes src/NeuralPlayground.Web there.");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = webRoot,
        });
        // Standard output is for the app's own lines; warnings and errors go to standard error.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");

        var app = builder.Build();
        StaticFiles.Use(app, options.ServePrecompressed);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        return new PlaygroundServer(app, new Uri(app.Urls.Single().TrimEnd('/') + "/"));
    }

    /// <summary>Completes when the process is asked to stop (Ctrl+C, SIGTERM) or the token fires, after the server stopped.</summary>
    /// <param name="cancellationToken">Stops the server without a signal.</param>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops the server and releases it.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
