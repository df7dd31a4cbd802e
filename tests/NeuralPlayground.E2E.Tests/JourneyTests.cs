using NeuralPlayground.E2E.Tests.Support;

namespace NeuralPlayground.E2E.Tests;

/// <summary>The journeys a person makes on the page (issue 3).</summary>
[Collection(PlaygroundAppCollection.Name)]
public sealed class JourneyTests(PlaygroundAppFixture app)
{
    [BrowserFact]
    public async Task Play_TrainsAndWritesTheHash_OnTheDefaultPage()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForFirstFrameAsync();
        var before = await page.LossAsync("loss-train");

        await page.GetByTestId("play-pause").ClickAsync();
        await page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=epoch]').innerText.replace(/\\D/g, '')) >= 30");
        await page.GetByTestId("play-pause").ClickAsync();

        Assert.True(await page.LossAsync("loss-train") < before, "the training loss falls while playing");
        var line = await page.Locator("[data-testid=loss-chart] path.train").GetAttributeAsync("d") ?? string.Empty;
        Assert.True(line.Count(c => c == 'L') >= 30, "the loss chart has a point per epoch: " + line[..Math.Min(80, line.Length)]);
        var hash = await page.HashAsync();
        Assert.StartsWith("activation=tanh&batchSize=10&dataset=circle", hash, StringComparison.Ordinal);
        Assert.Matches("seed=0\\.\\d{5}&", hash);
    }

    [BrowserFact]
    public async Task CourseLink_HidesItsControlsAndFeatures_ForMlccU12()
    {
        var url = GoldenFiles.Entry("urls.json", "urls", "U12").GetProperty("url").GetString()!;
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/#" + url[(url.IndexOf('#', StringComparison.Ordinal) + 1)..]);
        await page.WaitForFirstFrameAsync();

        foreach (var hidden in new[] { "dataset-xor", "problem", "feature-xTimesY", "feature-xSquared", "feature-ySquared", "feature-sinX", "feature-sinY" })
        {
            await Expect(page.GetByTestId(hidden)).ToBeHiddenAsync();
        }

        foreach (var shown in new[] { "activation", "learning-rate", "regularization", "regularization-rate", "noise", "batch-size", "perc-train-data", "add-layer", "feature-x", "feature-y" })
        {
            await Expect(page.GetByTestId(shown)).ToBeVisibleAsync();
        }
    }

    [BrowserFact]
    public async Task Activation_RewritesHashAndRedrawsWeights_ThatReloadTheSame()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();
        await Expect(page.GetByTestId("loss-train")).ToHaveTextAsync("0.502");

        await page.GetByTestId("activation").SelectOptionAsync("relu");

        await page.WaitForFunctionAsync("() => location.hash.includes('activation=relu')");
        var hash = await page.HashAsync();
        Assert.Contains("weightSkip=18", hash, StringComparison.Ordinal);
        var redrawn = await page.GetByTestId("loss-train").InnerTextAsync();
        Assert.NotEqual("0.502", redrawn);
        await page.GotoAsync("/#" + hash);
        await page.ReloadAsync();
        await Expect(page.GetByTestId("loss-train")).ToHaveTextAsync(redrawn);
    }

    [BrowserFact]
    public async Task LayerButtons_AddAndRemoveHiddenLayers()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();

        await page.GetByTestId("add-layer").ClickAsync();
        await page.WaitForFunctionAsync("() => location.hash.includes('networkShape=4,2,2&')");
        // Hidden nodes 1–8 get a thumbnail; the output node (9) is the big heatmap, as in the original.
        await Expect(page.Locator("canvas[data-heatmap='node-8']")).ToHaveCountAsync(1);
        await page.GetByTestId("remove-layer").ClickAsync();
        await page.GetByTestId("remove-layer").ClickAsync();

        await page.WaitForFunctionAsync("() => location.hash.includes('networkShape=4&')");
        await Expect(page.Locator("canvas[data-heatmap='node-4']")).ToHaveCountAsync(1);
        await Expect(page.Locator("canvas[data-heatmap='node-5']")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task FeatureClick_TogglesTheInput()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();

        await page.GetByTestId("feature-xSquared").ClickAsync();

        await page.WaitForFunctionAsync("() => location.hash.includes('xSquared=true')");
        await page.GetByTestId("feature-xSquared").ClickAsync();
        await page.WaitForFunctionAsync("() => location.hash.includes('xSquared=false')");
    }

    [BrowserFact]
    public async Task Regenerate_TakesTheNextSeedFromTheStream()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();

        await page.GetByTestId("regenerate").ClickAsync();

        // The original gives 0.62930 here: the next draw of the seeded stream, toFixed(5).
        await page.WaitForFunctionAsync("() => location.hash.includes('seed=0.62930&')");
    }

    [BrowserFact]
    public async Task HandEditedHash_AppliesWithoutReload()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        await page.EvaluateAsync("() => { location.hash = '#seed=0.5&dataset=xor&networkShape=3'; }");

        await page.WaitForFunctionAsync("() => location.hash.startsWith('#activation=tanh') && location.hash.includes('networkShape=3&')");
        await Expect(page.Locator("canvas[data-heatmap='node-3']")).ToHaveCountAsync(1);
        await Expect(page.Locator("canvas[data-heatmap='node-4']")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
    }

    [BrowserFact]
    public async Task NeuronButtons_AddAndRemoveNeurons()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();

        await page.GetByTestId("add-neuron-2").ClickAsync();
        await page.WaitForFunctionAsync("() => location.hash.includes('networkShape=4,3&')");
        await page.GetByTestId("remove-neuron-1").ClickAsync();

        await page.WaitForFunctionAsync("() => location.hash.includes('networkShape=3,3&')");
        await Expect(page.Locator("canvas[data-heatmap='node-6']")).ToHaveCountAsync(1);
        await Expect(page.Locator("canvas[data-heatmap='node-7']")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task HoverCard_EditsAWeightThroughItsLink()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();
        var hit = page.Locator("path.link-hover[data-link='x-1']");

        await hit.HoverAsync();
        await Expect(page.GetByTestId("hover-card")).ToContainTextAsync("Weight is 0.15.");
        await hit.ClickAsync();
        await page.GetByTestId("hover-card-input").FillAsync("0.5");
        await page.GetByTestId("hover-card-input").PressAsync("Enter");

        await Expect(page.GetByTestId("hover-card")).ToContainTextAsync("Weight is 0.50.");
        // The loss follows the edited weight at once (the original left it stale).
        await Expect(page.GetByTestId("loss-train")).Not.ToHaveTextAsync("0.502");
    }

    [BrowserFact]
    public async Task Play_Trains_WithEveryInputSwitchedOff()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#x=false&y=false&networkShape=4,2&seed=0.1");
        await page.WaitForFirstFrameAsync();

        await page.GetByTestId("play-pause").ClickAsync();
        await page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=epoch]').innerText.replace(/\\D/g, '')) >= 10");

        Assert.True(double.IsFinite(await page.LossAsync("loss-train")));
    }
}
