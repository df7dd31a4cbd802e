using System.Net;
using NeuralPlayground.Host;

namespace NeuralPlayground.E2E.Tests;

/// <summary>The Host's HTTP behaviour against the published app; no browser needed.</summary>
public sealed class PlaygroundServerTests : IAsyncLifetime
{
    private readonly HttpClient _client = new(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
    private PlaygroundServer? _server;

    private static string NativeWasm { get; } = Path.GetFileName(
        Directory.GetFiles(Path.Combine(PlaygroundServer.PublishedWebRoot, "_framework"), "dotnet.native.*.wasm").Single());

    public async Task InitializeAsync()
    {
        _server = await PlaygroundServer.StartAsync(new PlaygroundServerOptions { Port = 0, ServePrecompressed = true });
        _client.BaseAddress = _server.Address;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server!.DisposeAsync();
    }

    [Fact]
    public async Task Get_SendsBrotliTwinWithTheFilesContentType_WhenBrowserAcceptsBrotli()
    {
        using var response = await GetAsync($"_framework/{NativeWasm}", "gzip, deflate, br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Equal("application/wasm", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new FileInfo(PathInWebRoot($"_framework/{NativeWasm}.br")).Length, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Get_SendsThePlainFile_WhenBrowserDoesNotAcceptBrotli()
    {
        using var response = await GetAsync($"_framework/{NativeWasm}", "gzip");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal("application/wasm", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new FileInfo(PathInWebRoot($"_framework/{NativeWasm}")).Length, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task DefaultServer_SendsThePlainFile_EvenWhenBrowserAcceptsBrotli()
    {
        await using var server = await PlaygroundServer.StartAsync(new PlaygroundServerOptions { Port = 0 });
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"_framework/{NativeWasm}");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(new FileInfo(PathInWebRoot($"_framework/{NativeWasm}")).Length, response.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("")]
    [InlineData("some/deep/link")]
    public async Task Get_SendsIndexHtml_ForRootAndUnknownRoutes(string path)
    {
        using var response = await GetAsync(path, acceptEncoding: null);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>A Neural Network Playground</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Returns404_ForAMissingFile()
    {
        using var response = await GetAsync("_framework/missing.js", "br");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string PathInWebRoot(string relative) => Path.Combine(PlaygroundServer.PublishedWebRoot, relative);

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }

        return await _client.SendAsync(request);
    }
}
