using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Export;
using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Randomness;
using NeuralPlayground.Core.State;
using NeuralPlayground.Core.Training;

namespace NeuralPlayground.Core.Sessions;

/// <summary>
/// One exact moment of a <see cref="Session"/> (ours, issue 5), made by <see cref="Session.Snapshot"/>
/// and put back by <see cref="Session.Restore"/>. Nothing changes it after it is made: the parts the
/// session replaces but never writes (the state record, the data and feature arrays, thumbnails,
/// metrics) are shared by reference; the parts that training writes (the network, the seeded
/// stream) are private copies, copied again on every restore, so one snapshot restores any number of times.
/// </summary>
public sealed class SessionSnapshot
{
    internal SessionSnapshot(Session session, SeededRandom random, long dataEndDraw, FeatureMatrix train, FeatureMatrix test)
    {
        State = session.State;
        Data = session.Data;
        Epoch = session.Epoch;
        TrainMetrics = session.TrainMetrics;
        TestMetrics = session.TestMetrics;
        DivergedAtEpoch = session.DivergedAtEpoch;
        StoppedAtEpoch = session.StoppedAtEpoch;
        Inputs = session.Inputs;
        Thumbnails = session.Thumbnails;
        MulticlassThumbnails = session.MulticlassThumbnails;
        Network = session.Network.Clone();
        Random = random.Clone();
        DataEndDraw = dataEndDraw;
        Train = train;
        Test = test;
    }

    /// <summary>The state at that moment.</summary>
    public PlaygroundState State { get; }

    /// <summary>The train and test points at that moment.</summary>
    public DataSplit Data { get; }

    /// <summary>Epochs trained since the last rebuild at that moment.</summary>
    public long Epoch { get; }

    /// <summary>Training-set metrics at that moment.</summary>
    public SetMetrics TrainMetrics { get; }

    /// <summary>Test-set metrics at that moment.</summary>
    public SetMetrics TestMetrics { get; }

    /// <summary>See <see cref="Session.DivergedAtEpoch"/>.</summary>
    public long? DivergedAtEpoch { get; }

    /// <summary>See <see cref="Session.StoppedAtEpoch"/>.</summary>
    public long? StoppedAtEpoch { get; }

    /// <summary>
    /// The network of that moment as a model (weights, biases, dead links, every bit), for saving a
    /// step (issue 5): <see cref="Session.Load(PlaygroundState)"/> of <see cref="State"/>, then
    /// <see cref="Session.Resume"/> of this model and <see cref="Epoch"/>, then <see cref="Session.Snapshot"/>,
    /// rebuilds the moment, with the optimizer's state and the seeded stream's position restarted.
    /// </summary>
    public ModelSnapshot ToModel() => ModelSnapshot.From(Network);

    internal IReadOnlyList<InputFeature> Inputs { get; }

    internal IReadOnlyDictionary<DatasetKind, Example2D[]> Thumbnails { get; }

    internal IReadOnlyDictionary<MulticlassDatasetKind, Example2D[]> MulticlassThumbnails { get; }

    // Never handed out: Session.Restore clones it again.
    internal Network Network { get; }

    // The main seeded stream at its exact position; never drawn from, only cloned.
    internal SeededRandom Random { get; }

    internal long DataEndDraw { get; }

    internal FeatureMatrix Train { get; }

    internal FeatureMatrix Test { get; }

    /// <summary>
    /// True when <paramref name="session"/> is still at this moment as far as a user can tell: same
    /// state, same data, same epoch, same position in the seeded stream, same network parameter bits.
    /// </summary>
    internal bool Matches(Session session) =>
        State == session.State
        && ReferenceEquals(Data, session.Data)
        && Epoch == session.Epoch
        && Random.Draws == session.DrawsSinceSeeding
        && Network.HasSameParameters(session.Network);
}
