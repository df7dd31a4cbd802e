namespace NeuralPlayground.Web.Session;

/// <summary>What the session needs from the browser page; a fake stands in for it in component tests.</summary>
public interface IPageHost
{
    /// <summary>
    /// The links' section of a frame: the dash offset (<see cref="Core.Rendering.LinkStyle.DashOffset"/>), then per link in
    /// layout order x1, y1, x2, y2, stroke width (<see cref="Core.Rendering.LinkStyle.StrokeWidth"/>; 1 for NaN, as the
    /// stylesheet's) and colour (<see cref="Core.Rendering.LinkStyle.Stroke"/> as 0xRRGGBB, or −1 for a dead link).
    /// </summary>
    public const int LinkStride = 6;

    /// <summary>Rewrites the URL hash (without <c>#</c>) without adding a history entry.</summary>
    void ReplaceHash(string hash);

    /// <summary>
    /// Pushes one frame: RGBA pixels to the heatmap canvases named by <paramref name="key"/>, and the
    /// diagram's links and then its bias squares (<see cref="LinkStride"/> numbers each; a bias has a
    /// negative width, minus its side) to its link canvas.
    /// </summary>
    void DrawFrame(Span<byte> pixels, string key, Span<double> links);

    /// <summary>
    /// When the page runs the grid worker: draws <paramref name="links"/> as <see cref="DrawFrame"/> does and
    /// hands the heatmaps to the worker (<see cref="FramePixels"/> of the network described by
    /// <paramref name="structure"/> with these parameters), which draws them when done; a newer request
    /// replaces one still waiting. Returns false, drawing nothing, when there is no worker (yet).
    /// </summary>
    bool RequestFrame(string structure, Span<double> weights, Span<double> biases, string? selectedNodeId, bool discretize, string key, Span<double> links);

    /// <summary>
    /// Draws the loss chart's two lines: <paramref name="values"/> is the chart's width and height
    /// in px, then per point (oldest first, already thinned) the training and the test loss, NaN
    /// for a missing or non-finite one. The page computes the d3 scales of
    /// <see cref="Core.Rendering.LossChartPath"/> and writes both paths.
    /// </summary>
    void DrawLossChart(Span<double> values);

    /// <summary>Offers <paramref name="content"/> as a file download named <paramref name="fileName"/>.</summary>
    void Download(string fileName, string mimeType, string content);

    /// <summary>Rasterizes a standalone SVG at <paramref name="scale"/> × its size and offers it as a PNG download.</summary>
    void DownloadSvgAsPng(string fileName, string svg, double scale);

    /// <summary>Puts <paramref name="text"/> on the clipboard.</summary>
    void CopyText(string text);

    /// <summary>The saved work's JSON from the browser's storage (issue 5, <see cref="SavedWork"/>); null when there is none.</summary>
    string? LoadSavedWork();

    /// <summary>Keeps <paramref name="json"/> as the saved work in the browser's storage, replacing the last.</summary>
    void SaveWork(string json);

    /// <summary>Forgets the saved work.</summary>
    void ClearSavedWork();
}
