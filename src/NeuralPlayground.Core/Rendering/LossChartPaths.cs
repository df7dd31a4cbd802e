namespace NeuralPlayground.Core.Rendering;

/// <summary>
/// The loss chart's two <c>path</c> <c>d</c> values, in the chart group's coordinates (the group is
/// translated by <see cref="LossChartPath.Transform"/>). An empty string means "draw nothing".
/// </summary>
/// <param name="Train">Training loss line, stroke <c>#777</c>, 1.5 px.</param>
/// <param name="Test">Test loss line, stroke <c>black</c>, 1.5 px.</param>
public sealed record LossChartPaths(string Train, string Test);
