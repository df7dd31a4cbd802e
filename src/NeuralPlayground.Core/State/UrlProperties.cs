using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.State;

/// <summary>
/// The URL table, in the original's serialization order (spec §3.3), followed by our
/// <c>weightSkip</c> and the keys of issue 4. Hide flags and unknown keys are handled by <see cref="UrlState"/>.
/// </summary>
internal static partial class UrlProperties
{
    /// <summary>The suffix that marks a classroom hide flag (<c>&lt;name&gt;_hide</c>).</summary>
    public const string HideSuffix = "_hide";

    // The original's four, then ours (issue 4), named as Nn.Activations.Name writes them.
    private static readonly (string Name, ActivationKind Value)[] Activations =
        [.. System.Enum.GetValues<ActivationKind>().Select(k => (Nn.Activations.Name(k), k))];

    private static readonly (string Name, RegularizationKind Value)[] Regularizations =
        [("none", RegularizationKind.None), ("L1", RegularizationKind.L1), ("L2", RegularizationKind.L2)];

    // The first four are the classification datasets, the last two the regression ones.
    private static readonly (string Name, DatasetKind Value)[] Datasets =
    [
        ("circle", DatasetKind.Circle), ("xor", DatasetKind.Xor), ("gauss", DatasetKind.Gauss),
        ("spiral", DatasetKind.Spiral), ("reg-plane", DatasetKind.RegPlane), ("reg-gauss", DatasetKind.RegGauss),
    ];

    private static readonly (string Name, ProblemKind Value)[] Problems =
        [("classification", ProblemKind.Classification), ("regression", ProblemKind.Regression), ("multiclass", ProblemKind.Multiclass)];

    /// <summary>Every known key with its reader and writer, in serialization order.</summary>
    public static readonly UrlProperty[] All =
    [
        Enum("activation", Activations, Activations, s => s.Activation, (s, v) => s with { Activation = v }),
        Enum("regularization", Regularizations, Regularizations, s => s.Regularization, (s, v) => s with { Regularization = v }, RegularizationKind.None),
        Number("batchSize", s => s.BatchSize, (s, v) => s with { BatchSize = v }),
        Enum("dataset", Datasets[..4], Datasets, s => s.Dataset, (s, v) => s with { Dataset = v }),
        Enum("regDataset", Datasets[4..], Datasets, s => s.RegDataset, (s, v) => s with { RegDataset = v }),
        Number("learningRate", s => s.LearningRate, (s, v) => s with { LearningRate = v }),
        Number("regularizationRate", s => s.RegularizationRate, (s, v) => s with { RegularizationRate = v }),
        Number("noise", s => s.Noise, (s, v) => s with { Noise = v }),
        NetworkShape(),
        Text("seed", s => s.Seed, (s, v) => s with { Seed = v }),
        Bool("showTestData", s => s.ShowTestData, (s, v) => s with { ShowTestData = v }),
        Bool("discretize", s => s.Discretize, (s, v) => s with { Discretize = v }),
        Number("percTrainData", s => s.PercTrainData, (s, v) => s with { PercTrainData = v }),
        Bool("x", s => s.X, (s, v) => s with { X = v }),
        Bool("y", s => s.Y, (s, v) => s with { Y = v }),
        Bool("xTimesY", s => s.XTimesY, (s, v) => s with { XTimesY = v }),
        Bool("xSquared", s => s.XSquared, (s, v) => s with { XSquared = v }),
        Bool("ySquared", s => s.YSquared, (s, v) => s with { YSquared = v }),
        Bool("cosX", s => s.CosX, (s, v) => s with { CosX = v }),
        Bool("sinX", s => s.SinX, (s, v) => s with { SinX = v }),
        Bool("cosY", s => s.CosY, (s, v) => s with { CosY = v }),
        Bool("sinY", s => s.SinY, (s, v) => s with { SinY = v }),
        Bool("collectStats", s => s.CollectStats, (s, v) => s with { CollectStats = v }),
        Text("tutorial", s => s.Tutorial, (s, v) => s with { Tutorial = v }),
        Enum("problem", Problems, Problems, s => s.Problem, (s, v) => s with { Problem = v }),
        Bool("initZero", s => s.InitZero, (s, v) => s with { InitZero = v }),
        Bool("hideText", s => s.HideText, (s, v) => s with { HideText = v }),
        WeightSkip(),
        .. Extensions(),
    ];

    private static readonly HashSet<string> Names = [.. All.Select(p => p.Name)];

    /// <summary>True for a key of the table (not a hide flag, not an extra).</summary>
    public static bool IsKnown(string key) => Names.Contains(key);

    /// <summary>
    /// Noise normalization at start-up (spec §3.5): above 80 becomes 50, below 0 becomes 0,
    /// and 50 &lt; noise ≤ 80 is kept.
    /// </summary>
    public static PlaygroundState NormalizeNoise(PlaygroundState state, ICollection<string> warnings)
    {
        var noise = state.Noise;
        if (noise > 80)
        {
            warnings.Add($"noise: {JsNumber.ToString(noise)} is above 80, using 50");
            return state with { Noise = 50 };
        }

        if (noise < 0)
        {
            warnings.Add($"noise: {JsNumber.ToString(noise)} is below 0, using 0");
            return state with { Noise = 0 };
        }

        return state;
    }
}
