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

    /// <inheritdoc/>
    public void ReplaceHash(string hash) => Hashes.Add(hash);

    /// <inheritdoc/>
    public void DrawFrame(Span<byte> pixels, string key)
    {
        Frames.Add(key);
        LastPixels = pixels.ToArray();
    }
}
