using System.Xml.Linq;
using NeuralPlayground.Core.Export;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class ExportMenuTests : PlaygroundTestContext
{
    [Fact]
    public void Items_AreFolded_UntilTheToggleIsClicked()
    {
        LoadSession("#seed=0.12345");
        var cut = Render<ExportMenu>();

        Assert.Empty(cut.FindAll("[data-testid=export-model-json]"));
        cut.Find("[data-testid=export-toggle]").Click();

        Assert.Equal(7, cut.FindAll(".export-items button").Count);
    }

    [Theory]
    [InlineData("export-heatmap-png", "playground-heatmap-epoch-3.png", "image/png")]
    [InlineData("export-figure-png", "playground-figure-epoch-3.png", "image/png")]
    [InlineData("export-figure-svg", "playground-figure-epoch-3.svg", "image/svg+xml")]
    public void Pictures_AreOfferedAsFiles_FromWellFormedSvg(string testId, string fileName, string mimeType)
    {
        var session = LoadSession("#seed=0.12345");
        for (var i = 0; i < 3; i++)
        {
            session.Step();
        }

        Click(testId);

        var (name, mime, content) = Assert.Single(Host.Downloads);
        Assert.Equal(fileName, name);
        Assert.Equal(mimeType, mime);
        Assert.Equal("svg", XDocument.Parse(content).Root!.Name.LocalName);
    }

    [Fact]
    public void ModelJson_IsTheTrainedModel()
    {
        var session = LoadSession("#seed=0.12345");
        session.Step();

        Click("export-model-json");

        var (name, mime, content) = Assert.Single(Host.Downloads);
        Assert.Equal("playground-model-epoch-1.json", name);
        Assert.Equal("application/json", mime);
        Assert.Equal(session.Model.Network.Weights, ModelJson.Read(content).Weights.SelectMany(layer => layer.SelectMany(row => row)));
    }

    [Fact]
    public void DataCsv_HasEveryPoint()
    {
        var session = LoadSession("#seed=0.12345");

        Click("export-data-csv");

        var (_, mime, content) = Assert.Single(Host.Downloads);
        Assert.Equal("text/csv", mime);
        var lines = content.TrimEnd('\n').Split('\n');
        Assert.Equal(session.Model.Data.Train.Length + session.Model.Data.Test.Length, lines.Length - 1);
    }

    [Theory]
    [InlineData("copy-csharp", "public static double Predict(double x1, double x2)")]
    [InlineData("copy-numpy", "def predict(x1, x2)")]
    public void Code_IsCopied_AndTheButtonSaysSo(string testId, string expected)
    {
        LoadSession("#seed=0.12345");
        var cut = Render<ExportMenu>();
        cut.Find("[data-testid=export-toggle]").Click();

        cut.Find($"[data-testid={testId}]").Click();

        Assert.Contains(expected, Assert.Single(Host.Copied), StringComparison.Ordinal);
        Assert.Equal("Copied ✓", cut.Find($"[data-testid={testId}]").TextContent);
    }

    private void Click(string testId)
    {
        var cut = Render<ExportMenu>();
        cut.Find("[data-testid=export-toggle]").Click();
        cut.Find($"[data-testid={testId}]").Click();
    }
}
