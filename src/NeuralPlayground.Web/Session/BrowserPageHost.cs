using System.Runtime.Versioning;

namespace NeuralPlayground.Web.Session;

/// <summary>The real page: calls into <c>js/playground.js</c>.</summary>
[SupportedOSPlatform("browser")]
public sealed class BrowserPageHost : IPageHost
{
    /// <inheritdoc/>
    public void ReplaceHash(string hash) => PlaygroundInterop.ReplaceHash(hash);

    /// <inheritdoc/>
    public void DrawFrame(Span<byte> pixels, string key, Span<double> links) => PlaygroundInterop.DrawFrame(pixels, key, links);

    /// <inheritdoc/>
    public bool RequestFrame(string structure, Span<double> weights, Span<double> biases, string? selectedNodeId, bool discretize, string key, Span<double> links) =>
        PlaygroundInterop.RequestFrame(structure, weights, biases, selectedNodeId, discretize, key, links);

    /// <inheritdoc/>
    public void DrawLossChart(Span<double> values) => PlaygroundInterop.DrawLossChart(values);

    /// <inheritdoc/>
    public void Download(string fileName, string mimeType, string content) => PlaygroundInterop.Download(fileName, mimeType, content);

    /// <inheritdoc/>
    public void DownloadSvgAsPng(string fileName, string svg, double scale) => PlaygroundInterop.DownloadSvgAsPng(fileName, svg, scale);

    /// <inheritdoc/>
    public void CopyText(string text) => PlaygroundInterop.CopyText(text);

    /// <inheritdoc/>
    public string? LoadSavedWork() => StorageInterop.LoadWork();

    /// <inheritdoc/>
    public void SaveWork(string json) => StorageInterop.SaveWork(json);

    /// <inheritdoc/>
    public void ClearSavedWork() => StorageInterop.ClearWork();
}
