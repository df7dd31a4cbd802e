using System.Globalization;
using System.Text;
using CsCheck;
using NeuralPlayground.Core.Data;

namespace NeuralPlayground.Core.Tests.Data;

/// <summary>Importing a user's CSV or JSON file: good files, hostile files, problem detection and scaling.</summary>
public sealed class CustomDataParserTests
{
    // Each spans [−6, 6] on x, so the coordinates are kept as they are.
    [Theory]
    [InlineData("x,y,label\n-6,0,1\n6,0,-1\n0,1.5,1\n")]
    [InlineData("\uFEFFx,y,label\r\n-6,0,1\r\n6,0,-1\r\n0,1.5,1\r\n")]
    [InlineData("-6;0;1\n6;0;-1\n0;1,5;1\n")]
    [InlineData("x\ty\tlabel\n-6\t0\t1\n6\t0\t-1\n0\t1.5\t1\n")]
    [InlineData("\"x\",\"y\",\"label\"\n\"-6\", \"0\",1\n6,0,\"-1\"\n 0 ,1.5, 1 \n")]
    [InlineData("\n\nx,y,label\n\n-6,0,1\n   \n6,0,-1\n0,1.5,1")]
    [InlineData("x,y,label,split\n-6,0,1,train\n6,0,-1,test\n0,1.5,1,TRAIN\n")]
    [InlineData("[{\"x\": -6, \"y\": 0, \"label\": 1}, {\"x\": 6, \"y\": 0, \"label\": -1, \"split\": \"test\"}, {\"Y\": 1.5, \"x\": 0, \"label\": \"1\"}]")]
    [InlineData("[[-6, 0, 1], [6, 0, -1], [0, 1.5, 1],]")]
    public void Parse_ReadsTheSamePoints_InEveryAcceptedForm(string text)
    {
        var result = CustomDataParser.Parse(text, null);

        Assert.Empty(result.Errors);
        Assert.Equal(ProblemKind.Classification, result.Problem);
        Assert.Equal([new(-6, 0, 1), new(6, 0, -1), new(0, 1.5, 1)], result.Points);
        Assert.True(result.Scale!.IsIdentity);
    }

    [Fact]
    public void Parse_ReadsJson_WhenTheFileNameSaysSo()
    {
        var result = CustomDataParser.Parse("  [[-6,0,1],[6,0,-1]]", "points.JSON");

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Points.Count);
    }

    [Fact]
    public void Parse_MapsZeroToMinusOne_ForZeroOneLabels()
    {
        var result = CustomDataParser.Parse("-6,0,0\n6,0,1\n", "a.csv");

        Assert.Equal(ProblemKind.Classification, result.Problem);
        Assert.Equal([-1.0, 1.0], result.Points.Select(p => p.Label));
    }

    [Theory]
    [InlineData("-6,0,0\n6,0,1\n0,0,2\n", 3)]
    [InlineData("-6,0,0\n6,0,5\n", 6)]
    [InlineData("-6,0,3\n6,0,0\n", 4)]
    public void Parse_DetectsMulticlass_ForClassIds(string text, int classes)
    {
        var result = CustomDataParser.Parse(text, null);

        Assert.Equal(ProblemKind.Multiclass, result.Problem);
        Assert.Equal(classes, result.Classes);
    }

    [Theory]
    [InlineData("-6,0,0.5\n6,0,-0.25\n", new[] { 0.5, -0.25 })]
    [InlineData("-6,0,0\n6,0,9\n0,0,4.5\n", new[] { 0, 1, 0.5 })]
    [InlineData("-6,0,-1\n6,0,0\n0,0,1\n", new[] { -1.0, 0, 1 })]
    [InlineData("-6,0,1\n6,0,2.5\n", new[] { 0.4, 1 })]
    public void Parse_DetectsRegression_AndScalesLabelsIntoMinusOneOne(string text, double[] labels)
    {
        var result = CustomDataParser.Parse(text, null);

        Assert.Equal(ProblemKind.Regression, result.Problem);
        Assert.Null(result.Classes);
        Assert.Equal(labels, result.Points.Select(p => p.Label));
    }

    [Fact]
    public void Parse_ScalesAnyRangeIntoTheSquare_KeepingTheAspectRatio()
    {
        var result = CustomDataParser.Parse("x,y,label\n100,1000,1\n300,1100,-1\n200,1050,1\n", null);

        Assert.Equal([new(-6, -3, 1), new(6, 3, -1), new(0, 0, 1)], result.Points);
        var scale = result.Scale!;
        Assert.Equal((100.0, 300.0, 1000.0, 1100.0), (scale.XMin, scale.XMax, scale.YMin, scale.YMax));
        Assert.Equal((200.0, 1050.0, 0.06), (scale.CenterX, scale.CenterY, scale.Factor));
        Assert.False(scale.IsIdentity);
    }

    [Fact]
    public void Parse_ScalesUp_WhenTheDataSpansLessThanHalfTheSquare()
    {
        var result = CustomDataParser.Parse("0,0,1\n1,0.5,-1\n", null);

        Assert.Equal([new(-6, -3, 1), new(6, 3, -1)], result.Points);
    }

    [Fact]
    public void Parse_PutsASinglePointAtTheOrigin()
    {
        var result = CustomDataParser.Parse("1e9,-1e9,1\n", null);

        Assert.Equal([new(0, 0, 1)], result.Points);
    }

    [Theory]
    [InlineData("", null, "no points")]
    [InlineData("\n \n", null, "no points")]
    [InlineData("x,y,label\n", null, "no points")]
    [InlineData("[]", null, "no points")]
    [InlineData("1,2,1\n1,2\n", 2, "2 columns")]
    [InlineData("1,2,1\n1,2,1,0,7\n", 2, "5 columns")]
    [InlineData("1,2,1\n1,2,1,maybe\n", 2, "split \"maybe\"")]
    [InlineData("1,2,1\nNaN,2,1\n", 2, "x \"NaN\" is not a finite number")]
    [InlineData("1,2,1\n1,Infinity,1\n", 2, "y \"Infinity\" is not a finite number")]
    [InlineData("1,2,1\n1,2,1e308\n", 2, "label \"1e308\" is not a finite number")]
    [InlineData("1,2,1\n1,2,1e999\n", 2, "label \"1e999\" is not a finite number")]
    [InlineData("1,2,1\n1,abc,1\n", 2, "y \"abc\" is not a number")]
    [InlineData("1,2,1\r\n\r\n1,\"2,1\r\n", 3, "no closing quote")]
    [InlineData("1,2,1\n\"1\"x,2,1\n", 2, "text after a closing quote")]
    [InlineData("x,y\n1,2,1\n", 1, "2 columns")]
    [InlineData("{\"x\": 1}", 1, "expected an array")]
    [InlineData("[\n[1, 2, 1],\n[1, 2]\n]", 3, "2 values, expected 3")]
    [InlineData("[\n{\"x\": 1, \"y\": 2}\n]", 2, "needs \"x\", \"y\" and \"label\"")]
    [InlineData("[\n{\"x\": 1, \"y\": null, \"label\": 1}\n]", 2, "y is null, not a number")]
    [InlineData("[\n{\"x\": 1, \"y\": \"NaN\", \"label\": 1}\n]", 2, "not a finite number")]
    [InlineData("[\n1\n]", 2, "expected a point")]
    [InlineData("[\n[1, 2, 1],\n[1, 2, 1]\n", 4, "not valid JSON")]
    [InlineData("[[1, 2, 1]] x", 1, "not valid JSON")]
    public void Parse_ReportsTheErrorWithItsLine_AndNoPoints(string text, int? line, string message)
    {
        var result = CustomDataParser.Parse(text, null);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Points);
        Assert.Null(result.Scale);
        var error = Assert.Single(result.Errors);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ListsTwentyErrorsThenACount_ForAFileOfBadRows()
    {
        var text = "x,y,label\n" + string.Concat(Enumerable.Repeat("1,oops,1\n", 50));

        var result = CustomDataParser.Parse(text, "bad.csv");

        Assert.Equal(21, result.Errors.Count);
        Assert.Equal("line 2: y \"oops\" is not a number", result.Errors[0].ToString());
        Assert.Equal(21, result.Errors[19].Line);
        Assert.Equal("… and 30 more", result.Errors[20].ToString());
    }

    [Fact]
    public void Parse_Accepts20000Points_AndRefuses20001()
    {
        var rows = new StringBuilder("x,y,label\n");
        for (var i = 0; i < CustomData.MaxImportPoints; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"{i % 200},{i / 200},{i % 2}\n");
        }

        var full = CustomDataParser.Parse(rows.ToString(), null);
        var over = CustomDataParser.Parse(rows.Append("1,1,1\n").ToString(), null);

        Assert.Equal(CustomData.MaxImportPoints, full.Points.Count);
        var error = Assert.Single(over.Errors);
        Assert.Equal((20_002, "more than 20000 points"), (error.Line, error.Message));
    }

    [Fact]
    public void Parse_ReadsBackTheExportedCsv_Exactly()
    {
        var split = new DataSplit([new(-5.5, 6, 1), new(0.004, -0, -1)], [new(6, -6, 1)]);

        var result = CustomDataParser.Parse(DataCsv.Write(split), "export.csv");

        Assert.Equal([new(-5.5, 6, 1), new(0.004, 0, -1), new(6, -6, 1)], result.Points);
        Assert.True(result.Scale!.IsIdentity);
    }

    [Fact]
    public void DataCsv_WritesHeaderTrainThenTest_WithJavaScriptNumbers()
    {
        var split = new DataSplit([new(0.1, -0.0, 1)], [new(1e21, 2.5, -1)]);

        Assert.Equal("x,y,label,split\n0.1,-0,1,train\n1e+21,2.5,-1,test\n", DataCsv.Write(split));
    }

    [Fact]
    public void Parse_NeverThrows_ForRandomText() =>
        Gen.Char["0123456789,;\t\"\n\r.-+eE xNaI[]{}:"].Array[0, 80].Select(c => new string(c)).Sample(
            text =>
            {
                var result = CustomDataParser.Parse(text, null);

                Assert.Equal(result.Succeeded, result.Points.Count > 0);
                Assert.All(result.Points, p => Assert.True(Math.Abs(p.X) <= 6 && Math.Abs(p.Y) <= 6));
            },
            iter: 20_000);
}
