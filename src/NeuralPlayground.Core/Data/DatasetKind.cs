namespace NeuralPlayground.Core.Data;

/// <summary>The six generators of the original; the first four are classification, the last two regression.</summary>
public enum DatasetKind
{
    /// <summary><c>circle</c>: a blue disc inside an orange ring.</summary>
    Circle,

    /// <summary><c>xor</c>: the four quadrants, labelled by the sign of x·y.</summary>
    Xor,

    /// <summary><c>gauss</c>: two Gaussian blobs around (2, 2) and (−2, −2).</summary>
    Gauss,

    /// <summary><c>spiral</c>: two interleaved spiral arms.</summary>
    Spiral,

    /// <summary><c>reg-plane</c>: a tilted plane, label (x + y) / 10.</summary>
    RegPlane,

    /// <summary><c>reg-gauss</c>: six signed Gaussian bumps.</summary>
    RegGauss,
}
