namespace NeuralPlayground.Core.Export;

/// <summary>
/// A small zlib stream writer (RFC 1950/1951): one deflate block with the fixed Huffman codes and a
/// greedy LZ77 match per position (one hash candidate, 32 KiB window), then the Adler-32 of the
/// input. Heatmaps are runs of a few colours, so distance-4 and row-distance matches shrink them
/// ten- to a hundredfold without dynamic tables.
/// </summary>
internal static class Deflate
{
    private const int MinMatch = 3;
    private const int MaxMatch = 258;
    private const int Window = 32768;
    private const int HashBits = 15;

    private static readonly int[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly int[] LengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly int[] DistanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    private static readonly int[] DistanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

    /// <summary>The zlib stream of <paramref name="data"/>: header 78 01, fixed-Huffman deflate, Adler-32 (big-endian).</summary>
    public static byte[] ZlibCompress(ReadOnlySpan<byte> data)
    {
        var bits = new BitWriter(data.Length / 4);
        bits.WriteByte(0x78);
        bits.WriteByte(0x01);
        bits.Write(1, 1);
        bits.Write(1, 2);
        var head = new int[1 << HashBits];
        Array.Fill(head, -1);
        var at = 0;
        while (at < data.Length)
        {
            var (length, distance) = FindMatch(data, at, head);
            if (length >= MinMatch)
            {
                WriteMatch(bits, length, distance);
                for (var k = 0; k < length; k++, at++)
                {
                    Remember(data, at, head);
                }
            }
            else
            {
                WriteSymbol(bits, data[at]);
                Remember(data, at, head);
                at++;
            }
        }

        WriteSymbol(bits, 256);
        bits.AlignToByte();
        var adler = Adler32(data);
        for (var shift = 24; shift >= 0; shift -= 8)
        {
            bits.WriteByte((byte)(adler >> shift));
        }

        return bits.ToArray();
    }

    /// <summary>Adler-32 (RFC 1950): s2·65536 + s1 with s1 = 1 + Σ bytes and s2 = Σ s1, both mod 65521.</summary>
    public static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Mod = 65521;
        uint s1 = 1, s2 = 0;
        foreach (var b in data)
        {
            s1 = (s1 + b) % Mod;
            s2 = (s2 + s1) % Mod;
        }

        return (s2 << 16) | s1;
    }

    // Knuth's multiplicative hash of the next three bytes.
    private static int Hash(ReadOnlySpan<byte> data, int at) =>
        (int)((uint)((data[at] << 16) | (data[at + 1] << 8) | data[at + 2]) * 2654435761u >> (32 - HashBits));

    private static void Remember(ReadOnlySpan<byte> data, int at, int[] head)
    {
        if (at + MinMatch <= data.Length)
        {
            head[Hash(data, at)] = at;
        }
    }

    private static (int Length, int Distance) FindMatch(ReadOnlySpan<byte> data, int at, int[] head)
    {
        if (at + MinMatch > data.Length)
        {
            return (0, 0);
        }

        var candidate = head[Hash(data, at)];
        if (candidate < 0 || at - candidate > Window)
        {
            return (0, 0);
        }

        var limit = Math.Min(MaxMatch, data.Length - at);
        var length = 0;
        while (length < limit && data[candidate + length] == data[at + length])
        {
            length++;
        }

        return (length, at - candidate);
    }

    private static void WriteMatch(BitWriter bits, int length, int distance)
    {
        var code = Array.FindLastIndex(LengthBase, b => b <= length);
        WriteSymbol(bits, 257 + code);
        bits.Write(length - LengthBase[code], LengthExtra[code]);
        var d = Array.FindLastIndex(DistanceBase, b => b <= distance);
        bits.WriteReversed(d, 5);
        bits.Write(distance - DistanceBase[d], DistanceExtra[d]);
    }

    // The fixed literal/length code (RFC 1951 §3.2.6), sent most significant bit first.
    private static void WriteSymbol(BitWriter bits, int symbol)
    {
        switch (symbol)
        {
            case < 144: bits.WriteReversed(0x30 + symbol, 8); break;
            case < 256: bits.WriteReversed(0x190 + symbol - 144, 9); break;
            case < 280: bits.WriteReversed(symbol - 256, 7); break;
            default: bits.WriteReversed(0xC0 + symbol - 280, 8); break;
        }
    }

    private sealed class BitWriter(int capacity)
    {
        private readonly List<byte> _bytes = new(capacity);
        private uint _buffer;
        private int _count;

        public void Write(int value, int bitCount)
        {
            _buffer |= (uint)value << _count;
            _count += bitCount;
            while (_count >= 8)
            {
                _bytes.Add((byte)_buffer);
                _buffer >>= 8;
                _count -= 8;
            }
        }

        public void WriteReversed(int code, int bitCount)
        {
            var reversed = 0;
            for (var k = 0; k < bitCount; k++)
            {
                reversed |= ((code >> k) & 1) << (bitCount - 1 - k);
            }

            Write(reversed, bitCount);
        }

        public void AlignToByte() => Write(0, (8 - _count) & 7);

        public void WriteByte(byte value) => Write(value, 8);

        public byte[] ToArray() => [.. _bytes];
    }
}
