using System.Numerics;
using NeuralPlayground.Core.Grid;

namespace NeuralPlayground.Core.Rendering;

/// <summary>
/// The original's <c>reduceMatrix(grid, 10)</c> over a row-major 100×100 grid, bit for bit: block
/// (a, b) sums grid columns 10a + k and rows 10b + l with k outer and l inner, in doubles from 0,
/// then divides by 100.
/// </summary>
internal static class BlockAverage
{
    private const int Side = DecisionGrid.Density;

    /// <summary>
    /// Fills <paramref name="blocks"/>[b·10 + a] with the mean of block (a, b); a float grid's values
    /// are widened to double before they are added.
    /// </summary>
    public static void Reduce<T>(ReadOnlySpan<T> grid, Span<double> blocks)
        where T : unmanaged, INumberBase<T>
    {
        // The ten blocks of a block row are summed side by side in locals: each keeps the
        // original's order, and their independent additions overlap instead of queueing.
        for (var b = 0; b < 10; b++)
        {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0;
            for (var k = 0; k < 10; k++)
            {
                for (var l = 0; l < 10; l++)
                {
                    var row = grid.Slice((((10 * b) + l) * Side) + k, 91);
                    s9 += double.CreateTruncating(row[90]);
                    s0 += double.CreateTruncating(row[0]);
                    s1 += double.CreateTruncating(row[10]);
                    s2 += double.CreateTruncating(row[20]);
                    s3 += double.CreateTruncating(row[30]);
                    s4 += double.CreateTruncating(row[40]);
                    s5 += double.CreateTruncating(row[50]);
                    s6 += double.CreateTruncating(row[60]);
                    s7 += double.CreateTruncating(row[70]);
                    s8 += double.CreateTruncating(row[80]);
                }
            }

            Store(blocks.Slice(10 * b, 10), s0, s1, s2, s3, s4, s5, s6, s7, s8, s9);
        }
    }

    private static void Store(Span<double> means, double s0, double s1, double s2, double s3, double s4, double s5, double s6, double s7, double s8, double s9)
    {
        means[9] = s9 / 100;
        means[0] = s0 / 100;
        means[1] = s1 / 100;
        means[2] = s2 / 100;
        means[3] = s3 / 100;
        means[4] = s4 / 100;
        means[5] = s5 / 100;
        means[6] = s6 / 100;
        means[7] = s7 / 100;
        means[8] = s8 / 100;
    }
}
