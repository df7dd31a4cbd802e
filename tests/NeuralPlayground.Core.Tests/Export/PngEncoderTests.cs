using System.Text;
using NeuralPlayground.Core.Export;
using NeuralPlayground.Core.Randomness;

namespace NeuralPlayground.Core.Tests.Export;

public sealed class PngEncoderTests
{
    [Fact]
    public void Encode_WritesSignatureThenIhdrIdatIend()
    {
        var png = PngEncoder.Encode(new byte[3 * 2 * 4], 3, 2);

        var chunks = PngFile.Chunks(png);

        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        Assert.Equal(new byte[] { 0, 0, 0, 3, 0, 0, 0, 2, 8, 6, 0, 0, 0 }, chunks[0].Data);
        Assert.Empty(chunks[2].Data);
    }

    [Fact]
    public void Encode_RoundTripsPixels_ForNoise()
    {
        var random = new SeededRandom("png-noise");
        var rgba = new byte[37 * 23 * 4];
        for (var k = 0; k < rgba.Length; k++)
        {
            rgba[k] = (byte)(random.NextDouble() * 256);
        }

        var (width, height, decoded) = PngFile.Decode(PngEncoder.Encode(rgba, 37, 23));

        Assert.Equal((37, 23), (width, height));
        Assert.Equal(rgba, decoded);
    }

    [Fact]
    public void Encode_RoundTripsAndCompresses_ForRunsOfFewColours()
    {
        var rgba = new byte[100 * 100 * 4];
        for (var p = 0; p < 100 * 100; p++)
        {
            var blue = (p % 100) + (p / 100) > 90;
            rgba[4 * p] = (byte)(blue ? 8 : 245);
            rgba[(4 * p) + 1] = (byte)(blue ? 119 : 147);
            rgba[(4 * p) + 2] = (byte)(blue ? 189 : 34);
            rgba[(4 * p) + 3] = 160;
        }

        var png = PngEncoder.Encode(rgba, 100, 100);

        Assert.Equal(rgba, PngFile.Decode(png).Rgba);
        Assert.True(png.Length < rgba.Length / 10, $"{png.Length} bytes");
    }

    [Fact]
    public void Encode_IsDeterministic()
    {
        var rgba = Enumerable.Range(0, 64).Select(k => (byte)(k * 7)).ToArray();

        Assert.Equal(PngEncoder.Encode(rgba, 4, 4), PngEncoder.Encode(rgba, 4, 4));
    }

    [Theory]
    [InlineData(2, 2, 15)]
    [InlineData(0, 1, 0)]
    public void Encode_Throws_WhenSizeDoesNotMatch(int width, int height, int bytes)
    {
        Assert.ThrowsAny<ArgumentException>(() => PngEncoder.Encode(new byte[bytes], width, height));
    }

    [Fact]
    public void Crc32_MatchesCheckValue_ForDigits()
    {
        Assert.Equal(0xCBF43926u, PngEncoder.Crc32(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Adler32_MatchesKnownValue_ForWikipedia()
    {
        Assert.Equal(0x11E60398u, Deflate.Adler32(Encoding.ASCII.GetBytes("Wikipedia")));
    }

    [Fact]
    public void ZlibCompress_RoundTrips_ForLongRepeatsAndEmptyInput()
    {
        byte[] data = [.. Enumerable.Repeat(Encoding.ASCII.GetBytes("abcab"), 20_000).SelectMany(b => b), 1, 2];

        Assert.Equal(data, Inflate(Deflate.ZlibCompress(data)));
        Assert.Empty(Inflate(Deflate.ZlibCompress([])));
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new MemoryStream(zlib);
        using var inflater = new System.IO.Compression.ZLibStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        inflater.CopyTo(output);
        return output.ToArray();
    }
}
