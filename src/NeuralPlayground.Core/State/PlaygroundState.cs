using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Core.State;

/// <summary>
/// Everything the URL hash carries, as one immutable value. Property order is the original's
/// serialization order (spec §2); defaults are the original's.
/// </summary>
public sealed record PlaygroundState
{
    /// <summary>Hidden-layer activation (<c>activation</c>).</summary>
    public ActivationKind Activation { get; init; } = ActivationKind.Tanh;

    /// <summary>Weight regularization (<c>regularization</c>); None is omitted from the URL.</summary>
    public RegularizationKind Regularization { get; init; } = RegularizationKind.None;

    /// <summary>Examples per weight update (<c>batchSize</c>); a JS number, not range-checked.</summary>
    public double BatchSize { get; init; } = 10;

    /// <summary>Classification dataset (<c>dataset</c>).</summary>
    public DatasetKind Dataset { get; init; } = DatasetKind.Circle;

    /// <summary>Regression dataset (<c>regDataset</c>).</summary>
    public DatasetKind RegDataset { get; init; } = DatasetKind.RegPlane;

    /// <summary>SGD step size (<c>learningRate</c>).</summary>
    public double LearningRate { get; init; } = 0.03;

    /// <summary>Regularization strength (<c>regularizationRate</c>).</summary>
    public double RegularizationRate { get; init; }

    /// <summary>Noise in percent, 0–50 on the slider (<c>noise</c>); the generators get noise/100.</summary>
    public double Noise { get; init; }

    /// <summary>Neurons per hidden layer, input to output (<c>networkShape</c>).</summary>
    public EquatableArray<int> NetworkShape { get; init; } = [4, 2];

    /// <summary>The seed string (<c>seed</c>), used verbatim; null until one is chosen.</summary>
    public string? Seed { get; init; }

    /// <summary>Draw the test points on the output heatmap (<c>showTestData</c>).</summary>
    public bool ShowTestData { get; init; }

    /// <summary>Colour heatmaps by sign only (<c>discretize</c>).</summary>
    public bool Discretize { get; init; }

    /// <summary>Percentage of the data used for training (<c>percTrainData</c>).</summary>
    public double PercTrainData { get; init; } = 50;

    /// <summary>Feature X₁ (<c>x</c>).</summary>
    public bool X { get; init; } = true;

    /// <summary>Feature X₂ (<c>y</c>).</summary>
    public bool Y { get; init; } = true;

    /// <summary>Feature X₁X₂ (<c>xTimesY</c>).</summary>
    public bool XTimesY { get; init; }

    /// <summary>Feature X₁² (<c>xSquared</c>).</summary>
    public bool XSquared { get; init; }

    /// <summary>Feature X₂² (<c>ySquared</c>).</summary>
    public bool YSquared { get; init; }

    /// <summary>Serialized but unused by the original (<c>cosX</c>).</summary>
    public bool CosX { get; init; }

    /// <summary>Feature sin(X₁) (<c>sinX</c>).</summary>
    public bool SinX { get; init; }

    /// <summary>Serialized but unused by the original (<c>cosY</c>).</summary>
    public bool CosY { get; init; }

    /// <summary>Feature sin(X₂) (<c>sinY</c>).</summary>
    public bool SinY { get; init; }

    /// <summary>Serialized but unused by the original (<c>collectStats</c>).</summary>
    public bool CollectStats { get; init; }

    /// <summary>Tutorial name (<c>tutorial</c>), null when absent.</summary>
    public string? Tutorial { get; init; }

    /// <summary>Problem type (<c>problem</c>).</summary>
    public ProblemKind Problem { get; init; } = ProblemKind.Classification;

    /// <summary>Start weights and biases at 0 (<c>initZero</c>); the weight draws still happen.</summary>
    public bool InitZero { get; init; }

    /// <summary>Hide the header and article (<c>hideText</c>).</summary>
    public bool HideText { get; init; }

    /// <summary>
    /// Extra draws skipped after data generation before the weights are drawn
    /// (<c>weightSkip</c>, ours): lets a URL reproduce weights drawn by Reset and similar actions.
    /// </summary>
    public long WeightSkip { get; init; }

    /// <summary>How gradients become steps (<c>optimizer</c>, ours); SGD is the original's and is omitted from the URL.</summary>
    public OptimizerKind Optimizer { get; init; } = OptimizerKind.Sgd;

    /// <summary>β of the momentum optimizer (<c>momentum</c>, ours), in [0, 1).</summary>
    public double Momentum { get; init; } = DefaultMomentum;

    /// <summary>Inverted-dropout rate of hidden units during training (<c>dropout</c>, ours), in [0, 0.9].</summary>
    public double Dropout { get; init; }

    /// <summary>Number of classes for <see cref="ProblemKind.Multiclass"/> (<c>classes</c>, ours), 3–6.</summary>
    public int Classes { get; init; } = 3;

    /// <summary>Multi-class dataset (<c>mcDataset</c>, ours).</summary>
    public MulticlassDatasetKind McDataset { get; init; } = MulticlassDatasetKind.Blobs;

    /// <summary>Training pauses by itself at this epoch (<c>maxEpochs</c>, ours); null for never.</summary>
    public long? MaxEpochs { get; init; }

    /// <summary>Training pauses by itself once the test loss is at or below this (<c>stopAtLoss</c>, ours); null for never.</summary>
    public double? StopAtLoss { get; init; }

    /// <summary>Epochs trained per displayed frame (<c>epochsPerFrame</c>, ours), 1–100.</summary>
    public int EpochsPerFrame { get; init; } = 1;

    /// <summary>
    /// The user's own points (<c>data</c>, ours, issue 5), quantized (<see cref="Data.CustomData"/>),
    /// with labels of <see cref="Problem"/>: null when a generated dataset is in use; empty when the
    /// Custom dataset is chosen but holds no points yet. Up to 500 points travel in the URL.
    /// </summary>
    public EquatableArray<Example2D>? CustomData { get; init; }

    /// <summary>The <c>_hide</c> flags, in the order first set (URL order, then later ones).</summary>
    public EquatableArray<HideFlag> Hides { get; init; } = [];

    /// <summary>Keys the playground does not use (MLCC goals and others), kept in URL order.</summary>
    public EquatableArray<UrlEntry> Extras { get; init; } = [];

    /// <summary>The default of <see cref="Momentum"/>.</summary>
    public const double DefaultMomentum = 0.9;

    /// <summary>The largest <see cref="Momentum"/> (1 would never forget a step).</summary>
    public const double MaxMomentum = 0.999;

    /// <summary>The largest <see cref="Dropout"/> rate.</summary>
    public const double MaxDropout = 0.9;

    /// <summary>The largest <see cref="EpochsPerFrame"/>.</summary>
    public const int MaxEpochsPerFrame = 100;

    /// <summary>Number of output units: the class count for multi-class, else 1.</summary>
    public int OutputCount => Problem == ProblemKind.Multiclass ? Classes : 1;

    /// <summary>The dataset in use for the current problem type.</summary>
    public DatasetKind CurrentDataset => Problem == ProblemKind.Regression ? RegDataset : Dataset;

    /// <summary>True when the Custom dataset (<see cref="CustomData"/>) is in use instead of a generated one.</summary>
    public bool UsesCustomData => CustomData is not null;

    /// <summary>True when <c>&lt;name&gt;_hide=true</c> is set.</summary>
    public bool IsHidden(string name)
    {
        foreach (var flag in Hides)
        {
            if (flag.Name == name)
            {
                return flag.Hidden;
            }
        }

        return false;
    }

    /// <summary>Returns a copy with <c>&lt;name&gt;_hide</c> set, keeping its position if it exists.</summary>
    public PlaygroundState WithHidden(string name, bool hidden)
    {
        for (var i = 0; i < Hides.Count; i++)
        {
            if (Hides[i].Name == name)
            {
                return this with { Hides = Hides.SetItem(i, new HideFlag(name, hidden)) };
            }
        }

        return this with { Hides = Hides.Add(new HideFlag(name, hidden)) };
    }
}
