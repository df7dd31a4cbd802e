namespace NeuralPlayground.Core.Data;

/// <summary>One data point: a position in the plane and its label (±1, or a value in [−1, 1]).</summary>
/// <param name="X">The first coordinate, x₁.</param>
/// <param name="Y">The second coordinate, x₂.</param>
/// <param name="Label">+1 (blue) or −1 (orange) for classification; the target for regression.</param>
public readonly record struct Example2D(double X, double Y, double Label);
