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
        Thumbnails = MakeThumbnails(state.Problem, new SeededRandom(state.Seed!));
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

    /// <summary>The 200-point, noise-free thumbnail data of each dataset of the current problem type.</summary>
    public IReadOnlyDictionary<DatasetKind, Example2D[]> Thumbnails { get; private set; }

    /// <summary>Epochs trained since the last rebuild (the original's <c>iter</c>).</summary>
    public long Epoch { get; private set; }

    /// <summary>Training loss; null when the training set is empty.</summary>
    public double? LossTrain { get; private set; }

    /// <summary>Test loss; null when the test set is empty.</summary>
    public double? LossTest { get; private set; }

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
    }

    private DataSplit GenerateData()
    {
        var split = DataSplit.Generate(State.CurrentDataset, DataSplit.SampleCount(State.Problem), State.Noise, State.PercTrainData, _random);
        _dataEndDraw = _random.Draws;
        return split;
    }

    private (Network Network, FeatureMatrix Train, FeatureMatrix Test) BuildNetwork()
    {
        State = State with { WeightSkip = _random.Draws - _dataEndDraw };
        Inputs = InputFeatures.Enabled(State);
        var output = State.Problem == ProblemKind.Regression ? ActivationKind.Linear : ActivationKind.Tanh;
        var network = Network.Build([.. Inputs.Select(f => f.Key)], State.NetworkShape, State.Activation, output, State.Regularization, State.InitZero, _random);
        Epoch = 0;
        return (network, FeatureMatrix.Create(Data.Train, Inputs), FeatureMatrix.Create(Data.Test, Inputs));
    }

    private void UpdateLosses()
    {
        LossTrain = Trainer.Loss(Network, _train, _batch);
        LossTest = Trainer.Loss(Network, _test, _batch);
    }

    private static Dictionary<DatasetKind, Example2D[]> MakeThumbnails(ProblemKind problem, SeededRandom random)
    {
        DatasetKind[] kinds = problem == ProblemKind.Regression
            ? [DatasetKind.RegPlane, DatasetKind.RegGauss]
            : [DatasetKind.Circle, DatasetKind.Xor, DatasetKind.Gauss, DatasetKind.Spiral];
        return kinds.ToDictionary(k => k, k => Datasets.For(k)(200, 0, random));
    }

    private string DrawSeed() => JsNumber.ToFixed(_random.NextDouble(), 5);
}
