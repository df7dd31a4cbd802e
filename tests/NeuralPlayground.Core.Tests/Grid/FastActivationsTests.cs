using System.Numerics;
using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Grid;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Randomness;

namespace NeuralPlayground.Core.Tests.Grid;

public sealed class FastActivationsTests
{
    // Every multiple of 2^-10 in [−20, 20]: 40 961 floats, each exact.
    private const int StepsPerUnit = 1024;
    private const int Reach = 20;

    public static TheoryData<ActivationKind> NewKinds() =>
        new(ActivationKind.Elu, ActivationKind.LeakyRelu, ActivationKind.Swish, ActivationKind.Gelu, ActivationKind.Softplus, ActivationKind.Sine);

    // Measured: elu 1.8e-7, leakyrelu 1.2e-8 (0.01f vs 0.01), swish 2.1e-6 (½ − ½·tanh cancels near
    // x = −16, where tanh saturates), gelu 6.6e-7, softplus 1.5e-7, sine 1.5e-7.
    [Theory]
    [InlineData(ActivationKind.Elu, 5e-7)]
    [InlineData(ActivationKind.LeakyRelu, 5e-8)]
    [InlineData(ActivationKind.Swish, 5e-6)]
    [InlineData(ActivationKind.Gelu, 2e-6)]
    [InlineData(ActivationKind.Softplus, 5e-7)]
    [InlineData(ActivationKind.Sine, 5e-7)]
    public void Apply_StaysWithinBoundOfExact_OnMinusTwentyToTwenty(ActivationKind kind, double bound)
    {
        var xs = Enumerable.Range(-Reach * StepsPerUnit, (2 * Reach * StepsPerUnit) + 1).Select(i => (float)i / StepsPerUnit).ToArray();
        var values = Padded(xs);

        FastActivations.Apply(kind, values, 0, values.Length);

        // Absolute error for |f| ≤ 1, relative beyond: max |fast − exact| / max(1, |exact|).
        var worst = xs.Select((x, i) => RelativeError(values[i], Activations.Output(kind, x))).Max();
        Assert.True(worst <= bound, $"{kind}: max error {worst:E3} over [−20, 20] exceeds {bound:E0}");
    }

    [Theory]
    [MemberData(nameof(NewKinds))]
    public void Apply_StaysWithinOneTenThousandthRelative_ForLargeInputs(ActivationKind kind)
    {
        float[] xs = [-4000, -1000, -250.5f, -60, -33.3f, 33.3f, 60, 250.5f, 1000, 4000];
        var values = Padded(xs);

        FastActivations.Apply(kind, values, 0, values.Length);

        for (var i = 0; i < xs.Length; i++)
        {
            var exact = Activations.Output(kind, xs[i]);
            Assert.True(RelativeError(values[i], exact) <= 1e-4, $"{kind}({xs[i]}): fast {values[i]:R}, exact {exact:R}");
        }
    }

    [Theory]
    [MemberData(nameof(NewKinds))]
    public void Apply_KeepsNaN_ForNewActivation(ActivationKind kind)
    {
        var values = Padded([float.NaN, 1, float.NaN, -1]);

        FastActivations.Apply(kind, values, 0, values.Length);

        Assert.True(float.IsNaN(values[0]) && float.IsNaN(values[2]), $"{kind}: NaN became {values[0]:R}, {values[2]:R}");
        Assert.Equal(Activations.Output(kind, 1), values[1], 1e-6);
        Assert.Equal(Activations.Output(kind, -1), values[3], 1e-6);
    }

    [Fact]
    public void Apply_GivesNaN_ForInfiniteSine()
    {
        var values = Padded([float.PositiveInfinity, float.NegativeInfinity]);

        FastActivations.Apply(ActivationKind.Sine, values, 0, values.Length);

        Assert.True(float.IsNaN(values[0]) && float.IsNaN(values[1]), $"sin(±∞) gave {values[0]:R}, {values[1]:R}");
    }

    [Theory]
    [MemberData(nameof(NewKinds))]
    public void Apply_LeavesCellsOutsideRangeAlone_ForNewActivation(ActivationKind kind)
    {
        var width = Vector<float>.Count;
        var values = Enumerable.Range(0, 3 * width).Select(i => (float)(i - width) / 4).ToArray();
        var before = values.ToArray();

        FastActivations.Apply(kind, values, width, width);

        Assert.Equal(before[..width], values[..width]);
        Assert.Equal(before[(2 * width)..], values[(2 * width)..]);
        for (var i = width; i < 2 * width; i++)
        {
            Assert.Equal(Activations.Output(kind, before[i]), values[i], 1e-6);
        }
    }

    [Theory]
    [MemberData(nameof(NewKinds))]
    public void FastGrid_StaysWithinOneThousandthOfExact_ForNewHiddenActivation(ActivationKind kind)
    {
        IReadOnlyList<InputFeature> inputs = [InputFeatures.Find("x")!, InputFeatures.Find("y")!, InputFeatures.Find("sinX")!];
        var network = Network.Build([.. inputs.Select(f => f.Key)], [6, 4], kind, ActivationKind.Tanh, RegularizationKind.None, initZero: false, new SeededRandom("fast-activations"));
        var fast = new FastGrid();

        fast.Evaluate(network, inputs);
        var exact = DecisionGrid.Exact(network, inputs);

        for (var k = 0; k < exact.Length; k++)
        {
            var node = fast.Node(k).ToArray();
            var worst = Enumerable.Range(0, DecisionGrid.CellCount).Max(c => Math.Abs(node[c] - exact[k][c]));
            Assert.True(worst <= 1e-3, $"{kind} node {network.NodeId(k)}: max |fast − exact| = {worst}");
        }
    }

    private static float[] Padded(float[] xs)
    {
        var width = Vector<float>.Count;
        var values = new float[(xs.Length + width - 1) / width * width];
        xs.CopyTo(values, 0);
        return values;
    }

    private static double RelativeError(float fast, double exact) => Math.Abs(fast - exact) / Math.Max(1, Math.Abs(exact));
}
