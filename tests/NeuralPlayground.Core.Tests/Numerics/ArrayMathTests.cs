using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Tests.Numerics;

/// <summary>
/// <see cref="ArrayMath"/> takes a host's tanh and exp only when they give the ports' bits on every
/// probe. The hosts installed here always compute the ports' bits, so tests running beside these
/// see the same numbers; the collection still keeps them apart from each other.
/// </summary>
[Collection(ArrayMathCollection.Name)]
public sealed class ArrayMathTests
{
    private static readonly double[] Layer = [-30, -3, -0.9, -0.2, -1e-9, 0, 1e-12, 0.3, 0.7, 1.5, 21.9, 40, double.NaN];

    [Fact]
    public void ExactHosts_AreTaken_AndComputeThroughTheHost()
    {
        var calls = 0;
        try
        {
            Assert.Equal((true, true), ArrayMath.TryUseHost(v => { calls++; Each(v, JsMath.Tanh); }, v => { calls++; Each(v, JsMath.Exp); }));
            calls = 0;
            var tanh = (double[])Layer.Clone();
            var exp = (double[])Layer.Clone();
            ArrayMath.Tanh(tanh);
            ArrayMath.Exp(exp);
            Assert.Equal(2, calls);
            Assert.Equal(Bits(Layer.Select(JsMath.Tanh)), Bits(tanh));
            Assert.Equal(Bits(Layer.Select(JsMath.Exp)), Bits(exp));
            Assert.True(ArrayMath.UsesHostTanh && ArrayMath.UsesHostExp);
        }
        finally
        {
            ArrayMath.UsePorts();
        }

        Assert.False(ArrayMath.UsesHostTanh || ArrayMath.UsesHostExp);
    }

    // One ulp off on one stretch of the line is enough to be refused: the probes reach every branch of fdlibm's tanh and exp.
    [Theory]
    [InlineData(0.0, 3.7e-9)] // |x| < 2^-28: tanh x = x
    [InlineData(3.8e-9, 0.34)] // expm1 without reduction
    [InlineData(0.35, 0.99)] // |x| < 1, reduced expm1
    [InlineData(1.0, 21.9)] // 1 ≤ |x| < 22
    [InlineData(22.0, 1e300)] // saturated
    public void Tanh_OneUlpOffOnAStretch_IsRefused(double from, double to)
    {
        var refused = ArrayMath.TryUseHost(v => Each(v, x => Math.Abs(x) >= from && Math.Abs(x) < to ? Math.BitIncrement(JsMath.Tanh(x)) : JsMath.Tanh(x)), null);
        Assert.Equal((false, false), refused);
        Assert.False(ArrayMath.UsesHostTanh);
    }

    [Theory]
    [InlineData(0.0, 3.7e-9)] // |x| < 2^-28: 1 + x
    [InlineData(3.8e-9, 0.34)] // k = 0
    [InlineData(0.35, 1.03)] // k = ±1
    [InlineData(1.04, 700)] // general reduction
    [InlineData(700, 709.7)] // near overflow
    [InlineData(709.8, 1e300)] // overflow (positive) and underflow (negative)
    public void Exp_OneUlpOffOnAStretch_IsRefused(double from, double to)
    {
        var refused = ArrayMath.TryUseHost(null, v => Each(v, x => Math.Abs(x) >= from && Math.Abs(x) < to ? Math.BitIncrement(JsMath.Exp(x)) : JsMath.Exp(x)));
        Assert.Equal((false, false), refused);
        Assert.False(ArrayMath.UsesHostExp);
    }

    [Fact]
    public void HostsThatThrowOrLoseNaN_AreRefused()
    {
        Assert.Equal((false, false), ArrayMath.TryUseHost(_ => throw new InvalidOperationException("no"), _ => throw new NotSupportedException()));
        Assert.Equal((false, false), ArrayMath.TryUseHost(v => Each(v, x => double.IsNaN(x) ? 0 : JsMath.Tanh(x)), v => Each(v, x => double.IsNaN(x) ? 1 : JsMath.Exp(x))));
    }

    [Fact]
    public void Probes_CoverSpecialValuesAndBothSigns()
    {
        foreach (var probes in new[] { ArrayMath.TanhProbes(), ArrayMath.ExpProbes() })
        {
            Assert.Equal(ArrayMath.ProbeCount, probes.Length);
            Assert.Contains(probes, double.IsNaN);
            Assert.Contains(double.PositiveInfinity, probes);
            Assert.Contains(double.NegativeInfinity, probes);
            Assert.Contains(probes, x => x == 0 && double.IsNegative(x));
            Assert.Contains(probes, double.IsSubnormal);
            Assert.InRange(probes.Count(x => x > 0) - probes.Count(x => x < 0), -2, 2);
        }
    }

    private static void Each(Span<double> values, Func<double, double> f)
    {
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = f(values[k]);
        }
    }

    private static long[] Bits(IEnumerable<double> values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];
}

/// <summary>The tests that install hosts into <see cref="ArrayMath"/>'s process-wide state, one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ArrayMathCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "ArrayMath";
}
