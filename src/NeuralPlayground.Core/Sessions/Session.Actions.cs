using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Randomness;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Sessions;

/// <summary>User actions, each with the original's seed, data and rebuild rules (spec §4.4, §10).</summary>
public sealed partial class Session
{
    /// <summary>Most hidden layers the +/− buttons make.</summary>
    public const int MaxLayersFromButtons = 6;

    /// <summary>Most neurons per layer the +/− buttons make.</summary>
    public const int MaxNeuronsFromButtons = 8;

    /// <summary>Regenerate: new seed from the stream and new data; the network and epoch are kept.</summary>
    public void Regenerate()
    {
        NewData();
        UpdateLosses();
    }

    /// <summary>Rebuilds the network from the continuing stream (the Reset button).</summary>
    public void Reset()
    {
        (Network, _train, _test) = BuildNetwork();
        UpdateLosses();
    }

    /// <summary>Selects a dataset of the current problem type (leaving the Custom dataset): new seed, data and network.</summary>
    public void SelectDataset(DatasetKind kind)
    {
        var isRegression = kind is DatasetKind.RegPlane or DatasetKind.RegGauss;
        if (State.Problem == ProblemKind.Multiclass || isRegression != (State.Problem == ProblemKind.Regression) || (kind == State.CurrentDataset && !State.UsesCustomData))
        {
            return;
        }

        State = isRegression ? State with { RegDataset = kind, CustomData = null } : State with { Dataset = kind, CustomData = null };
        NewDataAndNetwork();
    }

    /// <summary>The noise slider (percent): new seed, data and network.</summary>
    public void SetNoise(double noise) => ChangeData(State with { Noise = noise });

    /// <summary>The train-ratio slider (percent): new seed, data and network.</summary>
    public void SetPercTrainData(double percent) => ChangeData(State with { PercTrainData = percent });

    /// <summary>Problem type: new seed and data (a generated dataset: custom points are dropped), thumbnails of the new type (they draw), then the network.</summary>
    public void SetProblem(ProblemKind problem)
    {
        if (problem == State.Problem)
        {
            return;
        }

        State = State with { Problem = problem, CustomData = null };
        NewData();
        (Thumbnails, MulticlassThumbnails) = MakeThumbnails(State, _random);
        Reset();
    }

    /// <summary>Selects a multi-class dataset (multi-class problems only; leaves the Custom dataset): new seed, data and network.</summary>
    public void SelectMulticlassDataset(MulticlassDatasetKind kind)
    {
        if (State.Problem == ProblemKind.Multiclass && (kind != State.McDataset || State.UsesCustomData))
        {
            State = State with { McDataset = kind, CustomData = null };
            NewDataAndNetwork();
        }
    }

    /// <summary>Number of classes (3–6, clamped): new seed, data, thumbnails and network when multi-class.</summary>
    public void SetClasses(int classes)
    {
        var next = Math.Clamp(classes, MulticlassDatasets.MinClasses, MulticlassDatasets.MaxClasses);
        if (next == State.Classes)
        {
            return;
        }

        State = State with { Classes = next };
        if (State.Problem == ProblemKind.Multiclass)
        {
            NewData();
            (Thumbnails, MulticlassThumbnails) = MakeThumbnails(State, _random);
            Reset();
        }
    }

    /// <summary>Optimizer: rebuild (a fresh network, so the URL replays the run).</summary>
    public void SetOptimizer(OptimizerKind optimizer) => ChangeNetwork(State with { Optimizer = optimizer });

    /// <summary>Momentum β in [0, 0.999]: rebuild.</summary>
    public void SetMomentum(double momentum) => ChangeNetwork(State with { Momentum = Math.Clamp(momentum, 0, PlaygroundState.MaxMomentum) });

    /// <summary>Dropout rate in [0, 0.9]: rebuild.</summary>
    public void SetDropout(double rate) => ChangeNetwork(State with { Dropout = Math.Clamp(rate, 0, PlaygroundState.MaxDropout) });

    /// <summary>Pause at this epoch (null: never); no rebuild.</summary>
    public void SetMaxEpochs(long? maxEpochs) => State = State with { MaxEpochs = maxEpochs is { } m && m >= 1 ? m : null };

    /// <summary>Pause once the test loss is at or below this (null: never); no rebuild.</summary>
    public void SetStopAtLoss(double? loss) => State = State with { StopAtLoss = loss is { } x && x >= 0 && double.IsFinite(x) ? x : null };

    /// <summary>Epochs per displayed frame, 1–100 (clamped); display only.</summary>
    public void SetEpochsPerFrame(int epochs) => State = State with { EpochsPerFrame = Math.Clamp(epochs, 1, PlaygroundState.MaxEpochsPerFrame) };

    /// <summary>The divergence banner's one click: the learning rate becomes <paramref name="learningRate"/> and the network is rebuilt.</summary>
    public void ResetWithLearningRate(double learningRate)
    {
        State = State with { LearningRate = learningRate };
        Reset();
    }

    /// <summary>Hidden activation: rebuild.</summary>
    public void SetActivation(ActivationKind activation) => ChangeNetwork(State with { Activation = activation });

    /// <summary>Regularization: rebuild.</summary>
    public void SetRegularization(RegularizationKind regularization) => ChangeNetwork(State with { Regularization = regularization });

    /// <summary>Regularization rate: rebuild (unlike the learning rate).</summary>
    public void SetRegularizationRate(double rate) => ChangeNetwork(State with { RegularizationRate = rate });

    /// <summary>Batch size: rebuild, same data.</summary>
    public void SetBatchSize(double batchSize) => ChangeNetwork(State with { BatchSize = batchSize });

    /// <summary>Learning rate: used from the next update on; no rebuild.</summary>
    public void SetLearningRate(double learningRate) => State = State with { LearningRate = learningRate };

    /// <summary>Show test data: display only.</summary>
    public void SetShowTestData(bool show) => State = State with { ShowTestData = show };

    /// <summary>Discretize output: display only.</summary>
    public void SetDiscretize(bool discretize) => State = State with { Discretize = discretize };

    /// <summary>A classroom checkbox: sets <c>&lt;name&gt;_hide</c>, effective on reload like the original.</summary>
    public void SetHidden(string name, bool hidden) => State = State.WithHidden(name, hidden);

    /// <summary>+ layer: adds a layer of 2 neurons at the end, unless there are 6 or more.</summary>
    public void AddLayer()
    {
        if (State.NetworkShape.Count < MaxLayersFromButtons)
        {
            ChangeNetwork(State with { NetworkShape = State.NetworkShape.Add(2) });
        }
    }

    /// <summary>− layer: removes the last hidden layer, unless there is none.</summary>
    public void RemoveLayer()
    {
        if (State.NetworkShape.Count > 0)
        {
            ChangeNetwork(State with { NetworkShape = State.NetworkShape.RemoveLast() });
        }
    }

    /// <summary>± neuron in hidden layer <paramref name="layer"/> (0-based): limits 1 and 8.</summary>
    public void ChangeNeurons(int layer, int delta)
    {
        if (layer < 0 || layer >= State.NetworkShape.Count)
        {
            return;
        }

        var size = State.NetworkShape[layer];
        if ((delta > 0 && size >= MaxNeuronsFromButtons) || (delta < 0 && size <= 1) || delta == 0)
        {
            return;
        }

        ChangeNetwork(State with { NetworkShape = State.NetworkShape.SetItem(layer, size + Math.Sign(delta)) });
    }

    /// <summary>Click on an input node: toggles that feature and rebuilds. Removed features are ignored.</summary>
    public void ToggleFeature(string key)
    {
        var feature = Candidates.FirstOrDefault(f => f.Key == key);
        if (feature is not null)
        {
            ChangeNetwork(feature.WithEnabled(State, !feature.IsEnabled(State)));
        }
    }

    /// <summary>Sets one weight (hover card edit). A dead link stays dead. Losses are recomputed.</summary>
    public void EditWeight(int linkIndex, double value)
    {
        Network.SetWeight(linkIndex, value);
        UpdateLosses();
    }

    /// <summary>Sets one bias (index into <see cref="Network.Biases"/>). Losses are recomputed.</summary>
    public void EditBias(int biasIndex, double value)
    {
        Network.Biases[biasIndex] = value;
        UpdateLosses();
    }

    private void NewData()
    {
        // Weights drawn before this data cannot come back from the new seed: forget the old offset.
        State = State with { Seed = DrawSeed(), WeightSkip = 0 };
        _random = new SeededRandom(State.Seed!);
        Data = GenerateData();
        _train = FeatureMatrix.Create(Data.Train, Inputs);
        _test = FeatureMatrix.Create(Data.Test, Inputs);
    }

    private void NewDataAndNetwork()
    {
        NewData();
        Reset();
    }

    private void ChangeData(PlaygroundState next)
    {
        if (next != State)
        {
            State = next;
            NewDataAndNetwork();
        }
    }

    private void ChangeNetwork(PlaygroundState next)
    {
        if (next != State)
        {
            State = next;
            Reset();
        }
    }
}
