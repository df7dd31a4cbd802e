using NeuralPlayground.E2E.Tests.Support;

namespace NeuralPlayground.E2E.Tests;

/// <summary>Multi-class training in the browser (issue 4): the controls, the loop and the class-coloured heatmap.</summary>
[Collection(PlaygroundAppCollection.Name)]
public sealed class MulticlassJourneyTests(PlaygroundAppFixture app)
{
    // Pixels of the main heatmap near a class colour that is neither the original's orange nor its
    // blue: green (#009e73) and pink (#cc79a7), blended with the neutral grey by confidence.
    private const string CountClassColours = """
        () => {
          const d = document.querySelector('canvas[data-heatmap="main"]').getContext('2d').getImageData(0, 0, 100, 100).data;
          let green = 0, pink = 0;
          for (let i = 0; i < d.length; i += 4) {
            const [r, g, b] = [d[i], d[i + 1], d[i + 2]];
            if (g > r + 30 && g > b + 15) green++;
            if (r > g + 40 && b > g + 20) pink++;
          }
          return [green, pink];
        }
        """;

    [BrowserFact]
    public async Task Multiclass_TrainsAndPaintsClassColours_AndChangesClasses()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#problem=multiclass&classes=3&mcDataset=blobs&noise=10&seed=0.27182");
        await page.WaitForFirstFrameAsync();
        await Expect(page.GetByTestId("problem")).ToHaveValueAsync("multiclass");
        await Expect(page.GetByTestId("dataset-blobs")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));
        var before = await page.LossAsync("loss-test");

        await page.GetByTestId("play-pause").ClickAsync();
        await page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=epoch]').innerText.replace(/\\D/g, '')) >= 30");
        await page.GetByTestId("play-pause").ClickAsync();

        Assert.True(await page.LossAsync("loss-test") < before, "the test loss falls while playing");
        await page.GetByTestId("classes").FillAsync("4");
        await page.WaitForFunctionAsync("() => location.hash.includes('classes=4')");
        Assert.Equal(0, await page.EpochAsync());
        await page.GetByTestId("speed").SelectOptionAsync("10");
        await page.WaitForFunctionAsync("() => location.hash.includes('epochsPerFrame=10')");
        await page.GetByTestId("play-pause").ClickAsync();
        await page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=epoch]').innerText.replace(/\\D/g, '')) >= 200");
        await page.GetByTestId("play-pause").ClickAsync();
        await page.NextFramesAsync();

        var counts = await page.EvaluateAsync<int[]>(CountClassColours);
        Assert.True(counts[0] > 300, $"{counts[0]} green pixels (class 2) in the output heatmap");
        Assert.True(counts[1] > 300, $"{counts[1]} pink pixels (class 3) in the output heatmap");
        await page.ScreenshotAsync(new() { Path = E2EArtifacts.PathOf("multiclass.png") });
    }

    [BrowserFact]
    public async Task TrainingControls_ArePresent_AndWriteTheHash()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();

        await page.GetByTestId("optimizer").SelectOptionAsync("adam");
        await page.WaitForFunctionAsync("() => location.hash.includes('optimizer=adam')");
        await page.GetByTestId("dropout").SelectOptionAsync("0.2");
        await page.WaitForFunctionAsync("() => location.hash.includes('dropout=0.2')");
        await page.GetByTestId("activation").SelectOptionAsync("gelu");

        await page.WaitForFunctionAsync("() => location.hash.includes('activation=gelu')");
        await Expect(page.GetByTestId("speed")).ToHaveValueAsync("1");
    }
}
