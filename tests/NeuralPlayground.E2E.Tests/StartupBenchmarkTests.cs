using System.Globalization;
using NeuralPlayground.E2E.Tests.Support;
using NeuralPlayground.Host;

namespace NeuralPlayground.E2E.Tests;

/// <summary>Prints startup numbers; performance is reported, never asserted.</summary>
[Collection(PlaygroundAppCollection.Name)]
[Trait("Category", "Benchmark")]
public sealed class StartupBenchmarkTests(PlaygroundAppFixture app, ITestOutputHelper output)
{
    private const int ColdLoads = 5;

    // Records performance.now() (ms since navigation started) at the first frame that shows the epoch counter.
    private const string RecordFirstEpochFrame = """
        new MutationObserver((_, observer) => {
            if (document.querySelector('[data-testid="epoch"]')) {
                observer.disconnect();
                requestAnimationFrame(() => { window.firstEpochFrameMs = performance.now(); });
            }
        }).observe(document, { childList: true, subtree: true });
        """;

    [BrowserFact]
    public async Task Startup_ReportsTimeToFirstEpochCounter_WithAndWithoutBrotli()
    {
        var framework = Path.Combine(PlaygroundServer.PublishedWebRoot, "_framework");
        var files = Directory.GetFiles(framework).Select(f => new FileInfo(f)).ToList();
        var brotliBytes = files.Where(f => f.Extension == ".br").Sum(f => f.Length);
        var rawFiles = files.Where(f => f.Extension is not (".br" or ".gz")).ToList();

        // The app's server is the Host's default (uncompressed, on loopback); a second one serves brotli.
        await using var brotliServer = await PlaygroundServer.StartAsync(new() { Port = 0, ServePrecompressed = true });
        await ColdStartAsync(brotliServer.Address);
        await ColdStartAsync(app.Address);
        List<double> brotli = [], uncompressed = [];
        for (var i = 0; i < ColdLoads; i++)
        {
            brotli.Add(await ColdStartAsync(brotliServer.Address));
            uncompressed.Add(await ColdStartAsync(app.Address));
        }

        output.WriteLine(Invariant($"_framework: {brotliBytes / 1e6:F2} MB brotli, {rawFiles.Sum(f => f.Length) / 1e6:F2} MB raw, {rawFiles.Count} files"));
        output.WriteLine($"navigation to first epoch frame, {ColdLoads} cold loads each, alternating, after one warm-up each: brotli {Describe(brotli)}, uncompressed {Describe(uncompressed)}");
        Assert.All(brotli.Concat(uncompressed), t => Assert.True(t > 0));
    }

    // A load in a fresh context (empty cache), in ms from navigation start.
    private async Task<double> ColdStartAsync(Uri address)
    {
        await using var context = await app.NewContextAsync(address);
        await context.AddInitScriptAsync(RecordFirstEpochFrame);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        var time = await page.WaitForFunctionAsync("() => window.firstEpochFrameMs");
        return await time.JsonValueAsync<double>();
    }

    private static string Describe(List<double> ms) =>
        Invariant($"median {ms.Order().ElementAt(ms.Count / 2):F0} ms ({string.Join(", ", ms.Select(t => Invariant($"{t:F0}")))})");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
