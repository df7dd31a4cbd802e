using NeuralPlayground.Core.Randomness;

namespace NeuralPlayground.Core.Data;

/// <summary>Makes <paramref name="numSamples"/> points from the stream, in generation order.</summary>
/// <param name="numSamples">How many points (500 or 1200 on the page, 200 for thumbnails).</param>
/// <param name="noise">The noise fraction, noise% / 100.</param>
/// <param name="random">The stream to draw from.</param>
public delegate Example2D[] DataGenerator(int numSamples, double noise, SeededRandom random);
