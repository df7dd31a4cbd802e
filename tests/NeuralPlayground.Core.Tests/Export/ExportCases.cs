using NeuralPlayground.Core.Export;
using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Randomness;
using NeuralPlayground.Core.Sessions;

namespace NeuralPlayground.Core.Tests.Export;

/// <summary>
/// Trained models for the export tests: every hidden activation with all seven features,
/// regression, multi-class, no hidden layers, no inputs, dead links, and hand-set extreme weights;
/// plus the points at which exported code is compared with <see cref="Network.Forward"/>.
/// </summary>
public static class ExportCases
{
    /// <summary>The agreement the exported code must reach: |code − engine| ≤ 1e-12 · max(1, |engine|).</summary>
    public const double Tolerance = 1e-12;

    private const string AllFeatures = "&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true";

    private static readonly Dictionary<string, (string Hash, int Epochs)> Hashes = new(StringComparer.Ordinal)
    {
        ["tanh"] = ("activation=tanh&networkShape=5,3&seed=0.11" + AllFeatures, 30),
        ["relu"] = ("activation=relu&networkShape=5,3&seed=0.12&dataset=xor" + AllFeatures, 30),
        ["sigmoid"] = ("activation=sigmoid&networkShape=5,3&seed=0.13&dataset=gauss" + AllFeatures, 30),
        ["linear"] = ("activation=linear&networkShape=5,3&seed=0.14" + AllFeatures, 30),
        ["elu"] = ("activation=elu&networkShape=5,3&seed=0.15&dataset=spiral" + AllFeatures, 30),
        ["leakyrelu"] = ("activation=leakyrelu&networkShape=5,3&seed=0.16&dataset=xor" + AllFeatures, 30),
        ["swish"] = ("activation=swish&networkShape=5,3&seed=0.17" + AllFeatures, 30),
        ["gelu"] = ("activation=gelu&networkShape=5,3&seed=0.18&dataset=spiral" + AllFeatures, 30),
        ["softplus"] = ("activation=softplus&networkShape=5,3&seed=0.19" + AllFeatures, 30),
        ["sine"] = ("activation=sine&networkShape=5,3&seed=0.2&dataset=spiral" + AllFeatures, 30),
        ["regression"] = ("problem=regression&regDataset=reg-gauss&activation=relu&networkShape=6,4&seed=0.21&xSquared=true", 40),
        ["multiclass"] = ("problem=multiclass&classes=4&mcDataset=spiral&activation=tanh&networkShape=6,4&optimizer=adam&seed=0.22" + AllFeatures, 40),
        ["multiclass-no-hidden"] = ("problem=multiclass&classes=5&networkShape=&activation=relu&seed=0.23", 20),
        ["no-hidden"] = ("networkShape=&activation=sigmoid&seed=0.24&sinX=true", 20),
        ["regression-no-hidden"] = ("problem=regression&networkShape=&seed=0.25", 20),
        ["no-inputs"] = ("networkShape=3&activation=tanh&seed=0.26&x=false&y=false", 5),
        ["l1-dead-links"] = ("regularization=L1&regularizationRate=0.03&learningRate=0.1&networkShape=8,8&activation=relu&seed=0.27" + AllFeatures, 60),
    };

    /// <summary>The case names, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Names() => [.. Hashes.Keys, "extreme-weights"];

    /// <summary>The model of case <paramref name="name"/>: a session loaded and trained, or <see cref="ExtremeWeights"/>.</summary>
    public static ModelSnapshot Model(string name)
    {
        if (name == "extreme-weights")
        {
            return ModelSnapshot.From(ExtremeWeights());
        }

        var (hash, epochs) = Hashes[name];
        var session = Session.Load(hash, () => throw new InvalidOperationException("the hash has a seed"));
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            session.Step();
        }

        return ModelSnapshot.From(session);
    }

    /// <summary>A 7 → 4, 3 → 1 swish network whose parameters include −0, subnormals, huge and tiny values.</summary>
    public static Network ExtremeWeights()
    {
        var network = Network.Build([.. InputFeatures.All.Select(f => f.Key)], [4, 3], ActivationKind.Swish, ActivationKind.Tanh, RegularizationKind.None, initZero: false, new SeededRandom("extreme"));
        double[] specials = [-0.0, double.Epsilon, -double.Epsilon, 1e-300, 2.2250738585072014e-308, 1, -1, 0.1, 1e-7, 123456.789, 1e21, 3];
        for (var k = 0; k < specials.Length; k++)
        {
            network.SetWeight(k * 3, specials[k]);
        }

        network.Biases[0] = -0.0;
        network.Biases[1] = 5e-324;
        return network;
    }

    /// <summary>A 20 × 20 grid over the plane [−6, 6]² and 100 seeded points in [−8, 8]².</summary>
    public static IReadOnlyList<(double X, double Y)> Points()
    {
        var points = new List<(double, double)>();
        for (var i = 0; i < 20; i++)
        {
            for (var j = 0; j < 20; j++)
            {
                points.Add((-6 + (12.0 * i / 19), -6 + (12.0 * j / 19)));
            }
        }

        var random = new SeededRandom("export-points");
        for (var n = 0; n < 100; n++)
        {
            points.Add(((random.NextDouble() * 16) - 8, (random.NextDouble() * 16) - 8));
        }

        return points;
    }

    /// <summary>The engine's outputs at (x, y): the output node's value, or every class probability.</summary>
    public static double[] Reference(Network network, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(network);
        double[] inputs = [.. network.InputIds.Select(key => InputFeatures.Find(key)!.Compute(x, y))];
        network.Forward(inputs);
        var last = network.LayerCount - 1;
        return [.. Enumerable.Range(0, network.OutputCount).Select(i => network.NodeOutput[network.NodeIndex(last, i)])];
    }

    /// <summary>|actual − expected| / max(1, |expected|); 0 when both are NaN, ∞ when only one is.</summary>
    public static double Disagreement(double expected, double actual) =>
        double.IsNaN(expected) || double.IsNaN(actual) ? (double.IsNaN(expected) && double.IsNaN(actual) ? 0 : double.PositiveInfinity)
        : expected == actual ? 0
        : Math.Abs(actual - expected) / Math.Max(1, Math.Abs(expected));
}
