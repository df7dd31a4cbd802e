namespace NeuralPlayground.Core.Nn;

/// <summary>Weight regularization, named as in the URL (<c>regularization=</c>; None is never written).</summary>
public enum RegularizationKind
{
    /// <summary>No regularization (the default; omitted from the URL).</summary>
    None,

    /// <summary><c>L1</c>: penalty |w|, derivative sign(w).</summary>
    L1,

    /// <summary><c>L2</c>: penalty ½w², derivative w.</summary>
    L2,
}
