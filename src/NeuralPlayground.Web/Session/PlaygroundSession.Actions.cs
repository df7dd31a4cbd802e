using System.Runtime.CompilerServices;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Web.Session;

/// <summary>The user's actions. Rebuilds pause training and restart the chart, as in the original.</summary>
public sealed partial class PlaygroundSession
{
    /// <summary>
    /// Play/Pause. Play does nothing once the network has diverged (only a rebuild helps). Play at a
    /// stop condition already reached trains on past it; otherwise training pauses when it is reached.
    /// </summary>
    public void TogglePlay()
    {
        if (!IsPlaying && Model.DivergedAtEpoch is not null)
        {
            return;
        }

        IsPlaying = !IsPlaying;
        _stopArmed = !Model.IsStopReached;
        Changed?.Invoke();
    }

    /// <summary>Pauses training.</summary>
    public void Pause()
    {
        if (IsPlaying)
        {
            TogglePlay();
        }
    }

    /// <summary>The Step button: pauses, then trains one epoch.</summary>
    public void Step()
    {
        Pause();
        TrainEpochs(1);
    }

    /// <summary>The Reset button: new weights from the continuing stream.</summary>
    public void Reset() => Rebuild(m => m.Reset());

    /// <summary>Regenerate: new seed and data; the network, the epoch and the play state are kept.</summary>
    public void Regenerate()
    {
        Recorded(m => m.Regenerate(), nameof(Regenerate));
        Updated();
    }

    /// <summary>A dataset thumbnail.</summary>
    public void SelectDataset(DatasetKind kind) => Rebuild(m => m.SelectDataset(kind));

    /// <summary>The noise slider, in percent.</summary>
    public void SetNoise(double noise) => Rebuild(m => m.SetNoise(noise));

    /// <summary>The ratio slider, in percent.</summary>
    public void SetPercTrainData(double percent) => Rebuild(m => m.SetPercTrainData(percent));

    /// <summary>The batch-size slider.</summary>
    public void SetBatchSize(double batchSize) => Rebuild(m => m.SetBatchSize(batchSize));

    /// <summary>The problem-type dropdown.</summary>
    public void SetProblem(ProblemKind problem) => Rebuild(m => m.SetProblem(problem));

    /// <summary>The activation dropdown.</summary>
    public void SetActivation(ActivationKind activation) => Rebuild(m => m.SetActivation(activation));

    /// <summary>The regularization dropdown.</summary>
    public void SetRegularization(RegularizationKind regularization) => Rebuild(m => m.SetRegularization(regularization));

    /// <summary>The regularization-rate dropdown.</summary>
    public void SetRegularizationRate(double rate) => Rebuild(m => m.SetRegularizationRate(rate));

    /// <summary>+ layer.</summary>
    public void AddLayer() => Rebuild(m => m.AddLayer());

    /// <summary>− layer.</summary>
    public void RemoveLayer() => Rebuild(m => m.RemoveLayer());

    /// <summary>± neuron in hidden layer <paramref name="layer"/> (0-based).</summary>
    public void ChangeNeurons(int layer, int delta) => Rebuild(m => m.ChangeNeurons(layer, delta));

    /// <summary>A click on an input feature.</summary>
    public void ToggleFeature(string key) => Rebuild(m => m.ToggleFeature(key));

    /// <summary>The optimizer dropdown: rebuild.</summary>
    public void SetOptimizer(OptimizerKind optimizer) => Rebuild(m => m.SetOptimizer(optimizer));

    /// <summary>The dropout dropdown (a rate in [0, 0.9]): rebuild.</summary>
    public void SetDropout(double rate) => Rebuild(m => m.SetDropout(rate));

    /// <summary>The number of classes of a multi-class problem (3–6): new data and network.</summary>
    public void SetClasses(int classes) => Rebuild(m => m.SetClasses(classes));

    /// <summary>A multi-class dataset thumbnail.</summary>
    public void SelectMulticlassDataset(MulticlassDatasetKind kind) => Rebuild(m => m.SelectMulticlassDataset(kind));

    /// <summary>The divergence banner's button: a new network trained at <paramref name="learningRate"/>.</summary>
    public void ResetWithLearningRate(double learningRate) => Rebuild(m => m.ResetWithLearningRate(learningRate));

    /// <summary>The speed dropdown (epochs per frame, 1–100): no rebuild; training goes on.</summary>
    public void SetEpochsPerFrame(int epochs) => Apply(m => m.SetEpochsPerFrame(epochs));

    /// <summary>The learning-rate dropdown: no rebuild; training goes on.</summary>
    public void SetLearningRate(double learningRate) => Apply(m => m.SetLearningRate(learningRate));

    /// <summary>The Show test data checkbox.</summary>
    public void SetShowTestData(bool show) => Apply(m => m.SetShowTestData(show));

    /// <summary>The Discretize output checkbox.</summary>
    public void SetDiscretize(bool discretize) => Apply(m => m.SetDiscretize(discretize));

    /// <summary>A classroom checkbox: <c>&lt;name&gt;_hide</c>, effective when the link is opened.</summary>
    public void SetHidden(string name, bool hidden) => Apply(m => m.SetHidden(name, hidden));

    /// <summary>A weight typed into the hover card.</summary>
    public void EditWeight(int linkIndex, double value) => Apply(m => m.EditWeight(linkIndex, value));

    /// <summary>A bias typed into the hover card.</summary>
    public void EditBias(int biasIndex, double value) => Apply(m => m.EditBias(biasIndex, value));

    /// <summary>Hovering a node shows its heatmap in the output panel; null goes back to the output.</summary>
    public void SelectNode(string? nodeId)
    {
        if (SelectedNodeId != nodeId)
        {
            SelectedNodeId = nodeId;
            _frameDirty = true;
            Changed?.Invoke();
        }
    }

    private void Apply(Action<Core.Sessions.Session> action, [CallerMemberName] string caller = "")
    {
        Recorded(action, caller);
        Updated();
    }

    // Core decides whether the action rebuilds (a no-op, such as + at 6 layers, does not).
    private void Rebuild(Action<Core.Sessions.Session> action, [CallerMemberName] string caller = "")
    {
        var network = Model.Network;
        Recorded(action, caller);
        if (ReferenceEquals(network, Model.Network))
        {
            Updated();
            return;
        }

        IsPlaying = false;
        Rebuilt();
    }
}
