using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Grid;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Rendering;

public sealed class HeatmapImageTests
{
    [Fact]
    public void Fill_WritesShadeWithAlpha160_ForEachValue()
    {
        var rgba = new byte[12];

        HeatmapImage.Fill([-1.0, 0.0, 1.0], rgba, discretize: false);

        Assert.Equal(new byte[] { 245, 147, 34, 160, 232, 234, 235, 160, 8, 119, 189, 160 }, rgba);
    }

    [Fact]
    public void Fill_WritesBlackWithAlpha160_WhenValueIsNaN()
    {
        var rgba = new byte[4];

        HeatmapImage.Fill([double.NaN], rgba, discretize: false);

        Assert.Equal(new byte[] { 0, 0, 0, 160 }, rgba);
    }

    [Fact]
    public void Fill_WritesOrange_WhenDiscretizingNaN()
    {
        var rgba = new byte[4];

        HeatmapImage.Fill([double.NaN], rgba, discretize: true);

        Assert.Equal(new byte[] { 245, 147, 34, 160 }, rgba);
    }

    [Fact]
    public void Fill_WritesSaturatedEnds_WhenDiscretizing()
    {
        var rgba = new byte[12];

        HeatmapImage.Fill([1e-9f, 0f, -1e-9f], rgba, discretize: true);

        Assert.Equal(new byte[] { 8, 119, 189, 160, 8, 119, 189, 160, 245, 147, 34, 160 }, rgba);
    }

    [Fact]
    public void Fill_SaturatesInfinities_WhenNotDiscretizing()
    {
        var rgba = new byte[8];

        HeatmapImage.Fill([double.PositiveInfinity, double.NegativeInfinity], rgba, discretize: false);

        Assert.Equal(new byte[] { 8, 119, 189, 160, 245, 147, 34, 160 }, rgba);
    }

    [Fact]
    public void Fill_PutsCellIOfRowJAtPixelJTimes100PlusI_ForARowMajorGrid()
    {
        var grid = Enumerable.Repeat(-1.0, DecisionGrid.CellCount).ToArray();
        grid[(7 * 100) + 3] = 1;
        var rgba = new byte[HeatmapImage.ImageByteCount];

        HeatmapImage.Fill(grid, rgba, discretize: false);

        Assert.Equal(new byte[] { 8, 119, 189, 160 }, Pixel(rgba, 3, 7));
        Assert.Equal(DecisionGrid.CellCount - 1, Enumerable.Range(0, DecisionGrid.CellCount).Count(p => rgba[4 * p] == 245));
    }

    [Fact]
    public void Fill_ShowsXFeatureOrangeOnTheLeftAndBlueOnTheRight()
    {
        var rgba = new byte[HeatmapImage.ImageByteCount];

        HeatmapImage.Fill(DecisionGrid.FeatureGrid(InputFeatures.Find("x")!), rgba, discretize: false);

        Assert.Equal(new byte[] { 245, 147, 34, 160 }, Pixel(rgba, 0, 50));
        Assert.Equal(new byte[] { 8, 119, 189, 160 }, Pixel(rgba, 99, 50));
    }

    [Fact]
    public void Fill_FloatOverloadMatchesDouble_ForTheSameValues()
    {
        var floats = Enumerable.Range(0, 1000).Select(k => (float)Math.Sin(k * 0.37) * 1.3f).ToArray();
        var fromFloats = new byte[4000];
        var fromDoubles = new byte[4000];

        HeatmapImage.Fill(floats, fromFloats, discretize: false);
        HeatmapImage.Fill(floats.Select(f => (double)f).ToArray(), fromDoubles, discretize: false);

        Assert.Equal(fromDoubles, fromFloats);
    }

    [Fact]
    public void Fill_Throws_WhenBufferIsNotFourBytesPerValue() =>
        Assert.Throws<ArgumentException>(() => HeatmapImage.Fill([0.0, 0.0], new byte[7], discretize: false));

    [Fact]
    public void Reduce_MatchesOriginalReduceMatrix_BitForBit()
    {
        var grid = Enumerable.Range(0, DecisionGrid.CellCount).Select(p => Math.Sin(p * 0.0123) * Math.Cos(p * 0.7)).ToArray();
        var blocks = new double[HeatmapImage.ThumbnailCellCount];

        HeatmapImage.Reduce(grid, blocks);

        var expected = OriginalReduceMatrix(grid);
        BitAssert.Equal(expected, blocks, "blocks");
    }

    [Fact]
    public void Reduce_AveragesColumnsIntoColumnBlocks_ForAColumnRamp()
    {
        var grid = Enumerable.Range(0, DecisionGrid.CellCount).Select(p => (double)(p % 100)).ToArray();
        var blocks = new double[100];

        HeatmapImage.Reduce(grid, blocks);

        Assert.Equal(24.5, blocks[(5 * 10) + 2]);
        Assert.Equal(94.5, blocks[(0 * 10) + 9]);
    }

    [Fact]
    public void Reduce_AveragesRowsIntoRowBlocks_ForARowRamp()
    {
        var grid = Enumerable.Range(0, DecisionGrid.CellCount).Select(p => (float)(p / 100)).ToArray();
        var blocks = new double[100];

        HeatmapImage.Reduce(grid, blocks);

        Assert.Equal(54.5, blocks[(5 * 10) + 2]);
        Assert.Equal(4.5, blocks[(0 * 10) + 9]);
    }

    [Fact]
    public void Reduce_Throws_WhenGridIsNot100By100() =>
        Assert.Throws<ArgumentException>(() => HeatmapImage.Reduce(new double[99], new double[100]));

    [Fact]
    public void FillThumbnail_ColoursTheBlockMeans()
    {
        var grid = Enumerable.Range(0, DecisionGrid.CellCount).Select(p => ((p % 100) / 49.5) - 1).ToArray();
        var blocks = new double[100];
        var expected = new byte[HeatmapImage.ThumbnailByteCount];
        var actual = new byte[HeatmapImage.ThumbnailByteCount];
        HeatmapImage.Reduce(grid, blocks);
        HeatmapImage.Fill(blocks, expected, discretize: true);

        HeatmapImage.FillThumbnail(grid, actual, discretize: true);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void FillAndFillThumbnail_AllocateNothing_AfterWarmUp()
    {
        var grid = new float[DecisionGrid.CellCount];
        var image = new byte[HeatmapImage.ImageByteCount];
        var thumbnail = new byte[HeatmapImage.ThumbnailByteCount];
        HeatmapImage.Fill(grid, image, discretize: false);
        HeatmapImage.FillThumbnail(grid, thumbnail, discretize: false);

        var before = GC.GetAllocatedBytesForCurrentThread();
        HeatmapImage.Fill(grid, image, discretize: true);
        HeatmapImage.FillThumbnail(grid, thumbnail, discretize: true);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    private static byte[] Pixel(byte[] rgba, int column, int row) =>
        rgba.AsSpan(((row * DecisionGrid.Density) + column) * HeatmapImage.BytesPerPixel, HeatmapImage.BytesPerPixel).ToArray();

    // heatmap.ts reduceMatrix(matrix, 10) over matrix[i][j] = column i, row j.
    private static double[] OriginalReduceMatrix(double[] rowMajor)
    {
        var matrix = new double[100][];
        for (var i = 0; i < 100; i++)
        {
            matrix[i] = [.. Enumerable.Range(0, 100).Select(j => rowMajor[(j * 100) + i])];
        }

        var result = new double[100];
        for (var i = 0; i < 100; i += 10)
        {
            for (var j = 0; j < 100; j += 10)
            {
                var avg = 0.0;
                for (var k = 0; k < 10; k++)
                {
                    for (var l = 0; l < 10; l++)
                    {
                        avg += matrix[i + k][j + l];
                    }
                }

                avg /= 10 * 10;
                result[((j / 10) * 10) + (i / 10)] = avg;
            }
        }

        return result;
    }
}
