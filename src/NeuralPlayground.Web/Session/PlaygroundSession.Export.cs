using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Export;
using NeuralPlayground.Web.Components;

namespace NeuralPlayground.Web.Session;

/// <summary>Export (issue 5): pictures, the trained model, its code and the data, from Core.</summary>
public sealed partial class PlaygroundSession
{
    /// <summary>How much larger than on screen the PNGs are drawn (sharp on high-density screens and in slides).</summary>
    public const double PngScale = 2;

    /// <summary>The output heatmap with its points and axes, as a PNG.</summary>
    public void ExportHeatmapPng() =>
        _host.DownloadSvgAsPng(FileName("heatmap", "png"), FigureExport.OutputHeatmapSvg(Model), PngScale);

    /// <summary>The whole figure (features, network, heatmaps, links, output) as an SVG.</summary>
    public void ExportFigureSvg() => _host.Download(FileName("figure", "svg"), "image/svg+xml", FigureSvg());

    /// <summary>The whole figure as a PNG.</summary>
    public void ExportFigurePng() => _host.DownloadSvgAsPng(FileName("figure", "png"), FigureSvg(), PngScale);

    /// <summary>The trained model (shape, activations, weights, biases, the URL) as JSON.</summary>
    public void ExportModelJson() => _host.Download(FileName("model", "json"), "application/json", ModelJson.Write(Model));

    /// <summary>The current train and test points as CSV (<c>x,y,label,split</c>).</summary>
    public void ExportDataCsv() => _host.Download(FileName("data", "csv"), "text/csv", DataCsv.Write(Model.Data));

    /// <summary>Copies a self-contained C# function computing the trained network's output.</summary>
    public void CopyCSharp() => _host.CopyText(CodeExport.CSharp(Model));

    /// <summary>Copies a self-contained NumPy function computing the trained network's output.</summary>
    public void CopyNumPy() => _host.CopyText(CodeExport.NumPy(Model));

    private string FigureSvg() =>
        FigureExport.FigureSvg(Model, NetworkDiagram.WidthForPage(PageWidth), PageAddress());

    // The page's address without its hash, for the figure's caption.
    private string PageAddress()
    {
        var uri = _navigation.Uri;
        var hash = uri.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? uri : uri[..hash];
    }

    // playground-<what>-epoch-<n>.<extension>, so several exports of one run sort by epoch.
    private string FileName(string what, string extension) =>
        $"playground-{what}-epoch-{Model.Epoch.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{extension}";
}
