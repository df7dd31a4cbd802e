using NeuralPlayground.E2E.Tests.Support;

namespace NeuralPlayground.E2E.Tests;

/// <summary>The output heatmap's pixels against the original's numbers mapped through its colour scale.</summary>
[Collection(PlaygroundAppCollection.Name)]
public sealed class RenderingFidelityTests(PlaygroundAppFixture app, ITestOutputHelper output)
{
    // The original's 31 heatmap shades (spec §11.2).
    private static readonly string[] Shades =
    [
        "f59322", "f4992f", "f39f3d", "f2a44a", "f2aa58", "f1b065", "f0b672", "efbc80", "eec18d", "edc79b", "eccda8",
        "ebd3b5", "ebd9c3", "eaded0", "e9e4de", "e8eaeb", "d9e2e8", "cadbe5", "bbd3e2", "accbdf", "9dc4dc", "8ebcd9",
        "7fb4d6", "71add2", "62a5cf", "539dcc", "4496c9", "358ec6", "2686c3", "177fc0", "0877bd",
    ];

    [BrowserFact]
    public async Task OutputHeatmap_MatchesOriginalGridColours_AfterTenEpochsOfT01()
    {
        var config = GoldenFiles.Entry("grid.json", "configs", "T01");
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#" + config.GetProperty("hash").GetString());
        await page.WaitForFirstFrameAsync();

        for (var e = 0; e < 10; e++)
        {
            await page.GetByTestId("step").ClickAsync();
        }

        await Expect(page.GetByTestId("epoch")).ToContainTextAsync("000,010");
        await page.NextFramesAsync();
        var rgb = await page.EvaluateAsync<int[]>("() => Array.from(document.querySelector('canvas[data-heatmap=\"main\"]').getContext('2d').getImageData(0, 0, 100, 100).data)");
        var columns = config.GetProperty("output").EnumerateArray().Select(c => c.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        var matches = 0;
        for (var j = 0; j < 100; j++)
        {
            for (var i = 0; i < 100; i++)
            {
                var expected = Shades[Math.Clamp((int)Math.Floor(15.5 * (columns[i][j] + 1)), 0, 30)];
                var p = ((j * 100) + i) * 4;
                matches += Close(expected, rgb[p], rgb[p + 1], rgb[p + 2]) ? 1 : 0;
            }
        }

        output.WriteLine($"{matches} of 10000 cells have the original's shade");
        Assert.True(matches >= 9900, $"only {matches} of 10000 cells match the original's colours");
    }

    [BrowserFact]
    public async Task DatasetThumbnails_ArePaintedAtTheirBoxSize_WithBothClassesColours()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();

        // Per thumbnail: its canvas width less its box width, then its orange and blue pixels.
        var thumbnails = await page.EvaluateAsync<int[][]>("""
            () => [...document.querySelectorAll('canvas[data-dataset]:not([data-dataset=custom])')].map(c => {
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let orange = 0, blue = 0;
                for (let p = 0; p < d.length; p += 4) {
                    orange += d[p + 3] > 0 && d[p] > d[p + 2] + 50 ? 1 : 0;
                    blue += d[p + 3] > 0 && d[p + 2] > d[p] + 50 ? 1 : 0;
                }
                return [c.width - c.clientWidth, orange, blue];
            })
            """);

        Assert.Equal(4, thumbnails.Length);
        Assert.All(thumbnails, t => Assert.True(t[0] == 0 && t[1] > 20 && t[2] > 20, string.Join(", ", t)));
    }

    // getImageData un-premultiplies alpha 160, so channels may be off by one or two.
    private static bool Close(string hex, int r, int g, int b) =>
        Math.Abs(Convert.ToInt32(hex[..2], 16) - r) <= 2
        && Math.Abs(Convert.ToInt32(hex[2..4], 16) - g) <= 2
        && Math.Abs(Convert.ToInt32(hex[4..], 16) - b) <= 2;
}
