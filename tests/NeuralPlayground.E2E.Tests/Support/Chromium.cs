namespace NeuralPlayground.E2E.Tests.Support;

/// <summary>Debian's Chromium, which the browser tests drive (Playwright never downloads a browser here).</summary>
public static class Chromium
{
    /// <summary>The browser binary: <c>NP_CHROMIUM_PATH</c> if set, else <c>/usr/bin/chromium</c>.</summary>
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("NP_CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>True when the browser binary exists.</summary>
    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>True under CI (<c>CI=true</c>), where a missing browser fails the tests instead of skipping them.</summary>
    public static bool IsRequired =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>What to do about a missing browser.</summary>
    public static string MissingMessage =>
        $"*** BROWSER TESTS NOT RUN: no Chromium at {ExecutablePath}. Install it (apt-get install -y chromium) " +
        "or point NP_CHROMIUM_PATH at one. With CI=true these tests fail instead of skipping. ***";

    /// <summary>Launch options for a headless run in a container (no sandbox, no GPU, no background traffic).</summary>
    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        ],
    };
}
