using System.Numerics;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Nn;

/// <summary>The mini-batch update (spec §8.7).</summary>
public sealed partial class Network
{
    /// <summary>
    /// Applies the accumulated gradients, in node order: bias −= (lr·acc)/n; for each live link
    /// w −= (lr/n)·acc, then w′ = w − (lr·regRate)·regDer(w before the step); with L1 a sign change
    /// sets w = 0 and kills the link for good. Accumulators are reset. Does nothing when nothing
    /// was accumulated. Momentum and Adam (<see cref="SetOptimizer"/>) replace the gradient step only.
    /// </summary>
    public void UpdateWeights(double learningRate, double regularizationRate)
    {
        if (_numAccumulated == 0)
        {
            return;
        }

        double n = _numAccumulated;
        if (Optimizer != OptimizerKind.Sgd)
        {
            UpdateAdaptive(learningRate, regularizationRate, n);
            FinishUpdate();
            return;
        }

        var inputs = _sizes[0];
        for (var k = 0; k < Biases.Length; k++)
        {
            Biases[k] -= learningRate * AccInputDer[k + inputs] / n;
        }

        var stepPerExample = learningRate / n;
        var regStep = learningRate * regularizationRate;
        if (Regularization == RegularizationKind.L1)
        {
            UpdateL1(stepPerExample, regStep);
        }
        else
        {
            UpdateSmooth(stepPerExample, regStep, Regularization == RegularizationKind.L2);
        }

        FinishUpdate();
    }

    // Keeps the source-major copy in step and resets the accumulators.
    private void FinishUpdate()
    {
        for (var l = 1; l < _sizes.Length; l++)
        {
            Transpose(l);
        }

        Array.Clear(AccInputDer);
        Array.Clear(AccErrorDer);
        _numAccumulated = 0;
    }

    // None and L2 never kill links, so every link is live: w′ = (w − s·acc) − r·regDer, regDer = w or 0.
    private void UpdateSmooth(double stepPerExample, double regStep, bool l2)
    {
        var weights = _weights;
        var acc = AccErrorDer;
        var k = 0;
        if (SimdPolicy.UseVectors && weights.Length >= Vector<double>.Count)
        {
            ref var w = ref weights[0];
            ref var a = ref acc[0];
            _ = weights[^1] + acc[weights.Length - 1];
            var step = new Vector<double>(stepPerExample);
            var reg = new Vector<double>(regStep);
            for (; k <= weights.Length - Vector<double>.Count; k += Vector<double>.Count)
            {
                var before = Vector.LoadUnsafe(ref w, (nuint)k);
                var stepped = before - (step * Vector.LoadUnsafe(ref a, (nuint)k));
                (stepped - (reg * (l2 ? before : Vector<double>.Zero))).StoreUnsafe(ref w, (nuint)k);
            }
        }

        for (; k < weights.Length; k++)
        {
            var before = weights[k];
            var stepped = before - (stepPerExample * acc[k]);
            weights[k] = stepped - (regStep * (l2 ? before : 0));
        }
    }

    private void UpdateL1(double stepPerExample, double regStep)
    {
        var weights = _weights;
        var acc = AccErrorDer;
        var isDead = IsDead;
        for (var k = 0; k < weights.Length; k++)
        {
            if (isDead[k])
            {
                continue;
            }

            var before = weights[k];
            double regDer = before < 0 ? -1 : (before > 0 ? 1 : 0);
            var stepped = before - (stepPerExample * acc[k]);
            var next = stepped - (regStep * regDer);
            if (stepped * next < 0)
            {
                weights[k] = 0;
                isDead[k] = true;
            }
            else
            {
                weights[k] = next;
            }
        }
    }

    private void Transpose(int layer)
    {
        var fanIn = _sizes[layer - 1];
        var size = _sizes[layer];
        var links = _linkStart[layer];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < fanIn; j++)
            {
                _weightsBySource[links + (j * size) + i] = _weights[links + (i * fanIn) + j];
            }
        }
    }
}
