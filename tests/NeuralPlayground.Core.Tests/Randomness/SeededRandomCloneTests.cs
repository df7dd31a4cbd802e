using NeuralPlayground.Core.Randomness;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Randomness;

public sealed class SeededRandomCloneTests
{
    [Theory]
    [InlineData("0.12345", 0)]
    [InlineData("0.12345", 1)]
    [InlineData("", 777)]
    [InlineData("seed/dropout", 5000)]
    public void Clone_ContinuesTheSameStream_AtAnyPosition(string seed, int skip)
    {
        var random = new SeededRandom(seed);
        random.Skip(skip);

        var clone = random.Clone();

        Assert.Equal(random.Seed, clone.Seed);
        Assert.Equal(random.Draws, clone.Draws);
        BitAssert.Equal(Draw(random, 1000), Draw(clone, 1000), "continuation");
        Assert.Equal(random.Draws, clone.Draws);
    }

    [Fact]
    public void Clone_LeavesTheOriginalUntouched_WhenTheCloneDraws()
    {
        var random = new SeededRandom("0.5");
        var untouched = new SeededRandom("0.5");
        random.Skip(10);
        untouched.Skip(10);

        var clone = random.Clone();
        clone.Skip(300);

        Assert.Equal(10, random.Draws);
        BitAssert.Equal(Draw(untouched, 100), Draw(random, 100), "original after the clone drew");
    }

    [Fact]
    public void NextDouble_IsUnchanged_ByTakingClones()
    {
        var plain = new SeededRandom("0.777");
        var cloned = new SeededRandom("0.777");

        var expected = Draw(plain, 50);
        var actual = new double[50];
        for (var k = 0; k < actual.Length; k++)
        {
            cloned.Clone().Skip(3);
            actual[k] = cloned.NextDouble();
        }

        BitAssert.Equal(expected, actual, "draws");
    }

    private static double[] Draw(SeededRandom random, int count) => [.. Enumerable.Range(0, count).Select(_ => random.NextDouble())];
}
