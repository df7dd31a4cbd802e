using NeuralPlayground.Core.Randomness;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Randomness;

public sealed class SeededRandomTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var check in Golden.File("datasets.json").GetProperty("prngCheck").EnumerateArray())
        {
            data.Add(check.GetProperty("seed").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NextDouble_MatchesSeedrandomFirst20_ForGoldenSeed(string seed)
    {
        var expected = Golden.Doubles(Golden.File("datasets.json").GetProperty("prngCheck").EnumerateArray()
            .First(c => c.GetProperty("seed").GetString() == seed).GetProperty("first20"));
        var random = new SeededRandom(seed);

        var actual = Enumerable.Range(0, 20).Select(_ => random.NextDouble()).ToArray();

        BitAssert.Equal(expected, actual, "seed " + seed);
    }

    [Fact]
    public void NextDouble_MatchesSeedrandomReadme_ForSeedHello()
    {
        var random = new SeededRandom("hello.");

        Assert.Equal(0.9282578795792454, random.NextDouble());
    }

    [Fact]
    public void NextDouble_MatchesSpecVectors_ForSeedAbc()
    {
        var random = new SeededRandom("abc");

        double[] actual = [random.NextDouble(), random.NextDouble(), random.NextDouble()];

        BitAssert.Equal([0.7319428070286753, 0.6472995620587413, 0.7150830336207971], actual, "abc");
    }

    [Fact]
    public void Draws_CountsDoubles_AfterSkip()
    {
        var random = new SeededRandom("0.12345");

        random.Skip(2500);

        Assert.Equal(2500, random.Draws);
    }

    [Fact]
    public void NextDouble_StaysInUnitInterval_ForLongSeedAndEmptySeed()
    {
        var longSeed = new string('x', 300) + "é";
        foreach (var random in new[] { new SeededRandom(longSeed), new SeededRandom(string.Empty) })
        {
            for (var i = 0; i < 10_000; i++)
            {
                var r = random.NextDouble();
                Assert.InRange(r, 0, 1 - double.Epsilon);
            }
        }
    }
}
