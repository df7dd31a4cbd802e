using System.Xml.Linq;
using NeuralPlayground.E2E.Tests.Support;

namespace NeuralPlayground.E2E.Tests;

/// <summary>Export in a real browser (issue 5): the files a person gets.</summary>
[Collection(PlaygroundAppCollection.Name)]
public sealed class ExportJourneyTests(PlaygroundAppFixture app)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [BrowserFact]
    public async Task FigureAndHeatmap_DownloadAsPngs_AndTheFigureAsSvg()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();
        await page.GetByTestId("step").ClickAsync();
        await page.GetByTestId("export-toggle").ClickAsync();

        foreach (var (testId, fileName) in new[] { ("export-figure-png", "playground-figure-epoch-1.png"), ("export-heatmap-png", "playground-heatmap-epoch-1.png") })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(testId).ClickAsync());
            Assert.Equal(fileName, download.SuggestedFilename);
            var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
            Assert.Equal(PngSignature, bytes[..8]);
            Assert.True(bytes.Length > 2000, $"{fileName} is a real picture ({bytes.Length} bytes)");
        }

        var svg = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-figure-svg").ClickAsync());
        var document = XDocument.Parse(await File.ReadAllTextAsync((await svg.PathAsync())!));
        Assert.Equal("svg", document.Root!.Name.LocalName);
    }
}
