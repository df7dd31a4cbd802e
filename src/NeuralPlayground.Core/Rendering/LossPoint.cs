namespace NeuralPlayground.Core.Rendering;

/// <summary>One loss-chart point: the training and test losses after one UI refresh.</summary>
/// <param name="Train">Training loss; null when the training set is empty.</param>
/// <param name="Test">Test loss; null when the test set is empty.</param>
public readonly record struct LossPoint(double? Train, double? Test);
