namespace NeuralPlayground.Core.Grid;

/// <summary>
/// The softmax of k output-node grids, cell by cell, for drawing a multi-class heatmap: single
/// precision, max subtracted, so P(class c) at cell p = e^(z_c[p] − m[p]) / Σ_j e^(z_j[p] − m[p])
/// with m[p] = max_j z_j[p]; within 1e-6 of the double-precision softmax. A NaN or +∞ logit makes
/// the cell's probabilities NaN (drawn black, like a diverged binary heatmap). Buffers are reused;
/// not thread-safe.
/// </summary>
public sealed class FastSoftmax
{
    private float[][] _probabilities = [];
    private float[] _max = [];
    private float[] _sum = [];

    /// <summary>The probability grids of the last evaluation: Probabilities[c][p] = P(class c) at cell p.</summary>
    public ReadOnlySpan<float[]> Probabilities => _probabilities;

    /// <summary>The softmax of flat nodes <paramref name="firstNode"/>…+k−1 of <paramref name="grid"/>'s last evaluation.</summary>
    /// <param name="grid">An evaluated grid.</param>
    /// <param name="firstNode">The flat index of the first output node.</param>
    /// <param name="classes">k, at least 1.</param>
    /// <param name="oneHot">True to give the likeliest class (the lowest index on ties) probability 1 and the others 0.</param>
    public void Evaluate(FastGrid grid, int firstNode, int classes, bool oneHot)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        Prepare(classes, grid.Node(firstNode).Length);
        for (var c = 0; c < classes; c++)
        {
            Max(grid.Node(firstNode + c));
        }

        for (var c = 0; c < classes; c++)
        {
            Exponentials(grid.Node(firstNode + c), _probabilities[c]);
        }

        Normalize(oneHot);
    }

    /// <summary>The softmax of the logit grids <paramref name="logits"/> (k grids of equal length).</summary>
    /// <param name="logits">logits[c][p] = z_c at cell p.</param>
    /// <param name="oneHot">True to give the likeliest class (the lowest index on ties) probability 1 and the others 0.</param>
    public void Evaluate(IReadOnlyList<float[]> logits, bool oneHot)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentOutOfRangeException.ThrowIfLessThan(logits.Count, 1, nameof(logits));
        var cells = logits[0].Length;
        if (logits.Any(l => l.Length != cells))
        {
            throw new ArgumentException($"Every logit grid needs {cells} cells.", nameof(logits));
        }

        Prepare(logits.Count, cells);
        foreach (var grid in logits)
        {
            Max(grid);
        }

        for (var c = 0; c < logits.Count; c++)
        {
            Exponentials(logits[c], _probabilities[c]);
        }

        Normalize(oneHot);
    }

    private void Prepare(int classes, int cells)
    {
        if (_probabilities.Length != classes || _max.Length != cells)
        {
            _probabilities = [.. Enumerable.Range(0, classes).Select(_ => new float[cells])];
            _max = new float[cells];
            _sum = new float[cells];
        }

        Array.Fill(_max, float.NegativeInfinity);
        Array.Clear(_sum);
    }

    // MathF.Max propagates NaN, so a NaN logit poisons its cell.
    private void Max(ReadOnlySpan<float> logits)
    {
        var max = _max;
        for (var p = 0; p < max.Length; p++)
        {
            max[p] = MathF.Max(max[p], logits[p]);
        }
    }

    private void Exponentials(ReadOnlySpan<float> logits, float[] exponentials)
    {
        var (max, sum) = (_max, _sum);
        for (var p = 0; p < exponentials.Length; p++)
        {
            var e = MathF.Exp(logits[p] - max[p]);
            exponentials[p] = e;
            sum[p] += e;
        }
    }

    private void Normalize(bool oneHot)
    {
        var sum = _sum;
        for (var p = 0; p < sum.Length; p++)
        {
            sum[p] = 1 / sum[p];
        }

        foreach (var probabilities in _probabilities)
        {
            for (var p = 0; p < sum.Length; p++)
            {
                probabilities[p] *= sum[p];
            }
        }

        if (oneHot)
        {
            OneHot();
        }
    }

    // The likeliest class becomes 1 and the rest 0; a NaN cell stays NaN.
    private void OneHot()
    {
        var first = _probabilities[0];
        for (var p = 0; p < first.Length; p++)
        {
            if (float.IsNaN(first[p]))
            {
                continue;
            }

            var best = 0;
            for (var c = 1; c < _probabilities.Length; c++)
            {
                best = _probabilities[c][p] > _probabilities[best][p] ? c : best;
            }

            for (var c = 0; c < _probabilities.Length; c++)
            {
                _probabilities[c][p] = c == best ? 1 : 0;
            }
        }
    }
}
