using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class RestorePromptTests : PlaygroundTestContext
{
    private const string Saved = "#seed=0.12345&dataset=spiral&networkShape=5,3";

    [Fact]
    public void Render_DescribesTheSavedWork_WhenAnotherLinkOpens()
    {
        PlantSavedWork(30);
        LoadSession("#seed=0.5&dataset=xor");

        var cut = Render<RestorePrompt>();

        Assert.Equal(
            "You have unsaved work from a moment ago (epoch 30, spiral data, hidden layers 5,3).",
            cut.Find("[data-testid=restore-prompt] p").TextContent);
    }

    [Fact]
    public void Render_ShowsNothing_WhenTheSavedWorkWasResumed()
    {
        PlantSavedWork(30);
        LoadSession(Saved);

        var cut = Render<RestorePrompt>();

        Assert.Empty(cut.FindAll("[data-testid=restore-prompt]"));
    }

    [Fact]
    public void RestoreYes_BringsBackTheSavedWork_AndHidesThePrompt()
    {
        PlantSavedWork(30);
        var session = LoadSession("#seed=0.5&dataset=xor");
        var cut = Render<RestorePrompt>();

        cut.Find("[data-testid=restore-yes]").Click();

        Assert.Empty(cut.FindAll("[data-testid=restore-prompt]"));
        Assert.Equal(30, session.Model.Epoch);
        Assert.Contains("dataset=spiral", Host.Hashes[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void RestoreNo_KeepsTheLink_AndSavesIt()
    {
        PlantSavedWork(30);
        var session = LoadSession("#seed=0.5&dataset=xor");
        var cut = Render<RestorePrompt>();

        cut.Find("[data-testid=restore-no]").Click();

        Assert.Empty(cut.FindAll("[data-testid=restore-prompt]"));
        Assert.Equal(0, session.Model.Epoch);
        Assert.Contains("dataset=xor", Assert.Single(Host.Saves), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "a moment ago")]
    [InlineData(1, "1 minute ago")]
    [InlineData(59, "59 minutes ago")]
    [InlineData(60, "1 hour ago")]
    [InlineData(47 * 60, "47 hours ago")]
    [InlineData(3 * 24 * 60, "3 days ago")]
    public void Ago_SaysHowLongAgo_InWords(int minutes, string expected)
    {
        var now = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(expected, RestorePrompt.Ago(now.AddMinutes(-minutes), now));
    }

    private void PlantSavedWork(int frames) =>
        Host.SavedWork = SavedWorks.Train(Services.GetRequiredService<NavigationManager>(), Saved, frames).Host.SavedWork;
}
