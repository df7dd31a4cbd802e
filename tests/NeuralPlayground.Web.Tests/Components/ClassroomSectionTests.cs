using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class ClassroomSectionTests : PlaygroundTestContext
{
    private static readonly string[] Labels =
    [
        "Show test data", "Discretize output", "Play button", "Step button", "Reset button", "Learning rate",
        "Activation", "Regularization", "Regularization rate", "Problem type", "Which dataset", "Ratio train data",
        "Noise level", "Batch size", "# of hidden layers", "Optimizer", "Dropout", "Epochs per frame",
        "Multi-class dataset", "Classes",
    ];

    private static readonly string[] Names =
    [
        "showTestData", "discretize", "playButton", "stepButton", "resetButton", "learningRate", "activation",
        "regularization", "regularizationRate", "problem", "dataset", "percTrainData", "noise", "batchSize",
        "numHiddenLayers", "optimizer", "dropout", "epochsPerFrame", "mcDataset", "classes",
    ];

    [Fact]
    public void Checkboxes_ListEveryHideableControlTicked_ByDefault()
    {
        LoadSession("#seed=0.12345");

        var cut = Render<ClassroomSection>();

        var boxes = cut.FindAll(".hide-controls input[type=checkbox]");
        Assert.Equal(Names.Select(n => "classroom-" + n), boxes.Select(b => b.GetAttribute("data-testid")!));
        Assert.Equal(Labels, cut.FindAll(".hide-controls .label").Select(l => l.TextContent));
        Assert.All(boxes, b => Assert.True(b.HasAttribute("checked")));
    }

    [Theory]
    [InlineData("playButton")]
    [InlineData("numHiddenLayers")]
    [InlineData("percTrainData")]
    [InlineData("epochsPerFrame")]
    public void Unticking_WritesTheHideFlagIntoTheLink(string name)
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<ClassroomSection>();

        cut.Find($"[data-testid=classroom-{name}]").Change(false);

        var link = cut.Find("[data-testid=classroom-link]").GetAttribute("href")!;
        Assert.StartsWith("http://localhost/#activation=tanh&", link, StringComparison.Ordinal);
        Assert.EndsWith($"&{name}_hide=true", link, StringComparison.Ordinal);
        Assert.Equal(link, cut.Find("[data-testid=classroom-url]").TextContent);
        Assert.True(session.Model.State.IsHidden(name));
        Assert.False(cut.Find($"[data-testid=classroom-{name}]").HasAttribute("checked"));
        Assert.EndsWith($"&{name}_hide=true", Host.Hashes[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Reticking_WritesTheFlagAsFalse()
    {
        LoadSession("#seed=0.12345&noise_hide=true");
        var cut = Render<ClassroomSection>();
        Assert.False(cut.Find("[data-testid=classroom-noise]").HasAttribute("checked"));

        cut.Find("[data-testid=classroom-noise]").Change(true);

        Assert.EndsWith("&noise_hide=false", cut.Find("[data-testid=classroom-link]").GetAttribute("href")!, StringComparison.Ordinal);
    }

    [Fact]
    public void Checkboxes_FollowMlccU12HideFlags()
    {
        LoadSession(TopBarTests.MlccU12Hash());

        var cut = Render<ClassroomSection>();

        var unticked = cut.FindAll(".hide-controls input[type=checkbox]")
            .Where(b => !b.HasAttribute("checked"))
            .Select(b => b.GetAttribute("data-testid"));
        Assert.Equal(["classroom-problem", "classroom-dataset"], unticked);
    }

    [Fact]
    public void Article_KeepsTheClassroomSection_WhenALinkNamesATutorial()
    {
        var session = LoadSession("#tutorial=dp-neural-net-intro-initialization&hideText=false&seed=0.12345");

        var cut = Render<Article>();

        Assert.Equal("dp-neural-net-intro-initialization", session.Model.State.Tutorial);
        Assert.Single(cut.FindAll("[data-testid=classroom]"));
        Assert.Contains("This Is Cool, Can I Repurpose It?", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("tutorial=dp-neural-net-intro-initialization", cut.Find("[data-testid=classroom-link]").GetAttribute("href")!, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleAndHeader_AreLeftOut_WhenHideTextIsSet()
    {
        LoadSession("#hideText=true&seed=0.12345");

        var article = Render<Article>();
        var header = Render<PageHeader>();

        Assert.Empty(article.FindAll("[data-testid=classroom]"));
        Assert.Empty(article.FindAll("article"));
        Assert.Empty(header.FindAll("header"));
    }

    [Fact]
    public void Header_ShowsTheTwoLineTitle_ByDefault()
    {
        LoadSession("#seed=0.12345");

        var title = Render<PageHeader>().Find("header h1");

        Assert.Equal("Tinker With a Neural Network Right Here in Your Browser.Don’t Worry, You Can’t Break It. We Promise.", title.TextContent);
        Assert.Single(title.QuerySelectorAll("br"));
    }
}
