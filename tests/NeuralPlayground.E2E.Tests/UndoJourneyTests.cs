using NeuralPlayground.E2E.Tests.Support;

namespace NeuralPlayground.E2E.Tests;

/// <summary>Undo and redo in a real browser (issue 5).</summary>
[Collection(PlaygroundAppCollection.Name)]
public sealed class UndoJourneyTests(PlaygroundAppFixture app)
{
    // The output heatmap's pixels: a picture of every weight and bias.
    private const string HeatmapPixels = "() => document.querySelector('canvas[data-heatmap=main]').toDataURL()";

    [BrowserFact]
    public async Task ThreeChangesThenThreeUndos_BringBackTheHashAndTheNetwork_AndRedoReturns()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();
        for (var i = 0; i < 3; i++)
        {
            await page.GetByTestId("step").ClickAsync();
        }

        await page.NextFramesAsync();
        var hash = await page.HashAsync();
        var pixels = await page.EvaluateAsync<string>(HeatmapPixels);
        var loss = await page.LossAsync("loss-train");

        await page.GetByTestId("activation").SelectOptionAsync("relu");
        await page.GetByTestId("add-layer").ClickAsync();
        await page.GetByTestId("feature-xSquared").ClickAsync();
        await page.NextFramesAsync();
        var changedHash = await page.HashAsync();
        Assert.NotEqual(hash, changedHash);

        await page.GetByTestId("undo").ClickAsync();
        await page.Keyboard.PressAsync("Control+z");
        await page.Keyboard.PressAsync("Control+z");
        await page.NextFramesAsync();

        Assert.Equal(hash, await page.HashAsync());
        Assert.Equal(pixels, await page.EvaluateAsync<string>(HeatmapPixels));
        Assert.Equal(loss, await page.LossAsync("loss-train"));
        Assert.Equal(3, await page.EpochAsync());

        await page.Keyboard.PressAsync("Control+Shift+z");
        await page.Keyboard.PressAsync("Control+Shift+z");
        await page.GetByTestId("redo").ClickAsync();
        await page.NextFramesAsync();
        Assert.Equal(changedHash, await page.HashAsync());
    }
}
