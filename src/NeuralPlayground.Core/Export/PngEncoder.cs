using System.Buffers.Binary;
using System.Text;

namespace NeuralPlayground.Core.Export;

/// <summary>
/// A dependency-free PNG writer (ISO/IEC 15948) for 8-bit RGBA images: signature, IHDR (colour
/// type 6, no interlace), one IDAT of filter-0 scanlines in a zlib stream, IEND; each chunk with its
/// CRC-32. Deterministic: the same pixels always give the same bytes.
/// </summary>
public static class PngEncoder
{
    /// <summary>The 8-byte PNG signature: 137 P N G CR LF SUB LF.</summary>
    public static ReadOnlySpan<byte> Signature => [137, 80, 78, 71, 13, 10, 26, 10];

    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>Encodes <paramref name="rgba"/> (row-major, top row first, 4 bytes R, G, B, A per pixel) as a PNG file.</summary>
    /// <param name="rgba">Exactly width·height·4 bytes, straight (not premultiplied) alpha.</param>
    /// <param name="width">Pixels per row, ≥ 1.</param>
    /// <param name="height">Rows, ≥ 1.</param>
    /// <returns>The whole file.</returns>
    public static byte[] Encode(ReadOnlySpan<byte> rgba, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        var stride = width * 4;
        if (rgba.Length != (long)stride * height)
        {
            throw new ArgumentException($"Expected {(long)stride * height} bytes for {width}×{height} RGBA, got {rgba.Length}.", nameof(rgba));
        }

        var scanlines = new byte[(stride + 1) * height];
        for (var row = 0; row < height; row++)
        {
            rgba.Slice(row * stride, stride).CopyTo(scanlines.AsSpan((row * (stride + 1)) + 1));
        }

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8;
        header[9] = 6;
        using var file = new MemoryStream();
        file.Write(Signature);
        WriteChunk(file, "IHDR", header);
        WriteChunk(file, "IDAT", Deflate.ZlibCompress(scanlines));
        WriteChunk(file, "IEND", []);
        return file.ToArray();
    }

    /// <summary>The CRC-32 of PNG chunks and zip (reflected polynomial 0xEDB88320, initial and final XOR 0xFFFFFFFF).</summary>
    public static uint Crc32(ReadOnlySpan<byte> data) => ~Update(0xFFFFFFFFu, data);

    private static uint Update(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    // Length, type, data, then the CRC of type and data, all big-endian.
    private static void WriteChunk(MemoryStream file, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        file.Write(word);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        file.Write(typeBytes);
        file.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, ~Update(Update(0xFFFFFFFFu, typeBytes), data));
        file.Write(word);
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
