using CsCheck;
using NeuralPlayground.Core.Data;

namespace NeuralPlayground.Core.Tests.Data;

/// <summary>The <c>data=</c> encoding: lossless for quantized points, total on hostile text.</summary>
public sealed class CustomDataEncodingTests
{
    private static readonly Gen<(ProblemKind Problem, Example2D[] Points)> PointSets =
        Gen.Enum<ProblemKind>().SelectMany(problem =>
            Gen.Select(Gen.Double[-7, 7], Gen.Double[-7, 7], Label(problem))
                .Select((x, y, label) => CustomData.Quantize(new Example2D(x, y, label), problem, 6))
                .Array[0, CustomData.MaxUrlPoints]
                .Select(points => (problem, points)));

    [Fact]
    public void TryDecode_ReturnsTheEncodedPoints_ForRandomQuantizedSetsOfEveryProblem() =>
        PointSets.Sample(
            set =>
            {
                var encoded = CustomData.Encode(set.Points, set.Problem);

                var decoded = CustomData.TryDecode(encoded);

                Assert.Null(decoded.Error);
                Assert.Equal(set.Problem, decoded.Problem);
                Assert.Equal(set.Points, decoded.Points);
                Assert.True(encoded.Length <= CustomData.MaxEncodedLength);
                Assert.Matches("^[A-Za-z0-9_-]+$", encoded);
            },
            iter: 2_000);

    [Fact]
    public void TryDecode_NeverThrows_ForRandomText() =>
        Gen.Char["AQIBEg-_=+/ !%\u00e9"].Array[0, 60].Select(c => new string(c)).Sample(
            text =>
            {
                var decoded = CustomData.TryDecode(text);

                Assert.True(decoded.Succeeded || decoded.Points.Count == 0);
            },
            iter: 50_000);

    [Fact]
    public void Quantize_IsIdempotentAndExact_ForEveryLevel()
    {
        for (var level = 0; level <= CustomData.MaxCoordinateLevel; level++)
        {
            var x = CustomData.Coordinate(level);
            Assert.Equal(level, CustomData.CoordinateLevel(x));
            Assert.Equal(x, CustomData.Quantize(new Example2D(x, x, 1), ProblemKind.Classification, 3).X);
        }

        for (var level = 0; level <= CustomData.MaxLabelLevel; level++)
        {
            Assert.Equal(level, CustomData.LabelLevel(CustomData.Label(level)));
        }
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(-2.5, -2.5)]
    [InlineData(0.123, 0.124)]
    [InlineData(6.3, 6.0)]
    [InlineData(-100, -6.0)]
    public void Quantize_PutsCoordinatesOnTheDecimalGrid(double value, double expected)
    {
        var point = CustomData.Quantize(new Example2D(value, 0, 1), ProblemKind.Classification, 3);

        Assert.Equal(expected, point.X);
    }

    [Theory]
    [InlineData(ProblemKind.Classification, 0.2, 1.0)]
    [InlineData(ProblemKind.Classification, 0.0, -1.0)]
    [InlineData(ProblemKind.Regression, 0.333, 0.33)]
    [InlineData(ProblemKind.Regression, -3.0, -1.0)]
    [InlineData(ProblemKind.Multiclass, 2.4, 2.0)]
    [InlineData(ProblemKind.Multiclass, 9.0, 3.0)]
    public void Quantize_FitsTheLabelToTheProblem(ProblemKind problem, double label, double expected)
    {
        var point = CustomData.Quantize(new Example2D(0, 0, label), problem, 4);

        Assert.Equal(expected, point.Label);
    }

    [Theory]
    [InlineData(ProblemKind.Classification, "AQA")]
    [InlineData(ProblemKind.Regression, "AQE")]
    [InlineData(ProblemKind.Multiclass, "AQI")]
    public void Encode_WritesTheTwoByteHeader_ForNoPoints(ProblemKind problem, string expected)
    {
        Assert.Equal(expected, CustomData.Encode([], problem));
        Assert.Equal(problem, CustomData.TryDecode(expected).Problem);
    }

    [Fact]
    public void Encode_WritesFourBytesPerPoint_InTheDocumentedLayout()
    {
        // x = 1 → level 1750 = 0x6D6, y = −6 → level 0, label +1: bytes 01 00 6D 60 00 01.
        var encoded = CustomData.Encode([new Example2D(1, -6, 1)], ProblemKind.Classification);

        Assert.Equal(Convert.ToBase64String([1, 0, 0x6D, 0x60, 0x00, 1]).TrimEnd('='), encoded);
    }

    [Fact]
    public void Encode_Throws_ForMoreThan500Points() =>
        Assert.Throws<ArgumentException>(() => CustomData.Encode(new Example2D[501], ProblemKind.Classification));

    [Theory]
    [InlineData(null, "no value")]
    [InlineData("", "no value")]
    [InlineData("AQA=", "not base64url")]
    [InlineData("AQ+A", "not base64url")]
    [InlineData("A", "truncated")]
    [InlineData("AQ", "too short")]
    [InlineData("AgA", "version 2")]
    [InlineData("AQM", "label kind 3")]
    [InlineData("AQAAAA", "truncated")]
    [InlineData("AQB", "stray bits")]
    [InlineData("AQD_8AAB", "level 4095")]
    [InlineData("AQAAAAAC", "label byte 2")]
    [InlineData("AQEAAADJ", "label byte 201")]
    [InlineData("AQIAAAAG", "label byte 6")]
    public void TryDecode_ReturnsAnError_ForBadText(string? text, string expected)
    {
        var decoded = CustomData.TryDecode(text);

        Assert.False(decoded.Succeeded);
        Assert.Contains(expected, decoded.Error, StringComparison.Ordinal);
        Assert.Empty(decoded.Points);
    }

    [Fact]
    public void TryDecode_ReturnsAnError_ForOversizedText()
    {
        var oversized = CustomData.Encode(new Example2D[500], ProblemKind.Classification) + "AAAA";

        var decoded = CustomData.TryDecode(oversized);

        Assert.Contains("more than the 2670", decoded.Error, StringComparison.Ordinal);
    }

    private static Gen<double> Label(ProblemKind problem) => problem switch
    {
        ProblemKind.Regression => Gen.Double[-1.5, 1.5],
        ProblemKind.Multiclass => Gen.Int[0, 5].Select(i => (double)i),
        _ => Gen.OneOf(-1.0, 1.0),
    };
}
