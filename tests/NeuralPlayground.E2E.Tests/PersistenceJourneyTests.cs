using System.Globalization;
using System.Text.RegularExpressions;
using NeuralPlayground.E2E.Tests.Support;

namespace NeuralPlayground.E2E.Tests;

/// <summary>Nothing lost (issue 5): the work survives a reload, and a link opened later asks first.</summary>
[Collection(PlaygroundAppCollection.Name)]
public sealed class PersistenceJourneyTests(PlaygroundAppFixture app)
{
    private const string EpochAtLeast30 = "() => Number(document.querySelector('[data-testid=epoch]').innerText.replace(/\\D/g, '')) >= 30";

    // The output heatmap's pixels: a picture of every weight and bias.
    private const string HeatmapPixels = "() => document.querySelector('canvas[data-heatmap=main]').toDataURL()";

    [BrowserFact]
    public async Task Reload_RestoresTheTrainedNetworkPaused_AndAnotherLinkOffersItBack()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForFirstFrameAsync();
        await page.GetByTestId("play-pause").ClickAsync();
        await page.WaitForFunctionAsync(EpochAtLeast30);
        var hash = await page.HashAsync();

        // Reloaded while training, as a crashed tab would be: the page saved as it went away.
        await page.ReloadAsync();
        await page.WaitForFirstFrameAsync();
        Assert.Equal(hash, await page.HashAsync());
        Assert.True(await page.EpochAsync() >= 30);
        await Expect(page.GetByTestId("play-pause")).Not.ToHaveClassAsync(new Regex("playing"));
        await Expect(page.GetByTestId("restore-prompt")).ToHaveCountAsync(0);

        var epoch = await page.EpochAsync();
        var train = await page.LossAsync("loss-train");
        var test = await page.LossAsync("loss-test");
        await page.NextFramesAsync();
        var pixels = await page.EvaluateAsync<string>(HeatmapPixels);
        await page.ReloadAsync();
        await page.WaitForFirstFrameAsync();
        await page.NextFramesAsync();
        Assert.Equal(hash, await page.HashAsync());
        Assert.Equal(epoch, await page.EpochAsync());
        Assert.Equal(train, await page.LossAsync("loss-train"));
        Assert.Equal(test, await page.LossAsync("loss-test"));
        Assert.Equal(pixels, await page.EvaluateAsync<string>(HeatmapPixels));
        await page.CloseAsync();

        var link = await context.NewPageAsync();
        await link.GotoAsync("/#seed=0.5&dataset=xor&networkShape=3");
        await link.WaitForFirstFrameAsync();
        var prompt = link.GetByTestId("restore-prompt");
        await Expect(prompt).ToContainTextAsync(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch:N0}, circle data, hidden layers 4,2"));
        Assert.Contains("dataset=xor", await link.HashAsync(), StringComparison.Ordinal);
        await link.GetByTestId("restore-yes").ClickAsync();
        await Expect(prompt).ToHaveCountAsync(0);
        await link.NextFramesAsync();
        Assert.Equal(hash, await link.HashAsync());
        Assert.Equal(epoch, await link.EpochAsync());
        Assert.Equal(train, await link.LossAsync("loss-train"));
        Assert.Equal(pixels, await link.EvaluateAsync<string>(HeatmapPixels));
        await link.ScreenshotAsync(new() { Path = E2EArtifacts.PathOf("persistence-restored.png") });
    }

    [BrowserFact]
    public async Task KeepThisLink_ReplacesTheSavedWork_ForTheNextReload()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();
        await page.GetByTestId("step").ClickAsync();
        await page.CloseAsync();

        var link = await context.NewPageAsync();
        await link.GotoAsync("/#seed=0.5&dataset=xor");
        await link.GetByTestId("restore-no").ClickAsync();
        await Expect(link.GetByTestId("restore-prompt")).ToHaveCountAsync(0);
        var hash = await link.HashAsync();
        await link.GotoAsync("/");
        await link.WaitForFirstFrameAsync();

        Assert.Equal(hash, await link.HashAsync());
        Assert.Equal(0, await link.EpochAsync());
        await Expect(link.GetByTestId("restore-prompt")).ToHaveCountAsync(0);
    }
}
