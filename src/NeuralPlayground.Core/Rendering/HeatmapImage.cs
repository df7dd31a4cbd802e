using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NeuralPlayground.Core.Grid;

namespace NeuralPlayground.Core.Rendering;

/// <summary>
/// Heatmap pixels (spec §11.4), written into caller-owned RGBA buffers without allocating.
/// Grids are <see cref="DecisionGrid"/>'s row-major 100×100 cells: pixel (column i, row j) at
/// <c>j·100 + i</c> shows the original's <c>boundary[i][j]</c>, x growing to the right and y = +6 on
/// row 0, which is also the canvas's <c>ImageData</c> order. Each pixel is 4 bytes R, G, B, A with the
/// palette shade of the value (<see cref="Colors.ShadeIndex"/>), alpha 160, and black for NaN.
/// </summary>
public static class HeatmapImage
{
    /// <summary>Bytes per pixel: R, G, B, A.</summary>
    public const int BytesPerPixel = 4;

    /// <summary>The block-averaging factor from a grid to a node thumbnail.</summary>
    public const int ReductionFactor = 10;

    /// <summary>Pixels per side of a node thumbnail.</summary>
    public const int ThumbnailSide = DecisionGrid.Density / ReductionFactor;

    /// <summary>Cells (pixels) in a node thumbnail.</summary>
    public const int ThumbnailCellCount = ThumbnailSide * ThumbnailSide;

    /// <summary>Bytes of the RGBA image of a whole 100×100 grid.</summary>
    public const int ImageByteCount = DecisionGrid.CellCount * BytesPerPixel;

    /// <summary>Bytes of the RGBA image of a 10×10 thumbnail.</summary>
    public const int ThumbnailByteCount = ThumbnailCellCount * BytesPerPixel;

    /// <summary>
    /// Colours every value of <paramref name="values"/> into <paramref name="rgba"/> (same order,
    /// 4 bytes each): with <paramref name="discretize"/>, v ≥ 0 → +1 and anything else (NaN too) → −1
    /// first; then the palette shade at alpha 160, or black at alpha 160 for NaN.
    /// </summary>
    /// <param name="values">Any number of values, e.g. a 100×100 grid.</param>
    /// <param name="rgba">Exactly 4 bytes per value.</param>
    /// <param name="discretize">The Discretize output checkbox.</param>
    public static void Fill(ReadOnlySpan<double> values, Span<byte> rgba, bool discretize)
    {
        var pixels = Pixels(values.Length, rgba);
        var table = Colors.PackedTable;
        for (var p = 0; p < values.Length; p++)
        {
            pixels[p] = table[Slot(values[p], discretize)];
        }
    }

    /// <summary>As <see cref="Fill(ReadOnlySpan{double}, Span{byte}, bool)"/> for a float grid (<see cref="FastGrid"/>).</summary>
    public static void Fill(ReadOnlySpan<float> values, Span<byte> rgba, bool discretize)
    {
        var pixels = Pixels(values.Length, rgba);
        var table = Colors.PackedTable;
        for (var p = 0; p < values.Length; p++)
        {
            pixels[p] = table[Slot(values[p], discretize)];
        }
    }

    /// <summary>
    /// The original's <c>reduceMatrix(grid, 10)</c>: thumbnail cell (column a, row b), stored at
    /// <c>b·10 + a</c>, is the mean of the 10×10 block of grid columns 10a…10a+9 and rows
    /// 10b…10b+9, summed in the original's order (column offset k outer, row offset l inner,
    /// in doubles, from 0) and then divided by 100.
    /// </summary>
    /// <param name="grid">A row-major 100×100 grid.</param>
    /// <param name="blocks">100 block means, row-major 10×10.</param>
    public static void Reduce(ReadOnlySpan<double> grid, Span<double> blocks)
    {
        CheckReduce(grid.Length, blocks.Length);
        BlockAverage.Reduce(grid, blocks);
    }

    /// <summary>As <see cref="Reduce(ReadOnlySpan{double}, Span{double})"/> for a float grid; sums in doubles.</summary>
    public static void Reduce(ReadOnlySpan<float> grid, Span<double> blocks)
    {
        CheckReduce(grid.Length, blocks.Length);
        BlockAverage.Reduce(grid, blocks);
    }

    /// <summary>
    /// A node thumbnail: <see cref="Reduce(ReadOnlySpan{double}, Span{double})"/> then
    /// <see cref="Fill(ReadOnlySpan{double}, Span{byte}, bool)"/> into 10×10 RGBA pixels (400 bytes).
    /// </summary>
    public static void FillThumbnail(ReadOnlySpan<double> grid, Span<byte> rgba, bool discretize)
    {
        Span<double> blocks = stackalloc double[ThumbnailCellCount];
        Reduce(grid, blocks);
        Fill(blocks, rgba, discretize);
    }

    /// <summary>As <see cref="FillThumbnail(ReadOnlySpan{double}, Span{byte}, bool)"/> for a float grid.</summary>
    public static void FillThumbnail(ReadOnlySpan<float> grid, Span<byte> rgba, bool discretize)
    {
        Span<double> blocks = stackalloc double[ThumbnailCellCount];
        Reduce(grid, blocks);
        Fill(blocks, rgba, discretize);
    }

    // Index into Colors.PackedTable: the shade, or 31 (black) for NaN. Inlined: a call per pixel
    // would dominate the fill in the browser's interpreter.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(double value, bool discretize)
    {
        if (discretize)
        {
            value = value >= 0 ? 1 : -1;
        }

        var index = Colors.ShadeIndex(value);
        return index < 0 ? Colors.ShadeCount : index;
    }

    private static Span<uint> Pixels(int count, Span<byte> rgba)
    {
        if (rgba.Length != count * BytesPerPixel)
        {
            throw new ArgumentException($"Expected {count * BytesPerPixel} bytes for {count} pixels, got {rgba.Length}.", nameof(rgba));
        }

        return MemoryMarshal.Cast<byte, uint>(rgba);
    }

    private static void CheckReduce(int gridLength, int blocksLength)
    {
        if (gridLength != DecisionGrid.CellCount || blocksLength != ThumbnailCellCount)
        {
            throw new ArgumentException($"Expected a {DecisionGrid.CellCount}-cell grid and {ThumbnailCellCount} blocks, got {gridLength} and {blocksLength}.");
        }
    }
}
