using NeuralPlayground.Core.Export;
using NeuralPlayground.E2E.Tests.Support;
using CoreSession = NeuralPlayground.Core.Sessions.Session;

namespace NeuralPlayground.E2E.Tests;

/// <summary>
/// The page trains with the browser's own Math.tanh and Math.exp when they agree with Core's ports
/// (BrowserMath): the weights it reaches must be Core's, bit for bit, in every activation that uses them.
/// </summary>
[Collection(PlaygroundAppCollection.Name)]
public sealed class ExactnessJourneyTests(PlaygroundAppFixture app)
{
    private const int Epochs = 12;

    [BrowserTheory]
    [InlineData("seed=0.12345")]
    [InlineData("activation=sigmoid&dataset=xor&networkShape=5,3&batchSize=3&seed=0.777")]
    [InlineData("activation=gelu&dataset=spiral&x=true&y=true&sinX=true&networkShape=6,6,2&seed=0.31416")]
    [InlineData("problem=regression&regDataset=reg-gauss&learningRate=0.01&regularization=L2&regularizationRate=0.003&seed=0.5")]
    public async Task SteppedInTheBrowser_WeightsAreCoresBitForBit(string hash)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#" + hash);
        await page.WaitForFirstFrameAsync();
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.exactMath !== undefined");
        Assert.Equal("tanh exp", await page.EvaluateAsync<string>("() => document.documentElement.dataset.exactMath"));
        for (var k = 0; k < Epochs; k++)
        {
            await page.GetByTestId("step").ClickAsync();
        }

        await page.WaitForFunctionAsync("n => Number(document.querySelector('[data-testid=epoch]').innerText.replace(/\\D/g, '')) === n", Epochs);
        await page.GetByTestId("export-toggle").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-model-json").ClickAsync());
        var browser = ModelJson.Read(await File.ReadAllTextAsync((await download.PathAsync())!));

        var native = CoreSession.Load("https://example.test/#" + hash, () => "0.5");
        for (var k = 0; k < Epochs; k++)
        {
            native.Step();
        }

        var core = ModelSnapshot.From(native);
        Assert.Equal(core.Epoch, browser.Epoch);
        Assert.Equal(Bits(core.Biases.SelectMany(b => b)), Bits(browser.Biases.SelectMany(b => b)));
        Assert.Equal(Bits(core.Weights.SelectMany(l => l.SelectMany(w => w))), Bits(browser.Weights.SelectMany(l => l.SelectMany(w => w))));
        Assert.Equal(core.LossTrain, browser.LossTrain);
        Assert.Equal(core.LossTest, browser.LossTest);
    }

    // Every heatmap canvas, as data URLs in document order.
    private const string AllHeatmaps = "() => Array.from(document.querySelectorAll('canvas[data-heatmap]')).map(c => c.dataset.heatmap + ':' + c.toDataURL())";

    // The grid worker (a second runtime in a Web Worker, gridworker.js) must draw what the page would:
    // the same page without Worker support computes every frame itself.
    [BrowserFact]
    public async Task GridWorker_DrawsThePixelsThePageDrawsWithoutIt()
    {
        const string Hash = "dataset=spiral&x=true&y=true&sinX=true&xTimesY=true&networkShape=5,4&batchSize=3&seed=0.42";
        var withWorker = await HeatmapsAfterStepsAsync(Hash, worker: true);
        var withoutWorker = await HeatmapsAfterStepsAsync(Hash, worker: false);
        Assert.Equal(withoutWorker.Length, withWorker.Length);
        Assert.Equal(1 + 7 + 5 + 4, withWorker[0].Length); // main, the seven candidate features, the hidden nodes
        for (var k = 0; k < withWorker.Length; k++)
        {
            Assert.Equal(withoutWorker[k], withWorker[k]);
        }
    }

    private async Task<string[][]> HeatmapsAfterStepsAsync(string hash, bool worker)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        if (!worker)
        {
            await page.AddInitScriptAsync("globalThis.Worker = undefined;");
        }

        await page.GotoAsync("/#" + hash);
        await page.WaitForFirstFrameAsync();
        if (worker)
        {
            await page.WaitForGridWorkerAsync();
        }

        for (var k = 0; k < 4; k++)
        {
            await page.GetByTestId("step").ClickAsync();
        }

        await page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=epoch]').innerText.replace(/\\D/g, '')) === 4");
        await page.NextFramesAsync();
        var shots = new List<string[]> { await page.EvaluateAsync<string[]>(AllHeatmaps) };

        // The big heatmap of a hovered hidden node and of a hovered input feature.
        foreach (var target in new[] { "node-3", "feature-sinX" })
        {
            await page.GetByTestId(target).HoverAsync();
            await page.NextFramesAsync();
            shots.Add(await page.EvaluateAsync<string[]>(AllHeatmaps));
        }

        Assert.Equal(worker ? "on" : null, await page.EvaluateAsync<string?>("() => document.documentElement.dataset.gridWorker"));
        return [.. shots];
    }

    // Safari has no requestIdleCallback: the idle-time start-up (exact math, grid worker) and the
    // listeners set up after it (a hash edited by hand) must work without it.
    [BrowserFact]
    public async Task WithoutRequestIdleCallback_TheIdleWorkAndTheHashListenerStillRun()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync("delete window.requestIdleCallback;");
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();
        await page.WaitForGridWorkerAsync();
        Assert.Equal("tanh exp", await page.EvaluateAsync<string>("() => document.documentElement.dataset.exactMath"));

        await page.EvaluateAsync("() => { location.hash = 'seed=0.12345&activation=relu'; }");
        await page.WaitForFunctionAsync("() => location.hash.includes('activation=relu') && location.hash.includes('batchSize=')");
        await Expect(page.GetByTestId("activation")).ToHaveValueAsync("relu");
    }

    // The page's compiled copy of the ports (js/exactmath.js) against the ports themselves, far beyond
    // the start-up probes: random magnitudes over every branch, in both signs, plus raw bit patterns.
    [BrowserFact]
    public async Task CompiledTanhAndExp_GiveThePortsBits_OnRandomInputs()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();
        var random = new Random(20261127);
        var inputs = new double[60_000];
        for (var k = 0; k < inputs.Length; k++)
        {
            inputs[k] = k % 3 == 2
                ? BitConverter.Int64BitsToDouble(random.NextInt64())
                : Math.ScaleB(1 + random.NextDouble(), random.Next(-60, 11)) * (k % 2 == 0 ? 1 : -1);
        }

        var results = await page.EvaluateAsync<double[][]>(
            "async (xs) => { const m = await import('/js/exactmath.js'); return [xs.map(m.tanh), xs.map(m.exp)]; }",
            inputs);

        Assert.Equal(Bits(inputs.Select(NeuralPlayground.Core.Numerics.JsMath.Tanh)), Bits(results[0]));
        Assert.Equal(Bits(inputs.Select(NeuralPlayground.Core.Numerics.JsMath.Exp)), Bits(results[1]));
    }

    // NaN payloads are not compared (JavaScript does not keep them).
    private static long[] Bits(IEnumerable<double> values) => [.. values.Select(v => double.IsNaN(v) ? -1 : BitConverter.DoubleToInt64Bits(v))];

}
