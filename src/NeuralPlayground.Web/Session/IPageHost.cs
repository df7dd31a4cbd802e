namespace NeuralPlayground.Web.Session;

/// <summary>What the session needs from the browser page; a fake stands in for it in component tests.</summary>
public interface IPageHost
{
    /// <summary>Rewrites the URL hash (without <c>#</c>) without adding a history entry.</summary>
    void ReplaceHash(string hash);

    /// <summary>Pushes one frame of RGBA pixels to the heatmap canvases named by <paramref name="key"/>.</summary>
    void DrawFrame(Span<byte> pixels, string key);
}
