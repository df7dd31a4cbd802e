using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NeuralPlayground.Core.Export;

namespace NeuralPlayground.Core.Tests.Export;

/// <summary>An independent PNG reader for the tests: chunks with checked CRCs, IDAT inflated by <see cref="ZLibStream"/>.</summary>
internal static class PngFile
{
    /// <summary>The chunks of a PNG file in order; throws when the signature or a CRC is wrong.</summary>
    public static List<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), "PNG signature");
        var chunks = new List<(string, byte[])>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length).ToArray();
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            Assert.Equal(ReferenceCrc32(png.AsSpan(at + 4, 4 + length)), crc);
            chunks.Add((type, data));
            at += 12 + length;
        }

        return chunks;
    }

    /// <summary>Width, height and RGBA bytes of an 8-bit RGBA, non-interlaced PNG with filter-0 rows.</summary>
    public static (int Width, int Height, byte[] Rgba) Decode(byte[] png)
    {
        var chunks = Chunks(png);
        var header = chunks[0].Data;
        var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(header), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
        Assert.Equal(new byte[] { 8, 6, 0, 0, 0 }, header[8..]);
        using var compressed = new MemoryStream([.. chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data)]);
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        var scanlines = raw.ToArray();
        var stride = width * 4;
        Assert.Equal((stride + 1) * height, scanlines.Length);
        var rgba = new byte[stride * height];
        for (var row = 0; row < height; row++)
        {
            Assert.Equal(0, scanlines[row * (stride + 1)]);
            scanlines.AsSpan((row * (stride + 1)) + 1, stride).CopyTo(rgba.AsSpan(row * stride));
        }

        return (width, height, rgba);
    }

    /// <summary>The RGBA pixels of a <c>data:image/png;base64,…</c> URI.</summary>
    public static (int Width, int Height, byte[] Rgba) DecodeDataUri(string uri)
    {
        const string Prefix = "data:image/png;base64,";
        Assert.StartsWith(Prefix, uri, StringComparison.Ordinal);
        return Decode(Convert.FromBase64String(uri[Prefix.Length..]));
    }

    // Bitwise CRC-32 (no table), independent of the encoder's.
    private static uint ReferenceCrc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
            }
        }

        return ~crc;
    }
}
