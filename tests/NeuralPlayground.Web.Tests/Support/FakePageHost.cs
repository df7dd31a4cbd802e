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

    /// <inheritdoc/>
    public void ReplaceHash(string hash) => Hashes.Add(hash);

    /// <inheritdoc/>
    public void DrawFrame(Span<byte> pixels, string key, Span<double> links)
    {
        LastLinks = links.ToArray();
        Frames.Add(key);
        LastPixels = pixels.ToArray();
    }
}
