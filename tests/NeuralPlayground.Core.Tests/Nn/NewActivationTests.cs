using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Nn;

public sealed class NewActivationTests
{
    private const double Step = 1e-6;

    private static readonly double[] Points =
    [
        -60, -35, -20, -12, -7.5, -4, -3, -2.25, -1.5, -1, -0.75, -0.4, -0.1, -1e-2, -1e-3, -1e-4, 0,
        1e-4, 1e-3, 1e-2, 0.1, 0.4, 0.75, 1, 1.5, 2.25, 3, 4, 7.5, 12, 20, 35, 60,
    ];

    private static readonly ActivationKind[] Added =
        [ActivationKind.Elu, ActivationKind.LeakyRelu, ActivationKind.Swish, ActivationKind.Gelu, ActivationKind.Softplus, ActivationKind.Sine];

    public static TheoryData<ActivationKind> NewKinds() => new(Added);

    [Theory]
    [InlineData(ActivationKind.Elu, -40, -1.0)]
    [InlineData(ActivationKind.Elu, -1, -0.6321205588285577)]
    [InlineData(ActivationKind.Elu, -0.001, -0.0009995001666250082)]
    [InlineData(ActivationKind.Elu, 2, 2.0)]
    [InlineData(ActivationKind.LeakyRelu, -2, -0.02)]
    [InlineData(ActivationKind.LeakyRelu, 3, 3.0)]
    [InlineData(ActivationKind.Swish, -40, -1.6993417021166355e-16)]
    [InlineData(ActivationKind.Swish, -1, -0.2689414213699951)]
    [InlineData(ActivationKind.Swish, 0.5, 0.3112296656009273)]
    [InlineData(ActivationKind.Swish, 2, 1.7615941559557649)]
    [InlineData(ActivationKind.Gelu, -3, -0.003637392081773019)]
    [InlineData(ActivationKind.Gelu, -1, -0.1588080093917233)]
    [InlineData(ActivationKind.Gelu, -0.001, -0.000499601057786418)]
    [InlineData(ActivationKind.Gelu, 0.5, 0.34571400982514394)]
    [InlineData(ActivationKind.Gelu, 2, 1.954597694087775)]
    [InlineData(ActivationKind.Softplus, -40, 4.248354255291589e-18)]
    [InlineData(ActivationKind.Softplus, -1, 0.3132616875182228)]
    [InlineData(ActivationKind.Softplus, -0.001, 0.6926473055599401)]
    [InlineData(ActivationKind.Softplus, 0, 0.6931471805599453)]
    [InlineData(ActivationKind.Softplus, 2, 2.1269280110429727)]
    [InlineData(ActivationKind.Softplus, 40, 40.0)]
    [InlineData(ActivationKind.Sine, -40, -0.7451131604793488)]
    [InlineData(ActivationKind.Sine, -0.001, -0.0009999998333333417)]
    [InlineData(ActivationKind.Sine, 2, 0.9092974268256817)]
    public void Output_MatchesFiftyDigitValue_AtPoint(ActivationKind kind, double x, double expected)
    {
        var actual = Activations.Output(kind, x);

        // 1e-12 relative: GELU's 1 + tanh cancels about nine bits at x = −3; the rest are within a few ulps.
        Assert.True(Math.Abs(actual - expected) <= 1e-12 * Math.Abs(expected), $"f({x}) = {actual:R}, expected {expected:R}");
    }

    [Theory]
    [MemberData(nameof(NewKinds))]
    public void Derivative_MatchesCentralDifferences_ForNewActivation(ActivationKind kind)
    {
        foreach (var x in Points)
        {
            if (kind == ActivationKind.LeakyRelu && Math.Abs(x) <= Step)
            {
                continue;
            }

            var numeric = (Activations.Output(kind, x + Step) - Activations.Output(kind, x - Step)) / (2 * Step);

            var analytic = Activations.Derivative(kind, x, Activations.Output(kind, x));

            // 1e-6: at 0 the central difference of elu is 1 − Step/4 (f″ jumps there).
            var tolerance = 1e-6 * Math.Max(1, Math.Abs(numeric));
            Assert.True(Math.Abs(numeric - analytic) <= tolerance, $"{kind} at {x}: finite difference {numeric:R}, derivative {analytic:R}");
        }
    }

    [Theory]
    [MemberData(nameof(NewKinds))]
    public void Backward_MatchesFiniteDifferences_ForNetworkWithNewHiddenActivation(ActivationKind kind)
    {
        var network = Networks.Small(kind, ActivationKind.Tanh);
        for (var k = 0; k < network.LinkCount; k++)
        {
            // Larger weights spread the hidden total inputs over both sides of 0 and into the tails.
            network.SetWeight(k, 3 * network.Weights[k]);
        }

        var batch = Networks.Batch();
        var hiddenTotals = new List<double>();

        foreach (var (input, label) in batch)
        {
            network.Forward(input);
            hiddenTotals.AddRange(network.TotalInput[network.InputCount..^1]);
            network.Backward(label);
        }

        Assert.Contains(hiddenTotals, t => t < -1);
        Assert.Contains(hiddenTotals, t => t > 1);
        for (var k = 0; k < network.LinkCount; k++)
        {
            var numeric = Networks.CentralDifference(network, batch, () => network.Weights[k], v => network.SetWeight(k, v), Step);
            AssertClose(numeric, network.AccErrorDer[k], $"{kind} weight {k}");
        }

        for (var k = 0; k < network.Biases.Length; k++)
        {
            var numeric = Networks.CentralDifference(network, batch, () => network.Biases[k], v => network.Biases[k] = v, Step);
            AssertClose(numeric, network.AccInputDer[k + network.InputCount], $"{kind} bias {k}");
        }
    }

    [Theory]
    [InlineData(ActivationKind.Elu, "elu")]
    [InlineData(ActivationKind.LeakyRelu, "leakyrelu")]
    [InlineData(ActivationKind.Swish, "swish")]
    [InlineData(ActivationKind.Gelu, "gelu")]
    [InlineData(ActivationKind.Softplus, "softplus")]
    [InlineData(ActivationKind.Sine, "sine")]
    public void Name_RoundTripsThroughEnum_ForNewActivation(ActivationKind kind, string name)
    {
        var named = Enum.GetValues<ActivationKind>().Where(k => Activations.Name(k) == name).ToArray();

        Assert.Equal(name, Activations.Name(kind));
        Assert.Equal(new[] { kind }, named);
    }

    [Fact]
    public void NewMembers_FollowLinear_InIssueOrder()
    {
        ActivationKind[] expected = [ActivationKind.Relu, ActivationKind.Tanh, ActivationKind.Sigmoid, ActivationKind.Linear, .. Added];

        var kinds = Enum.GetValues<ActivationKind>();

        Assert.Equal(expected, kinds);
    }

    [Theory]
    [MemberData(nameof(NewKinds))]
    public void LayerOutput_MatchesScalarOutput_BitForBit(ActivationKind kind)
    {
        double[] totals = [.. Points, double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0];
        var outputs = new double[totals.Length];

        LayerActivations.Output(kind, totals, outputs);

        BitAssert.Equal([.. totals.Select(x => Activations.Output(kind, x))], outputs, kind.ToString());
    }

    private static void AssertClose(double expected, double actual, string what)
    {
        var tolerance = 1e-6 * Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: finite difference {expected:R}, backprop {actual:R}");
    }
}
