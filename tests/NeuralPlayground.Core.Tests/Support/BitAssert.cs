namespace NeuralPlayground.Core.Tests.Support;

/// <summary>Exact comparison of doubles: same bits (NaN equals NaN; −0 differs from +0).</summary>
public static class BitAssert
{
    /// <summary>Asserts the two sequences have the same length and bit-identical elements.</summary>
    public static void Equal(IReadOnlyList<double> expected, IReadOnlyList<double> actual, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: expected {expected.Count} values, got {actual.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            Equal(expected[i], actual[i], $"{what}[{i}]");
        }
    }

    /// <summary>Asserts bit identity, with a message naming the value and both numbers.</summary>
    public static void Equal(double expected, double actual, string what)
    {
        var same = BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual)
            || (double.IsNaN(expected) && double.IsNaN(actual));
        Assert.True(same, $"{what}: expected {expected:R}, got {actual:R}");
    }
}
