using NeuralPlayground.Web.Session;

namespace NeuralPlayground.Web.Tests.Support;

/// <summary>Records what the session asks of the page instead of calling JavaScript.</summary>
public sealed class FakePageHost : IPageHost
{
    /// <summary>Every hash written, in order.</summary>
    public List<string> Hashes { get; } = [];

    /// <summary>Keys of every frame drawn, in order.</summary>
    public List<string> Frames { get; } = [];

    /// <summary>The bytes of the last frame.</summary>
    public byte[] LastPixels { get; private set; } = [];

    /// <summary>The link section of the last frame (see <see cref="IPageHost.LinkStride"/>).</summary>
    public double[] LastLinks { get; private set; } = [];

    /// <summary>Every download offered: file name, MIME type, content (for PNGs from SVG: the SVG).</summary>
    public List<(string FileName, string MimeType, string Content)> Downloads { get; } = [];

    /// <summary>Every text copied to the clipboard.</summary>
    public List<string> Copied { get; } = [];

    /// <summary>The browser storage's saved work (null: none); tests may plant any text here.</summary>
    public string? SavedWork { get; set; }

    /// <summary>Every saved work written, in order.</summary>
    public List<string> Saves { get; } = [];

    /// <summary>How many times the saved work was cleared.</summary>
    public int Clears { get; private set; }

    /// <inheritdoc/>
    public void ReplaceHash(string hash) => Hashes.Add(hash);

    /// <inheritdoc/>
    public string? LoadSavedWork() => SavedWork;

    /// <inheritdoc/>
    public void SaveWork(string json)
    {
        Saves.Add(json);
        SavedWork = json;
    }

    /// <inheritdoc/>
    public void ClearSavedWork()
    {
        Clears++;
        SavedWork = null;
    }

    /// <summary>The values of the last loss chart drawn (see <see cref="IPageHost.DrawLossChart"/>).</summary>
    public double[] LastChart { get; private set; } = [];

    /// <summary>How many times the loss chart was drawn.</summary>
    public int ChartDraws { get; private set; }

    /// <inheritdoc/>
    public void DrawLossChart(Span<double> values)
    {
        LastChart = values.ToArray();
        ChartDraws++;
    }

    /// <inheritdoc/>
    public void Download(string fileName, string mimeType, string content) => Downloads.Add((fileName, mimeType, content));

    /// <inheritdoc/>
    public void DownloadSvgAsPng(string fileName, string svg, double scale) => Downloads.Add((fileName, "image/png", svg));

    /// <inheritdoc/>
    public void CopyText(string text) => Copied.Add(text);

    /// <summary>No grid worker here: the session draws every frame itself.</summary>
    public bool RequestFrame(string structure, Span<double> weights, Span<double> biases, string? selectedNodeId, bool discretize, string key, Span<double> links) => false;

    /// <inheritdoc/>
    public void DrawFrame(Span<byte> pixels, string key, Span<double> links)
    {
        LastLinks = links.ToArray();
        Frames.Add(key);
        LastPixels = pixels.ToArray();
    }
}
