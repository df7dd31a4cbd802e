using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Core.Training;
using NeuralPlayground.Web.Components;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class ConfusionMatrixTests : BunitContext
{
    [Fact]
    public void Matrix_PutsActualInRowsAndPredictedInColumns_WithTheOriginalsColours()
    {
        // Actual −1: 40 right, 10 wrong; actual +1: 5 wrong, 45 right.
        var metrics = new SetMetrics(100, 0.3, 0.85, null, [40, 10, 5, 45], 2);

        var cut = Render<ConfusionMatrix>(p => p.Add(c => c.Metrics, metrics).Add(c => c.Set, "test"));

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(["40", "10"], rows[0].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(["5", "45"], rows[1].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Contains("#f59322", rows[0].QuerySelector("th .swatch")!.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("#0877bd", rows[1].QuerySelector("th .swatch")!.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Equal("Test data, 100 points: rows actual, columns predicted", cut.Find("caption").TextContent);
    }

    [Fact]
    public void Matrix_UsesTheClassPalette_ForMulticlass()
    {
        var metrics = new SetMetrics(9, 1.0, 1.0 / 3, null, [1, 1, 1, 1, 1, 1, 1, 1, 1], 3);

        var cut = Render<ConfusionMatrix>(p => p.Add(c => c.Metrics, metrics).Add(c => c.Set, "training"));

        var swatches = cut.FindAll("thead th .swatch").Select(s => s.GetAttribute("style")).ToList();
        Assert.Equal(3, swatches.Count);
        for (var c = 0; c < 3; c++)
        {
            Assert.Contains(ClassPalette.Hex[c], swatches[c], StringComparison.Ordinal);
        }

        Assert.Equal(9, cut.FindAll("td").Count);
    }

    [Theory]
    [InlineData(0, 50, "background:rgba(24,61,78,0);color:#333")]
    [InlineData(25, 50, "background:rgba(24,61,78,0.425);color:#333")]
    [InlineData(45, 50, "background:rgba(24,61,78,0.765);color:#fff")]
    [InlineData(0, 0, "background:rgba(24,61,78,0);color:#333")]
    public void CellStyle_ShadesByTheRowsShare(int count, int rowTotal, string expected)
    {
        Assert.Equal(expected, ConfusionMatrix.CellStyle(count, rowTotal));
    }
}
