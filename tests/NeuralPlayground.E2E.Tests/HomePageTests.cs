using System.Buffers.Binary;
using NeuralPlayground.E2E.Tests.Support;

namespace NeuralPlayground.E2E.Tests;

[Collection(PlaygroundAppCollection.Name)]
public sealed class HomePageTests(PlaygroundAppFixture app, ITestOutputHelper output)
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [BrowserFact]
    public async Task Step_ShowsEpochOneAndTheOriginalsTrainingLoss_ForSeed12345()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");

        // Test ids are the hooks the UI keeps stable (issue 3); the icon button's name may change.
        await page.GetByTestId("step").ClickAsync();

        await Expect(page.GetByTestId("epoch")).ToContainTextAsync("000,001");
        // The original shows 0.496 (0.49635937670035557) after one epoch at this seed.
        await Expect(page.GetByTestId("loss-train")).ToHaveTextAsync("0.496");
    }

    [BrowserFact]
    public async Task Screenshot_IsKeptAsArtifact_AfterThePageRendered()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/#seed=0.12345");
        await Expect(page.GetByTestId("epoch")).ToContainTextAsync("000,000");
        var path = E2EArtifacts.PathOf("home.png");

        await page.ScreenshotAsync(new() { Path = path, FullPage = true });

        output.WriteLine($"Screenshot: {path}");
        var png = await File.ReadAllBytesAsync(path);
        Assert.Equal(PngSignature, png[..PngSignature.Length]);
        Assert.Equal(1024, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
    }
}
