using System.Globalization;
using NeuralPlayground.E2E.Tests.Support;

namespace NeuralPlayground.E2E.Tests;

/// <summary>
/// Epochs per second while playing, with a full redraw every frame: one epoch per frame, and the max
/// network at the speed control's 10 epochs per frame; reported, never asserted.
/// </summary>
[Collection(PlaygroundAppCollection.Name)]
[Trait("Category", "Benchmark")]
public sealed class FrameRateBenchmarkTests(PlaygroundAppFixture app, ITestOutputHelper output)
{
    private const string MaxNetwork = "dataset=spiral&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true&networkShape=8,8,8,8,8,8&percTrainData=90&seed=0.12345";

    // Counts epochs over a window of animation frames, timed in the page.
    private const string MeasureScript = """
        async (ms) => {
            const epoch = () => Number(document.querySelector('[data-testid=epoch]').innerText.replace(/\D/g, ''));
            const frame = () => new Promise(r => requestAnimationFrame(r));
            await frame();
            const e0 = epoch(), t0 = performance.now();
            let frames = 0;
            while (performance.now() - t0 < ms) { await frame(); frames++; }
            return [epoch() - e0, performance.now() - t0, frames];
        }
        """;

    [BrowserFact]
    public async Task Playing_ReportsEpochsPerSecond_ForDefaultAndMaxNetworks()
    {
        foreach (var (name, hash) in new[] { ("default", "seed=0.12345"), ("max", MaxNetwork), ("max, epochsPerFrame=10", MaxNetwork + "&epochsPerFrame=10") })
        {
            await using var context = await app.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync("/#" + hash);
            await page.WaitForFirstFrameAsync();

            await page.GetByTestId("play-pause").ClickAsync();
            await page.EvaluateAsync(MeasureScript, 1000); // warm-up: the jiterpreter compiles the hot loops
            var result = await page.EvaluateAsync<double[]>(MeasureScript, 4000);

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {result[0] / result[1] * 1000:F1} epochs/s ({result[0]} epochs, {result[2]} frames in {result[1]:F0} ms)"));
            Assert.True(result[0] > 0);
        }
    }
}
