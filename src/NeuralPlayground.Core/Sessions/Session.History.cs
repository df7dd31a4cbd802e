namespace NeuralPlayground.Core.Sessions;

/// <summary>Snapshots for undo and redo (ours, issue 5; see <see cref="History"/>).</summary>
public sealed partial class Session
{
    /// <summary>
    /// This exact moment: state, the seeded stream's position, data, thumbnails, the network
    /// (parameters, accumulators, optimizer and dropout state), epoch, metrics and the divergence and
    /// stop epochs. Copies the network (a few kB; see <see cref="Nn.Network.Clone"/>) and the stream (256 bytes).
    /// </summary>
    public SessionSnapshot Snapshot() => new(this, _random, _dataEndDraw, _train, _test);

    /// <summary>
    /// Puts back the moment of <paramref name="snapshot"/>, so that the next <see cref="Step"/> or
    /// action gives the same bits as it would have then. <see cref="Warnings"/> (of the load) are kept.
    /// The snapshot is not changed and may be restored again.
    /// </summary>
    public void Restore(SessionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        State = snapshot.State;
        _random = snapshot.Random.Clone();
        _dataEndDraw = snapshot.DataEndDraw;
        Data = snapshot.Data;
        _train = snapshot.Train;
        _test = snapshot.Test;
        Inputs = snapshot.Inputs;
        Thumbnails = snapshot.Thumbnails;
        MulticlassThumbnails = snapshot.MulticlassThumbnails;
        Network = snapshot.Network.Clone();
        Epoch = snapshot.Epoch;
        TrainMetrics = snapshot.TrainMetrics;
        TestMetrics = snapshot.TestMetrics;
        DivergedAtEpoch = snapshot.DivergedAtEpoch;
        StoppedAtEpoch = snapshot.StoppedAtEpoch;
    }
}
