namespace NeuralPlayground.Host;

/// <summary>Where and how <see cref="PlaygroundServer"/> serves the published app.</summary>
public sealed record PlaygroundServerOptions
{
    /// <summary>The port used when none is given.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The published <c>wwwroot</c> folder; by default the one the build of this project published.</summary>
    public string WebRoot { get; init; } = PlaygroundServer.PublishedWebRoot;

    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>
    /// Serve a file's brotli-compressed twin (<c>name.br</c>, written by publish) to browsers that
    /// accept <c>br</c>, instead of the file itself: 2.2 MB instead of 6.7 MB of runtime. Off by
    /// default: this server listens on loopback only, where the bytes cost nothing and decoding
    /// them costs the browser CPU time — the first frame comes 30–100 ms sooner without it on this
    /// 2-core machine (the E2E startup benchmark compares both). A host on a network should serve
    /// the <c>.br</c> files publish writes.
    /// </summary>
    public bool ServePrecompressed { get; init; }
}
