using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// The two directions of the frame loop (STACK.md): JavaScript's requestAnimationFrame calls
/// <see cref="Frame"/>, which pushes all pixels back in one <see cref="DrawFrame"/> call.
/// </summary>
[SupportedOSPlatform("browser")]
public static partial class PlaygroundInterop
{
    /// <summary>The module name the functions are imported from.</summary>
    public const string Module = "playground";

    /// <summary>The session the exported entry points drive (one page, one session).</summary>
    internal static PlaygroundSession? Current { get; set; }

    /// <summary>Loads the JavaScript module; call once before anything else here.</summary>
    public static Task LoadAsync() => JSHost.ImportAsync(Module, "../js/playground.js");

    /// <summary>Called by JavaScript once per animation frame.</summary>
    /// <param name="time">The frame's timestamp in milliseconds.</param>
    [JSExport]
    public static void Frame(double time) => Current?.OnFrame(time);

    /// <summary>
    /// Called by JavaScript once, when the page first goes idle after start: checks and takes the
    /// compiled exact tanh and exp (<see cref="BrowserMath"/>, ~20 ms), off the start-up path. Until
    /// then the ports compute the same bits, slower.
    /// </summary>
    [JSExport]
    public static void Idle() => BrowserMath.Install();

    /// <summary>Called by JavaScript when the grid worker stopped with a frame unfinished: the page draws it.</summary>
    [JSExport]
    public static void Redraw() => Current?.InvalidateFrame();

    /// <summary>Called by JavaScript when the user edits the hash by hand.</summary>
    /// <param name="url">The page's new URL.</param>
    [JSExport]
    public static void HashChanged(string url) => Current?.OnHashEdited(url);

    /// <summary>Called by JavaScript at start and whenever the window is resized.</summary>
    /// <param name="viewportWidth">The window's inner width in CSS px.</param>
    [JSExport]
    public static void Resized(double viewportWidth) => Current?.OnResized(viewportWidth);

    /// <summary>Called by JavaScript on Ctrl+Z (Cmd+Z on macOS) outside text fields.</summary>
    [JSExport]
    public static void Undo() => Current?.Undo();

    /// <summary>Called by JavaScript on Ctrl+Shift+Z or Ctrl+Y (Cmd+Shift+Z on macOS) outside text fields.</summary>
    [JSExport]
    public static void Redo() => Current?.Redo();

    /// <summary>Called by JavaScript with a file the user picked or dropped (issue 5, your own data).</summary>
    /// <param name="fileName">The file's name.</param>
    /// <param name="text">Its text, or null when it is larger than <see cref="PlaygroundSession.MaxImportChars"/>.</param>
    [JSExport]
    public static void ImportFile(string fileName, string? text) => Current?.ImportFile(fileName, text);

    /// <summary>Starts the animation-frame loop and the hash listener.</summary>
    [JSImport("start", Module)]
    public static partial Task StartAsync();

    /// <summary>Rewrites the URL hash with history.replaceState (no history entry).</summary>
    [JSImport("replaceHash", Module)]
    public static partial void ReplaceHash(string hash);

    /// <summary>
    /// Paints the dataset thumbnail canvas <c>data-dataset="<paramref name="name"/>"</c>: a 4 × 4 square on its
    /// 100 × 100 plane per x, y, 0xRRGGBB triple of <paramref name="squares"/>, in order.
    /// </summary>
    [JSImport("drawDataset", Module)]
    public static partial void DrawDataset(string name, [JSMarshalAs<JSType.MemoryView>] Span<double> squares);

    /// <summary>Copies the frame's pixels into the heatmap canvases named by <paramref name="key"/> and strokes the diagram's links.</summary>
    [JSImport("drawFrame", Module)]
    public static partial void DrawFrame([JSMarshalAs<JSType.MemoryView>] Span<byte> pixels, string key, [JSMarshalAs<JSType.MemoryView>] Span<double> links);

    /// <summary>Hands a frame's heatmaps to the grid worker (see <see cref="IPageHost.RequestFrame"/>); false when it is not running.</summary>
    [JSImport("requestFrame", Module)]
    public static partial bool RequestFrame(
        string structure,
        [JSMarshalAs<JSType.MemoryView>] Span<double> weights,
        [JSMarshalAs<JSType.MemoryView>] Span<double> biases,
        string? selectedNodeId,
        bool discretize,
        string key,
        [JSMarshalAs<JSType.MemoryView>] Span<double> links);

    /// <summary>Draws the loss chart's lines (see <see cref="IPageHost.DrawLossChart"/>).</summary>
    [JSImport("drawLossChart", Module)]
    public static partial void DrawLossChart([JSMarshalAs<JSType.MemoryView>] Span<double> values);

    /// <summary>Offers text as a file download (a Blob and a temporary link).</summary>
    [JSImport("download", Module)]
    public static partial void Download(string fileName, string mimeType, string content);

    /// <summary>Draws a standalone SVG on a canvas at a scale and offers the PNG as a download.</summary>
    [JSImport("downloadSvgAsPng", Module)]
    public static partial void DownloadSvgAsPng(string fileName, string svg, double scale);

    /// <summary>Copies text to the clipboard.</summary>
    [JSImport("copyText", Module)]
    public static partial void CopyText(string text);
}
