using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Randomness;
using NeuralPlayground.Core.State;
using NeuralPlayground.Core.Training;

namespace NeuralPlayground.Core.Sessions;

/// <summary>
/// The page's model without the page: state, the seeded stream, data, network, epoch and losses,
/// with the original's load sequence and the RNG semantics of every action (spec §4.4).
/// One improvement: after a rebuild that does not follow data generation directly, the state's
/// <see cref="PlaygroundState.WeightSkip"/> records how many draws lay between the data and the
/// weights, so the serialized URL reloads to the same weights.
/// </summary>
public sealed partial class Session
{
    /// <summary>Appended to the seed to seed the dropout masks' own stream.</summary>
    public const string DropoutStreamSuffix = "/dropout";

    private SeededRandom _random;
    private long _dataEndDraw;
    private FeatureMatrix _train;
    private FeatureMatrix _test;
    private readonly BatchForward _batch = new();

    private Session(PlaygroundState state, IReadOnlyList<string> warnings)
    {
        State = state;
        Warnings = warnings;
        _random = new SeededRandom(state.Seed!);
        (Thumbnails, MulticlassThumbnails) = MakeThumbnails(state, new SeededRandom(state.Seed!));
        Data = GenerateData();
        _random.Skip(state.WeightSkip);
        (Network, _train, _test) = BuildNetwork();
        UpdateLosses();
    }

    /// <summary>The current state; <see cref="PlaygroundState.Seed"/> is always set.</summary>
    public PlaygroundState State { get; private set; }

    /// <summary>What the URL parser corrected at load.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The current train and test points.</summary>
    public DataSplit Data { get; private set; }

    /// <summary>The current network.</summary>
    public Network Network { get; private set; }

    /// <summary>Candidate input features (all seven minus those removed by <c>_hide</c>).</summary>
    public IReadOnlyList<InputFeature> Candidates => InputFeatures.Candidates(State);

    /// <summary>The network's input features, in input order.</summary>
    public IReadOnlyList<InputFeature> Inputs { get; private set; } = [];

    /// <summary>The 200-point, noise-free thumbnail data of each dataset of the current problem type (empty for multi-class).</summary>
    public IReadOnlyDictionary<DatasetKind, Example2D[]> Thumbnails { get; private set; }

    /// <summary>The thumbnail data of each multi-class dataset, for the current class count (empty unless multi-class).</summary>
    public IReadOnlyDictionary<MulticlassDatasetKind, Example2D[]> MulticlassThumbnails { get; private set; }

    /// <summary>Epochs trained since the last rebuild (the original's <c>iter</c>).</summary>
    public long Epoch { get; private set; }

    /// <summary>Training loss; null when the training set is empty.</summary>
    public double? LossTrain => TrainMetrics.Loss;

    /// <summary>Test loss; null when the test set is empty.</summary>
    public double? LossTest => TestMetrics.Loss;

    /// <summary>Loss, accuracy, R² and confusion matrix on the training set.</summary>
    public SetMetrics TrainMetrics { get; private set; } = null!;

    /// <summary>Loss, accuracy, R² and confusion matrix on the test set.</summary>
    public SetMetrics TestMetrics { get; private set; } = null!;

    /// <summary>
    /// The first epoch since the last rebuild at which a loss, a weight or a bias was not finite
    /// (0 when the network was already so after loading or an edit); null while all are finite.
    /// </summary>
    public long? DivergedAtEpoch { get; private set; }

    /// <summary>The first epoch since the last rebuild at which <c>maxEpochs</c> or <c>stopAtLoss</c> was reached; null before.</summary>
    public long? StoppedAtEpoch { get; private set; }

    /// <summary>True when training should pause: <c>maxEpochs</c> or <c>stopAtLoss</c> is reached now.</summary>
    public bool IsStopReached =>
        (State.MaxEpochs is { } max && Epoch >= max) || (State.StopAtLoss is { } target && LossTest is { } loss && loss <= target);

    /// <summary>The MLCC goals carried by the URL (<c>goal…Threshold…</c> keys), in URL order.</summary>
    public IReadOnlyList<Goal> Goals => Goal.FromExtras(State.Extras);

    /// <summary>Draws taken from the current seeded stream so far.</summary>
    public long DrawsSinceSeeding => _random.Draws;

    /// <summary>
    /// The page-load sequence for <paramref name="url"/> (a URL, a hash or null): parse, pick a seed
    /// with <paramref name="newSeed"/> if the URL has none, seed, generate, shuffle, split, build.
    /// </summary>
    /// <param name="url">The link or hash; bad input gives defaults and warnings, never an exception.</param>
    /// <param name="newSeed">Supplies a seed when the URL has none (the page uses native randomness, formatted like <c>0.12345</c>).</param>
    public static Session Load(string? url, Func<string> newSeed)
    {
        ArgumentNullException.ThrowIfNull(newSeed);
        var parsed = UrlState.Parse(url);
        var state = parsed.State.Seed is null ? parsed.State with { Seed = newSeed() } : parsed.State;
        return new Session(state, parsed.Warnings);
    }

    /// <summary>Loads a state directly (already valid; no URL parsing).</summary>
    public static Session Load(PlaygroundState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(state.Seed, nameof(state));
        return new Session(state, []);
    }

    /// <summary>The current state as the original's hash (without <c>#</c>).</summary>
    public string Serialize() => UrlState.Serialize(State);

    /// <summary>One epoch (the Step button): train over the training set, then both losses.</summary>
    public void Step()
    {
        Epoch++;
        Trainer.TrainEpoch(Network, _train, State.BatchSize, State.LearningRate, State.RegularizationRate);
        UpdateLosses();
        if (StoppedAtEpoch is null && IsStopReached)
        {
            StoppedAtEpoch = Epoch;
        }
    }

    private DataSplit GenerateData()
    {
        var count = DataSplit.SampleCount(State.Problem);
        var split = State.UsesCustomData
            ? SplitCustomData()
            : State.Problem == ProblemKind.Multiclass
            ? DataSplit.FromPoints(MulticlassDatasets.Generate(State.McDataset, State.Classes, count, State.Noise / 100, _random), State.PercTrainData, _random)
            : DataSplit.Generate(State.CurrentDataset, count, State.Noise, State.PercTrainData, _random);
        _dataEndDraw = _random.Draws;
        return split;
    }

    private (Network Network, FeatureMatrix Train, FeatureMatrix Test) BuildNetwork()
    {
        State = State with { WeightSkip = _random.Draws - _dataEndDraw };
        Inputs = InputFeatures.Enabled(State);
        var output = State.Problem == ProblemKind.Regression ? ActivationKind.Linear : ActivationKind.Tanh;
        var network = Network.Build([.. Inputs.Select(f => f.Key)], State.NetworkShape, State.Activation, output, State.Regularization, State.InitZero, _random, State.OutputCount);
        if (State.Optimizer != OptimizerKind.Sgd)
        {
            network.SetOptimizer(State.Optimizer, State.Momentum);
        }

        if (State.Dropout > 0)
        {
            // A stream of its own, derived from the seed: the main stream's draws stay the original's.
            network.SetDropout(State.Dropout, new SeededRandom(State.Seed + DropoutStreamSuffix));
        }

        Epoch = 0;
        DivergedAtEpoch = null;
        StoppedAtEpoch = null;
        return (network, FeatureMatrix.Create(Data.Train, Inputs), FeatureMatrix.Create(Data.Test, Inputs));
    }

    private void UpdateLosses()
    {
        TrainMetrics = Evaluator.Evaluate(Network, _train, State.Problem, _batch);
        TestMetrics = Evaluator.Evaluate(Network, _test, State.Problem, _batch);
        if (DivergedAtEpoch is null && !IsFinite())
        {
            DivergedAtEpoch = Epoch;
        }
    }

    private bool IsFinite() =>
        (LossTrain is not { } train || double.IsFinite(train))
        && (LossTest is not { } test || double.IsFinite(test))
        && Network.AreParametersFinite();

    private static (Dictionary<DatasetKind, Example2D[]> Thumbnails, Dictionary<MulticlassDatasetKind, Example2D[]> Multiclass) MakeThumbnails(PlaygroundState state, SeededRandom random)
    {
        if (state.Problem == ProblemKind.Multiclass)
        {
            MulticlassDatasetKind[] mcKinds = [MulticlassDatasetKind.Blobs, MulticlassDatasetKind.Spiral, MulticlassDatasetKind.Rings];
            return ([], mcKinds.ToDictionary(k => k, k => MulticlassDatasets.Generate(k, state.Classes, 200, 0, random)));
        }

        DatasetKind[] kinds = state.Problem == ProblemKind.Regression
            ? [DatasetKind.RegPlane, DatasetKind.RegGauss]
            : [DatasetKind.Circle, DatasetKind.Xor, DatasetKind.Gauss, DatasetKind.Spiral];
        return (kinds.ToDictionary(k => k, k => Datasets.For(k)(200, 0, random)), []);
    }

    private string DrawSeed() => JsNumber.ToFixed(_random.NextDouble(), 5);
}
