using System.Globalization;

namespace NeuralPlayground.E2E.Tests.Support;

/// <summary>Reads what the playground page shows.</summary>
public static class PageExtensions
{
    /// <summary>The epoch counter as a number (<c>001,234</c> → 1234).</summary>
    public static async Task<long> EpochAsync(this IPage page)
    {
        var text = await page.GetByTestId("epoch").InnerTextAsync();
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        return long.Parse(digits, CultureInfo.InvariantCulture);
    }

    /// <summary>The training or test loss readout as a number.</summary>
    public static async Task<double> LossAsync(this IPage page, string testId) =>
        double.Parse((await page.GetByTestId(testId).InnerTextAsync()).Trim(), CultureInfo.InvariantCulture);

    /// <summary>The current URL hash without <c>#</c>.</summary>
    public static Task<string> HashAsync(this IPage page) => page.EvaluateAsync<string>("() => location.hash.slice(1)");

    /// <summary>Waits until the page has drawn its first heatmap frame (the loop is running).</summary>
    public static Task WaitForFirstFrameAsync(this IPage page) =>
        page.WaitForFunctionAsync("() => { const c = document.querySelector('canvas[data-heatmap=\"main\"]'); return c && c.getContext('2d').getImageData(50, 50, 1, 1).data[3] > 0; }");

    /// <summary>
    /// Waits two animation frames, so the frame loop has drawn whatever changed before, and then for
    /// the grid worker's pixels of the last frame it was asked for, when it runs.
    /// </summary>
    public static async Task NextFramesAsync(this IPage page)
    {
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        await page.WaitForFunctionAsync("() => !globalThis.playgroundFramePending");
    }

    /// <summary>Waits until the grid worker computes the heatmaps (it starts when the page first goes idle).</summary>
    public static Task WaitForGridWorkerAsync(this IPage page) =>
        page.WaitForFunctionAsync("() => document.documentElement.dataset.gridWorker === 'on'");
}
