using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Core.Tests.State;

/// <summary>The <c>data</c> key (issue 5): written only for the Custom dataset of at most 500 points; bad values warn.</summary>
public sealed class UrlCustomDataKeyTests
{
    private static readonly Example2D[] Points = [new(-6, 6, 1), new(0.004, -2.5, -1), new(5.996, 0, 1)];

    [Fact]
    public void Serialize_WritesNoDataKey_WithoutCustomData()
    {
        var hash = UrlState.Serialize(new PlaygroundState { Seed = "0.1" });

        Assert.DoesNotContain("data=", hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProblemKind.Classification)]
    [InlineData(ProblemKind.Regression)]
    [InlineData(ProblemKind.Multiclass)]
    public void Parse_ReturnsTheSerializedCustomData_ForEveryProblem(ProblemKind problem)
    {
        EquatableArray<Example2D> points = [.. Points.Select(p => CustomData.Quantize(p with { Label = 0.4 + p.X }, problem, 6))];
        var state = new PlaygroundState { Seed = "0.1", Problem = problem, CustomData = points };

        var parsed = UrlState.Parse(UrlState.Serialize(state));

        Assert.Empty(parsed.Warnings);
        Assert.Equal(state, parsed.State);
    }

    [Fact]
    public void Serialize_LeavesOutTheData_ForMoreThan500Points()
    {
        var state = new PlaygroundState { Seed = "0.1", CustomData = [.. Enumerable.Repeat(new Example2D(1, 1, 1), 501)] };

        Assert.DoesNotContain("data=", UrlState.Serialize(state), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seed=1&data=%%%", "not base64url")]
    [InlineData("seed=1&data=AQ", "too short")]
    [InlineData("seed=1&data=AQE", "for regression but the problem is classification")]
    [InlineData("seed=1&problem=multiclass&data=AQA", "for classification but the problem is multiclass")]
    public void Parse_WarnsAndUsesTheGeneratedDataset_ForABadDataValue(string hash, string message)
    {
        var parsed = UrlState.Parse(hash);

        var warning = Assert.Single(parsed.Warnings);
        Assert.StartsWith("data: ", warning, StringComparison.Ordinal);
        Assert.Contains(message, warning, StringComparison.Ordinal);
        Assert.Null(parsed.State.CustomData);
    }

    [Fact]
    public void Parse_ChoosesAnEmptyCustomDataset_ForTheBareHeader()
    {
        var parsed = UrlState.Parse("seed=1&data=AQA");

        Assert.Empty(parsed.Warnings);
        Assert.True(parsed.State.UsesCustomData);
        Assert.Empty(parsed.State.CustomData!.Value);
    }
}
