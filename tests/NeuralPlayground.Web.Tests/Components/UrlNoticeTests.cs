using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class UrlNoticeTests : PlaygroundTestContext
{
    [Fact]
    public void Render_ListsEveryCorrection_ForAHostileLink()
    {
        LoadSession("#seed=1&activation=toString&networkShape&noise=2000");

        var cut = Render<UrlNotice>();

        var items = cut.FindAll("[data-testid=url-warnings] li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, items.Count);
        Assert.Contains(items, w => w.StartsWith("activation:", StringComparison.Ordinal));
        Assert.Contains(items, w => w.StartsWith("networkShape:", StringComparison.Ordinal));
        Assert.Contains(items, w => w.StartsWith("noise:", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ShowsNothing_ForACleanLink()
    {
        LoadSession("#seed=1&activation=relu");

        var cut = Render<UrlNotice>();

        Assert.Empty(cut.FindAll("[data-testid=url-warnings]"));
    }

    [Fact]
    public void Dismiss_HidesTheNotice_UntilAnotherLinkLoads()
    {
        var session = LoadSession("#seed=1&activation=toString");
        var cut = Render<UrlNotice>();

        cut.Find("[data-testid=url-warnings-close]").Click();
        Assert.Empty(cut.FindAll("[data-testid=url-warnings]"));
        session.OnHashEdited("http://localhost/#seed=2&dataset=nope");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=url-warnings] li")));
    }
}
