using System.Buffers.Text;
using System.Globalization;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Data;

/// <content>
/// The <c>data=</c> URL encoding, version 1: base64url (RFC 4648 §5, alphabet <c>A–Z a–z 0–9 - _</c>,
/// no padding) of these bytes:
/// <list type="number">
/// <item>byte 0: the version, 1;</item>
/// <item>byte 1: the label kind: 0 classification, 1 regression, 2 multi-class;</item>
/// <item>then 4 bytes per point (at most 500): x and y as 12-bit coordinate levels q = 0…3000,
/// q ↦ (q − 1500)/250 (<see cref="Coordinate"/>), packed big-endian as x·4096 + y in 3 bytes, then
/// the label byte: classification 0 = −1 and 1 = +1; regression the level 0…200, q ↦ (q − 100)/100
/// (<see cref="Label"/>); multi-class the class id 0…5.</item>
/// </list>
/// Points keep their order. Empty custom data (the Custom dataset with no points yet) is <c>AQA</c>,
/// <c>AQE</c> or <c>AQI</c>; 500 points take 2,670 characters.
/// </content>
public static partial class CustomData
{
    /// <summary>The version byte this code writes and reads.</summary>
    public const byte EncodingVersion = 1;

    private const int HeaderBytes = 2;
    private const int PointBytes = 4;

    private static readonly System.Buffers.SearchValues<char> Base64UrlAlphabet =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>The longest <c>data=</c> value: 500 points.</summary>
    public static readonly int MaxEncodedLength = Base64Url.GetEncodedLength(HeaderBytes + (MaxUrlPoints * PointBytes));

    /// <summary>
    /// Encodes up to 500 points of <paramref name="problem"/> (see the type's remarks). Points are
    /// quantized first, so quantized points come back exactly from <see cref="TryDecode"/>.
    /// </summary>
    /// <exception cref="ArgumentException">More than 500 points, or a point that is not finite.</exception>
    public static string Encode(IReadOnlyList<Example2D> points, ProblemKind problem)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count > MaxUrlPoints)
        {
            throw new ArgumentException($"At most {MaxUrlPoints} points fit in a URL, got {points.Count}.", nameof(points));
        }

        var bytes = new byte[HeaderBytes + (points.Count * PointBytes)];
        bytes[0] = EncodingVersion;
        bytes[1] = KindByte(problem);
        for (var i = 0; i < points.Count; i++)
        {
            var p = Quantize(points[i], problem, MulticlassDatasets.MaxClasses);
            var packed = (CoordinateLevel(p.X) << 12) | CoordinateLevel(p.Y);
            var at = HeaderBytes + (i * PointBytes);
            bytes[at] = (byte)(packed >> 16);
            bytes[at + 1] = (byte)(packed >> 8);
            bytes[at + 2] = (byte)packed;
            bytes[at + 3] = problem switch
            {
                ProblemKind.Regression => (byte)LabelLevel(p.Label),
                ProblemKind.Multiclass => (byte)p.Label,
                _ => p.Label > 0 ? (byte)1 : (byte)0,
            };
        }

        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>
    /// Decodes a <c>data=</c> value. Never throws: garbage, truncated or oversized text gives a
    /// result with <see cref="CustomDataDecodeResult.Error"/> set and no points.
    /// </summary>
    public static CustomDataDecodeResult TryDecode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Fail("no value");
        }

        if (text.Length > MaxEncodedLength)
        {
            return Fail(Invariant($"{text.Length} characters, more than the {MaxEncodedLength} of {MaxUrlPoints} points"));
        }

        var bad = text.AsSpan().IndexOfAnyExcept(Base64UrlAlphabet);
        if (bad >= 0)
        {
            return Fail(Invariant($"character {UrlText.Quote(text[bad].ToString())} at position {bad + 1} is not base64url"));
        }

        if (text.Length % 4 == 1)
        {
            return Fail("truncated base64url");
        }

        return FromBase64Url(text) is { } bytes ? Read(bytes) : Fail("stray bits at the end of the base64url");
    }

    // Decodes text of the alphabet, whose length is not 1 mod 4; null when the unused low bits of the
    // last character are not 0 (so each point set has exactly one encoding).
    private static byte[]? FromBase64Url(string text)
    {
        var bytes = new byte[text.Length * 3 / 4];
        int accumulator = 0, bits = 0, count = 0;
        foreach (var c in text)
        {
            accumulator = (accumulator << 6) | c switch
            {
                >= 'A' and <= 'Z' => c - 'A',
                >= 'a' and <= 'z' => c - 'a' + 26,
                >= '0' and <= '9' => c - '0' + 52,
                '-' => 62,
                _ => 63,
            };
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                bytes[count++] = (byte)(accumulator >> bits);
                accumulator &= (1 << bits) - 1;
            }
        }

        return accumulator == 0 ? bytes : null;
    }

    private static CustomDataDecodeResult Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderBytes)
        {
            return Fail("too short for the 2-byte header");
        }

        if (bytes[0] != EncodingVersion)
        {
            return Fail(Invariant($"unknown version {bytes[0]}"));
        }

        if (bytes[1] > 2)
        {
            return Fail(Invariant($"unknown label kind {bytes[1]}"));
        }

        var problem = bytes[1] switch { 1 => ProblemKind.Regression, 2 => ProblemKind.Multiclass, _ => ProblemKind.Classification };
        if ((bytes.Length - HeaderBytes) % PointBytes != 0)
        {
            return Fail(Invariant($"truncated: {bytes.Length - HeaderBytes} bytes of points is not a whole number of {PointBytes}-byte points"));
        }

        var points = new Example2D[(bytes.Length - HeaderBytes) / PointBytes];
        for (var i = 0; i < points.Length; i++)
        {
            var at = bytes[(HeaderBytes + (i * PointBytes))..];
            var packed = (at[0] << 16) | (at[1] << 8) | at[2];
            int x = packed >> 12, y = packed & 0xFFF;
            if (Math.Max(x, y) > MaxCoordinateLevel)
            {
                return Fail(Invariant($"point {i + 1}: coordinate level {Math.Max(x, y)} is above {MaxCoordinateLevel}"));
            }

            if (LabelOf(at[3], problem) is not { } label)
            {
                return Fail(Invariant($"point {i + 1}: label byte {at[3]} is not valid for {problem.ToString().ToLowerInvariant()}"));
            }

            points[i] = new Example2D(Coordinate(x), Coordinate(y), label);
        }

        return new CustomDataDecodeResult([.. points], problem, null);
    }

    private static double? LabelOf(byte value, ProblemKind problem) => problem switch
    {
        ProblemKind.Regression => value <= MaxLabelLevel ? Label(value) : null,
        ProblemKind.Multiclass => value < MulticlassDatasets.MaxClasses ? value : null,
        _ => value switch { 0 => -1, 1 => 1, _ => null },
    };

    private static byte KindByte(ProblemKind problem) => problem switch
    {
        ProblemKind.Regression => 1,
        ProblemKind.Multiclass => 2,
        _ => 0,
    };

    private static CustomDataDecodeResult Fail(string error) => new([], ProblemKind.Classification, error);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
