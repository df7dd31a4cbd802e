namespace NeuralPlayground.Core.Numerics;

/// <summary>
/// Whole arrays of tanh and eˣ for the exact kernels: <see cref="JsMathVector"/>'s ports of
/// JavaScript's <c>Math.tanh</c> and <c>Math.exp</c> by default, or the host's own functions once
/// <see cref="TryUseHost"/> has found them identical to the ports, bit for bit, on every probe.
/// </summary>
/// <remarks>
/// The browser is the reason: there the ports run in .NET's interpreter at ≈ 60 ns a value, while the
/// same operations written in JavaScript and compiled by the browser take a fraction of that over a
/// whole layer per call. Functions that differ anywhere on the probes (a mistake in that copy, or a
/// host's own libm: Chromium's Math.tanh and Math.exp are not fdlibm's) are refused and the ports
/// stay, so the numbers never change.
/// </remarks>
public static class ArrayMath
{
    /// <summary>Probe values per function: special cases, the boundaries of fdlibm's branches, and a spread of magnitudes.</summary>
    public const int ProbeCount = 2048;

    private static InPlace? s_tanh;
    private static InPlace? s_exp;

    /// <summary>Replaces each element of a span with f(element).</summary>
    /// <param name="values">The arguments, overwritten with the results.</param>
    public delegate void InPlace(Span<double> values);

    /// <summary>True when <see cref="Tanh"/> calls the host's function.</summary>
    public static bool UsesHostTanh => s_tanh is not null;

    /// <summary>True when <see cref="Exp"/> calls the host's function.</summary>
    public static bool UsesHostExp => s_exp is not null;

    /// <summary>Replaces each element of <paramref name="values"/> with its <see cref="JsMath.Tanh"/>.</summary>
    public static void Tanh(Span<double> values)
    {
        if (s_tanh is { } host)
        {
            host(values);
        }
        else
        {
            JsMathVector.Tanh(values);
        }
    }

    /// <summary>Replaces each element of <paramref name="values"/> with its <see cref="JsMath.Exp"/>.</summary>
    public static void Exp(Span<double> values)
    {
        if (s_exp is { } host)
        {
            host(values);
        }
        else
        {
            JsMathVector.Exp(values);
        }
    }

    /// <summary>
    /// Takes the host's tanh and exp for <see cref="Tanh"/> and <see cref="Exp"/>, each only if it
    /// returns exactly the port's bits on all <see cref="ProbeCount"/> probes (any NaN matches any NaN);
    /// null keeps (or returns to) the port.
    /// </summary>
    /// <returns>Which of the two are now the host's.</returns>
    public static (bool Tanh, bool Exp) TryUseHost(InPlace? tanh, InPlace? exp)
    {
        s_tanh = tanh is not null && Agrees(tanh, JsMath.Tanh, TanhProbes()) ? tanh : null;
        s_exp = exp is not null && Agrees(exp, JsMath.Exp, ExpProbes()) ? exp : null;
        return (UsesHostTanh, UsesHostExp);
    }

    /// <summary>Returns both functions to the ports.</summary>
    public static void UsePorts() => TryUseHost(null, null);

    /// <summary>The probes for tanh: ±0, tiny and subnormal values, the branch bounds 2⁻²⁸, ½ ln 2, 1 and 22 with their neighbours, ±∞, NaN, then magnitudes 2⁻³⁰…2⁶.</summary>
    internal static double[] TanhProbes() =>
        Probes([0x3E300000_00000000, 0x3FD62E42_FEFA39EF, 0x3FF00000_00000000, 0x40360000_00000000], -30, 6);

    /// <summary>The probes for exp: as <see cref="TanhProbes"/> with exp's bounds 2⁻²⁸, ½ ln 2, 1.5 ln 2 and the overflow and underflow thresholds, and magnitudes 2⁻³⁰…2¹⁰ (up to ±1024).</summary>
    internal static double[] ExpProbes() =>
        Probes([0x3E300000_00000000, 0x3FD62E42_FEFA39EF, 0x3FF0A2B2_3F3BAB73, 0x40862E42_FEFA39EF, 0x40874910_D52D3051], -30, 10);

    private static bool Agrees(InPlace host, Func<double, double> port, double[] probes)
    {
        var results = (double[])probes.Clone();
        try
        {
            host(results);
        }
#pragma warning disable CA1031 // A host function that throws is refused, whatever it throws.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }

        for (var k = 0; k < probes.Length; k++)
        {
            var expected = port(probes[k]);
            var same = double.IsNaN(expected)
                ? double.IsNaN(results[k])
                : BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(results[k]);
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    // The special values, each bound and its two neighbours in both signs, then the rest of the
    // probes spread evenly over the exponents minExponent…maxExponent with mantissas from a fixed stream.
    private static double[] Probes(long[] boundBits, int minExponent, int maxExponent)
    {
        var probes = new List<double>(ProbeCount)
        {
            0.0, -0.0, double.Epsilon, -double.Epsilon, double.MinValue, double.MaxValue,
            double.PositiveInfinity, double.NegativeInfinity, double.NaN, 1e-310, -1e-310,
        };
        foreach (var bits in boundBits)
        {
            for (var delta = -1L; delta <= 1; delta++)
            {
                var bound = BitConverter.Int64BitsToDouble(bits + delta);
                probes.Add(bound);
                probes.Add(-bound);
            }
        }

        var random = new Randomness.SeededRandom("ArrayMath probes");
        var span = maxExponent - minExponent + 1;
        for (var k = 0; probes.Count < ProbeCount; k++)
        {
            var magnitude = Math.ScaleB(1 + random.NextDouble(), minExponent + (k % span));
            probes.Add(k % 2 == 0 ? magnitude : -magnitude);
        }

        return [.. probes];
    }
}
