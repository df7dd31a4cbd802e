using NeuralPlayground.Core.Export;
using NeuralPlayground.Core.Tests.Support;
using Xunit.Abstractions;

namespace NeuralPlayground.Core.Tests.Export;

public sealed class CSharpCodeTests(ITestOutputHelper output)
{
    public static TheoryData<string> Names() => ExportCases.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Predict_AgreesWithForwardTo1e12_AtEveryPoint(string name)
    {
        var model = ExportCases.Model(name);
        var network = model.ToNetwork();
        var predict = CompiledModel.Compile(CodeExport.CSharp(model), CodeExport.DefaultClassName).Predict();

        double worst = 0;
        foreach (var (x, y) in ExportCases.Points())
        {
            var expected = ExportCases.Reference(network, x, y);
            var actual = predict(x, y);
            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                var disagreement = ExportCases.Disagreement(expected[i], actual[i]);
                Assert.True(disagreement <= ExportCases.Tolerance, $"{name} output {i} at ({x:R}, {y:R}): engine {expected[i]:R}, C# {actual[i]:R}");
                worst = Math.Max(worst, disagreement);
            }
        }

        output.WriteLine($"{name}: max disagreement {worst:E3}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Weights_AreTheModelsBitForBit_InTheCompiledCode(string name)
    {
        var model = ExportCases.Model(name);

        var compiled = CompiledModel.Compile(CodeExport.CSharp(model, "Model"), "Model");

        var weights = compiled.Field<double[][][]>("Weights");
        var biases = compiled.Field<double[][]>("Biases");
        BitAssert.Equal([.. model.Weights.SelectMany(l => l.SelectMany(r => r))], [.. weights.SelectMany(l => l.SelectMany(r => r))], "weights");
        BitAssert.Equal([.. model.Biases.SelectMany(b => b)], [.. biases.SelectMany(b => b)], "biases");
        Assert.Equal(model.LayerSizes.Skip(1), biases.Select(b => b.Length));
    }

    [Fact]
    public void Predict_ReturnsClassProbabilities_ForMulticlass()
    {
        var model = ExportCases.Model("multiclass");

        var probabilities = CompiledModel.Compile(CodeExport.CSharp(model), CodeExport.DefaultClassName).Predict()(1.5, -2);

        Assert.Equal(4, probabilities.Length);
        Assert.Equal(1, probabilities.Sum(), 1e-12);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1Model")]
    [InlineData("My Model")]
    [InlineData("Model;")]
    public void CSharp_Throws_WhenTheClassNameIsNotAnIdentifier(string className)
    {
        Assert.ThrowsAny<ArgumentException>(() => CodeExport.CSharp(ExportCases.ExtremeWeights(), className));
    }
}
