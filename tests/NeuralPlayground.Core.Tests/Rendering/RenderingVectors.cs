using System.Globalization;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Rendering;

/// <summary>Reads rendering-vectors.txt, written by make-rendering-vectors.js from d3 v3 code in Node.</summary>
internal static class RenderingVectors
{
    private static readonly Lazy<string[][]> Lines = new(() => File
        .ReadAllLines(RepoRoot.Combine("tests", "NeuralPlayground.Core.Tests", "Rendering", "rendering-vectors.txt"))
        .Where(line => line.Length > 0)
        .Select(line => line.Split('\t'))
        .ToArray());

    /// <summary>The lines of one kind, without the kind column.</summary>
    public static IReadOnlyList<string[]> Of(string kind) => [.. Lines.Value.Where(v => v[0] == kind).Select(v => v[1..])];

    /// <summary>A double from its 16 hex digits of IEEE-754 bits.</summary>
    public static double Bits(string hex) =>
        BitConverter.Int64BitsToDouble(unchecked((long)ulong.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));

    /// <summary>Asserts every case's actual text equals its expected text, listing the first mismatches.</summary>
    public static void AssertAll<T>(IReadOnlyList<T> cases, Func<T, string> actual, Func<T, string> expected, int minimum)
    {
        var mismatches = cases
            .Select(c => (Actual: actual(c), Expected: expected(c)))
            .Where(r => r.Actual != r.Expected)
            .Select(r => $"expected {r.Expected}, got {r.Actual}")
            .Take(10)
            .ToList();

        Assert.True(cases.Count >= minimum, $"only {cases.Count} vectors");
        Assert.Empty(mismatches);
    }
}
