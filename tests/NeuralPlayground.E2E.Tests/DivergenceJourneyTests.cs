using System.Text.RegularExpressions;
using NeuralPlayground.E2E.Tests.Support;

namespace NeuralPlayground.E2E.Tests;

/// <summary>Issue 4's views in the browser: a run that blows up and its one-click recovery; accuracy beside the losses.</summary>
[Collection(PlaygroundAppCollection.Name)]
public sealed partial class DivergenceJourneyTests(PlaygroundAppFixture app)
{
    [BrowserFact]
    public async Task Divergence_PausesAndExplains_ThenResetAtATenthTrainsAgain_ForU6()
    {
        var url = GoldenFiles.Entry("urls.json", "urls", "U6").GetProperty("url").GetString()!;
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#" + url[(url.IndexOf('#', StringComparison.Ordinal) + 1)..]);
        await page.WaitForFirstFrameAsync();
        await Expect(page.GetByTestId("divergence-banner")).ToHaveCountAsync(0);

        await page.GetByTestId("play-pause").ClickAsync();

        var banner = page.GetByTestId("divergence-banner");
        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner).ToContainTextAsync("Training blew up at epoch 1");
        await Expect(banner).ToContainTextAsync("The learning rate (1) is too high");
        await Expect(page.GetByTestId("loss-train")).ToHaveTextAsync("—");
        var stoppedAt = await page.EpochAsync();
        await page.NextFramesAsync();
        await page.NextFramesAsync();
        Assert.Equal(stoppedAt, await page.EpochAsync());
        await page.ScreenshotAsync(new() { Path = E2EArtifacts.PathOf("divergence-banner.png") });

        await page.GetByTestId("divergence-reset").ClickAsync();

        await Expect(banner).ToHaveCountAsync(0);
        await page.WaitForFunctionAsync("() => location.hash.includes('learningRate=0.1&')");
        var before = await page.LossAsync("loss-train");
        await page.GetByTestId("play-pause").ClickAsync();
        await page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=epoch]').innerText.replace(/\\D/g, '')) >= 10");
        await page.GetByTestId("play-pause").ClickAsync();
        var after = await page.LossAsync("loss-train");
        Assert.True(double.IsFinite(after) && after < before, $"the training loss falls after the reset: {before} → {after}");
        await Expect(banner).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Accuracy_IsShownForBothSets_OnTheDefaultPage()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.WaitForFirstFrameAsync();

        await Expect(page.GetByTestId("accuracy-train")).ToHaveTextAsync(Metric());
        await Expect(page.GetByTestId("accuracy-test")).ToHaveTextAsync(Metric());
        await page.GetByTestId("confusion-toggle").ClickAsync();
        await Expect(page.GetByTestId("confusion-matrix")).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"^[01]\.\d{3}$")]
    private static partial Regex Metric();
}
