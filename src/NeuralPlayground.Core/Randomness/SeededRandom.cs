namespace NeuralPlayground.Core.Randomness;

/// <summary>
/// The original's <c>Math.random</c> after <c>Math.seedrandom(seed)</c>: seedrandom 2.4.4's ARC4
/// generator (RC4-drop[256] keyed by the seed's UTF-16 code units, 53-bit doubles; spec §4.1).
/// One instance is one stream; <see cref="Draws"/> counts the doubles taken from it.
/// </summary>
public sealed class SeededRandom
{
    private const int Width = 256;
    private const double StartDenom = 281474976710656.0; // 2^48
    private const double Significance = 4503599627370496.0; // 2^52
    private const double Overflow = 9007199254740992.0; // 2^53

    private readonly byte[] _s = new byte[Width];
    private int _i;
    private int _j;

    /// <summary>Seeds a new stream with <paramref name="seed"/>, used verbatim as a string.</summary>
    public SeededRandom(string seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        Seed = seed;
        var key = MixKey(seed);
        for (var i = 0; i < Width; i++)
        {
            _s[i] = (byte)i;
        }

        var j = 0;
        for (var i = 0; i < Width; i++)
        {
            var t = _s[i];
            j = (j + key[i % key.Length] + t) & 255;
            _s[i] = _s[j];
            _s[j] = t;
        }

        for (var n = 0; n < Width; n++)
        {
            NextByte();
        }
    }

    private SeededRandom(SeededRandom other)
    {
        Seed = other.Seed;
        other._s.CopyTo(_s, 0);
        _i = other._i;
        _j = other._j;
        Draws = other.Draws;
    }

    /// <summary>The seed string this stream was made from.</summary>
    public string Seed { get; }

    /// <summary>How many doubles have been drawn since seeding.</summary>
    public long Draws { get; private set; }

    /// <summary>The next uniform double in [0, 1), exactly as seedrandom's <c>prng()</c>.</summary>
    public double NextDouble()
    {
        Draws++;
        double n = NextBytes(6);
        var d = StartDenom;
        double x = 0;
        while (n < Significance)
        {
            n = (n + x) * Width;
            d *= Width;
            x = NextByte();
        }

        while (n >= Overflow)
        {
            n /= 2;
            d /= 2;
            x = (double)((uint)x >> 1);
        }

        return (n + x) / d;
    }

    /// <summary>
    /// An independent copy at this exact position (ARC4 i, j, the 256-byte S-box and
    /// <see cref="Draws"/>): the copy and this stream go on with the same doubles (for undo).
    /// </summary>
    public SeededRandom Clone() => new(this);

    /// <summary>Draws and discards <paramref name="count"/> doubles.</summary>
    public void Skip(long count)
    {
        for (long k = 0; k < count; k++)
        {
            NextDouble();
        }
    }

    private static int[] MixKey(string seed)
    {
        var key = new int[Math.Min(seed.Length, Width)];
        var smear = 0;
        for (var j = 0; j < seed.Length; j++)
        {
            var idx = j & (Width - 1);
            smear ^= key[idx] * 19;
            key[idx] = (smear + seed[j]) & 255;
        }

        return key.Length == 0 ? [0] : key;
    }

    private long NextBytes(int count)
    {
        long r = 0;
        for (var k = 0; k < count; k++)
        {
            r = (r * Width) + NextByte();
        }

        return r;
    }

    private int NextByte()
    {
        var s = _s;
        _i = (_i + 1) & 255;
        var t = s[_i];
        _j = (_j + t) & 255;
        s[_i] = s[_j];
        s[_j] = t;
        return s[(s[_i] + s[_j]) & 255];
    }
}
