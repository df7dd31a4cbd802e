using System.Globalization;
using NeuralPlayground.E2E.Tests.Support;

namespace NeuralPlayground.E2E.Tests;

/// <summary>Your own data in a real browser (issue 5): painting, the link that carries it, importing a file.</summary>
[Collection(PlaygroundAppCollection.Name)]
public sealed class CustomDataJourneyTests(PlaygroundAppFixture app)
{
    // Every point drawn on the output heatmap (training, then test), as "cx cy fill", in document order.
    private const string DrawnPoints =
        "() => [...document.querySelectorAll('[data-testid=output-heatmap] g.train circle, [data-testid=output-heatmap] g.test circle')]" +
        ".map(c => c.getAttribute('cx') + ' ' + c.getAttribute('cy') + ' ' + c.getAttribute('fill'))";

    [BrowserFact]
    public async Task TwentyPaintedPoints_TravelInTheLink_AndALaterVisitSeesTheSamePoints()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();
        await page.GetByTestId("show-test-data").CheckAsync();
        await page.GetByTestId("paint-clear").ClickAsync();

        var surface = await page.GetByTestId("paint-surface").BoundingBoxAsync();
        var clicks = new List<(int X, int Y)>();
        for (var i = 0; i < 20; i++)
        {
            if (i % 10 == 0)
            {
                await page.GetByTestId(i < 10 ? "paint-positive" : "paint-negative").ClickAsync();
            }

            var (x, y) = (30 + (20 * (i % 10)), i < 10 ? 60 : 200);
            clicks.Add((x, y));
            await page.Mouse.ClickAsync(surface!.X + x, surface.Y + y);
        }

        for (var i = 0; i < 3; i++)
        {
            await page.GetByTestId("step").ClickAsync();
        }

        await page.NextFramesAsync();
        var hash = await page.HashAsync();
        Assert.Contains("data=", hash, StringComparison.Ordinal);
        var points = await page.EvaluateAsync<string[]>(DrawnPoints);
        Assert.Equal(20, points.Length);
        var positions = points.Select(p => p.Split(' ')).Select(p => (X: Parse(p[0]), Y: Parse(p[1]))).ToArray();
        Assert.All(clicks, c => Assert.Contains(positions, p => Math.Abs(p.X - c.X) < 0.5 && Math.Abs(p.Y - c.Y) < 0.5));
        Assert.Equal(2, points.Select(p => p.Split(' ')[2]).Distinct().Count());
        await page.ScreenshotAsync(new() { Path = E2EArtifacts.PathOf("custom-data-painted.png"), FullPage = true });

        var later = await context.NewPageAsync();
        await later.GotoAsync("/#" + hash);
        await later.WaitForFirstFrameAsync();

        Assert.Equal(points, await later.EvaluateAsync<string[]>(DrawnPoints));
        Assert.Contains("selected", await later.GetByTestId("dataset-custom").GetAttributeAsync("class"), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task ImportedCsv_ReplacesThePoints_AndTheProblemTypeFollows()
    {
        var file = Path.Combine(Path.GetTempPath(), $"np-import-{Guid.NewGuid():N}.csv");
        var lines = Enumerable.Range(0, 60).Select(i => FormattableString.Invariant($"{i * 10 % 100},{i % 7},{i % 3}"));
        await File.WriteAllLinesAsync(file, ["x,y,class", .. lines]);
        try
        {
            await using var context = await app.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync("/#seed=0.12345");
            await page.WaitForFirstFrameAsync();
            await page.GetByTestId("show-test-data").CheckAsync();

            await page.GetByTestId("import-file").SetInputFilesAsync(file);

            await Expect(page.GetByTestId("import-note")).ToContainTextAsync("60 points, 3 classes; x 0…90 and y 0…6 scaled into −6…6");
            await Expect(page.GetByTestId("problem")).ToHaveValueAsync("multiclass");
            await Expect(page.Locator("[data-testid=output-heatmap] g.train circle, [data-testid=output-heatmap] g.test circle")).ToHaveCountAsync(60);
            Assert.Contains("problem=multiclass", await page.HashAsync(), StringComparison.Ordinal);
            Assert.Contains("data=", await page.HashAsync(), StringComparison.Ordinal);
            await Expect(page.GetByTestId("paint-class-2")).ToBeVisibleAsync();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [BrowserFact]
    public async Task BadCsv_ShowsItsErrorsWithLineNumbers_AndKeepsTheOldData()
    {
        var file = Path.Combine(Path.GetTempPath(), $"np-bad-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "x,y,label\n1,2,1\n3,abc,1\n4,5\n");
        try
        {
            await using var context = await app.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync("/#seed=0.12345");
            await page.WaitForFirstFrameAsync();
            var hash = await page.HashAsync();
            var points = await page.EvaluateAsync<string[]>(DrawnPoints);

            await page.GetByTestId("import-file").SetInputFilesAsync(file);

            var errors = page.GetByTestId("import-errors");
            await Expect(errors).ToContainTextAsync("line 3: y \"abc\" is not a number");
            await Expect(errors).ToContainTextAsync("line 4: 2 columns");
            Assert.Equal(hash, await page.HashAsync());
            Assert.Equal(points, await page.EvaluateAsync<string[]>(DrawnPoints));
            await page.ScreenshotAsync(new() { Path = E2EArtifacts.PathOf("custom-data-import-errors.png"), FullPage = true });

            await errors.Locator(".dismiss").ClickAsync();
            await Expect(errors).ToHaveCountAsync(0);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [BrowserFact]
    public async Task FileDroppedOnTheDataColumn_IsImported()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await page.WaitForFirstFrameAsync();
        var files = await page.EvaluateHandleAsync("""
            () => {
                const d = new DataTransfer();
                d.items.add(new File(['x,y,label\n-4,-4,1\n4,4,-1\n4,-4,1\n-4,4,-1\n'], 'dropped.csv', { type: 'text/csv' }));
                return d;
            }
            """);

        await page.DispatchEventAsync(".column.data", "dragover", new { dataTransfer = files });
        await Expect(page.Locator(".column.data")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("drop-over"));
        await page.DispatchEventAsync(".column.data", "drop", new { dataTransfer = files });

        await Expect(page.GetByTestId("import-note")).ToContainTextAsync("4 points, classification");
        await Expect(page.Locator(".column.data")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("drop-over"));
        Assert.Contains("data=", await page.HashAsync(), StringComparison.Ordinal);
    }

    private static double Parse(string value) => double.Parse(value, CultureInfo.InvariantCulture);
}
