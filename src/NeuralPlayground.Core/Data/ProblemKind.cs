namespace NeuralPlayground.Core.Data;

/// <summary>The problem type (<c>problem=</c>): decides the output activation, sample count and datasets.</summary>
public enum ProblemKind
{
    /// <summary><c>classification</c>: labels ±1, tanh output, 500 samples.</summary>
    Classification,

    /// <summary><c>regression</c>: labels in [−1, 1], linear output, 1200 samples.</summary>
    Regression,

    /// <summary><c>multiclass</c> (ours): labels are class ids 0…k−1, k outputs with softmax and cross-entropy, 600 samples.</summary>
    Multiclass,
}
