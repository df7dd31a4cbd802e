namespace NeuralPlayground.Core.Data;

/// <summary>Our multi-class generators (issue 4, <see cref="MulticlassDatasets"/>); each makes 3–6 classes.</summary>
public enum MulticlassDatasetKind
{
    /// <summary><c>blobs</c>: one Gaussian blob per class, centres evenly spaced on a circle of radius 3.5.</summary>
    Blobs,

    /// <summary><c>spiral</c>: one interleaved spiral arm per class, the original's spiral generalised to k arms.</summary>
    Spiral,

    /// <summary><c>rings</c>: a central disc and concentric rings, one per class, out to radius 5.</summary>
    Rings,
}
