using Microsoft.AspNetCore.Components.Web;
using NeuralPlayground.Core.Rendering;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class HoverCardTests : PlaygroundTestContext
{
    private const string Seed = "#seed=0.12345";

    [Fact]
    public void HoverLink_ShowsWeightCard_AtMousePlus20()
    {
        LoadSession(Seed);
        var cut = Render<NetworkDiagram>();

        cut.Find("path.link-hover[data-link='x-1']").MouseEnter(new MouseEventArgs { OffsetX = 100, OffsetY = 40 });

        var card = cut.Find("[data-testid=hover-card]");
        Assert.Equal("Click anywhere to edit.", card.QuerySelector(".hint")!.TextContent);
        Assert.Equal("Weight is 0.15.", card.QuerySelector(".sentence")!.TextContent);
        Assert.Equal("left:120px;top:40px", card.GetAttribute("style"));
    }

    [Fact]
    public void HoverLink_ShowsValueOfThatWeight()
    {
        var session = LoadSession(Seed);
        var cut = Render<NetworkDiagram>();

        cut.Find("path.link-hover[data-link='4-6']").MouseEnter();

        var weight = session.Model.Network.Weights[session.Model.Network.LinkIds().ToList().IndexOf("4-6")];
        Assert.Equal(Formatting.HoverSentence(false, weight), cut.Find("[data-testid=hover-card] .sentence").TextContent);
    }

    [Fact]
    public void HoverBias_ShowsBiasCard()
    {
        LoadSession(Seed);
        var cut = Render<NetworkDiagram>();

        cut.Find("rect.bias[data-bias='5']").MouseEnter();

        Assert.Equal("Bias is 0.10.", cut.Find("[data-testid=hover-card] .sentence").TextContent);
    }

    [Fact]
    public void LeaveLink_HidesCard_WhenNotEditing()
    {
        LoadSession(Seed);
        var cut = Render<NetworkDiagram>();
        var hit = cut.Find("path.link-hover[data-link='x-1']");
        hit.MouseEnter();

        cut.Find("path.link-hover[data-link='x-1']").MouseLeave();

        Assert.Empty(cut.FindAll("[data-testid=hover-card]"));
    }

    [Fact]
    public void Click_OpensFocusedEditorPrefilled_WhileCardShown()
    {
        LoadSession(Seed);
        var cut = Render<NetworkDiagram>();
        cut.Find("path.link-hover[data-link='x-1']").MouseEnter();

        cut.Find("[data-testid=network]").Click();

        var input = cut.Find("[data-testid=hover-card-input]");
        Assert.Equal("0.15", input.GetAttribute("value"));
        Assert.Equal("number", input.GetAttribute("type"));
        JSInterop.VerifyFocusAsyncInvoke();
    }

    [Fact]
    public void Click_DoesNothing_WhenNoCardShown()
    {
        LoadSession(Seed);
        var cut = Render<NetworkDiagram>();

        cut.Find("[data-testid=network]").Click();

        Assert.Empty(cut.FindAll("[data-testid=hover-card]"));
    }

    [Fact]
    public void Typing_SetsWeight_AndEnterShowsNewValue()
    {
        var session = LoadSession(Seed);
        var cut = OpenEditor("path.link-hover[data-link='x-1']");

        cut.Find("[data-testid=hover-card-input]").Input("0.5");

        Assert.Equal(0.5, session.Model.Network.Weights[0]);
        cut.Find("[data-testid=hover-card-input]").KeyDown(new KeyboardEventArgs { Key = "Enter" });
        Assert.Empty(cut.FindAll("[data-testid=hover-card-input]"));
        Assert.Equal("Weight is 0.50.", cut.Find("[data-testid=hover-card] .sentence").TextContent);
        session.OnFrame(0);
        Assert.Equal(1.9, Host.LastLinks[1 + 4], 3);
        Assert.Equal(0x78b1d4, Host.LastLinks[1 + 5]);
    }

    [Fact]
    public void Typing_SetsBias()
    {
        var session = LoadSession(Seed);
        var cut = OpenEditor("rect.bias[data-bias='2']");

        cut.Find("[data-testid=hover-card-input]").Input("-1.25");

        Assert.Equal(-1.25, session.Model.Network.Biases[1]);
        session.OnFrame(0);
        var stride = NeuralPlayground.Web.Session.IPageHost.LinkStride;
        var square = Host.LastLinks.AsSpan(1 + ((session.Model.Network.LinkCount + 1) * stride), stride);
        Assert.Equal(Colors.Scale(-1.25), "#" + ((int)square[5]).ToString("x6", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1e999")]
    [InlineData("--1")]
    public void Typing_KeepsLastValueAndMarksInvalid_WhenNotAFiniteNumber(string text)
    {
        var session = LoadSession(Seed);
        var cut = OpenEditor("path.link-hover[data-link='x-1']");
        cut.Find("[data-testid=hover-card-input]").Input("0.5");

        cut.Find("[data-testid=hover-card-input]").Input(text);

        Assert.Equal(0.5, session.Model.Network.Weights[0]);
        Assert.Equal("invalid", cut.Find("[data-testid=hover-card-input]").GetAttribute("class"));
        Assert.Equal("true", cut.Find("[data-testid=hover-card-input]").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Editor_StaysOpen_WhenPointerLeavesWhileTyping()
    {
        var session = LoadSession(Seed);
        var cut = OpenEditor("path.link-hover[data-link='x-1']");

        cut.Find("path.link-hover[data-link='x-1']").MouseLeave();
        cut.Find("path.link-hover[data-link='y-1']").MouseEnter();
        cut.Find("[data-testid=hover-card-input]").Input("2");

        Assert.Equal(2, session.Model.Network.Weights[0]);
        Assert.Single(cut.FindAll("[data-testid=hover-card-input]"));
    }

    [Fact]
    public void Escape_RestoresWeightBeforeEditing()
    {
        var session = LoadSession(Seed);
        var before = session.Model.Network.Weights[0];
        var cut = OpenEditor("path.link-hover[data-link='x-1']");
        cut.Find("[data-testid=hover-card-input]").Input("3");

        cut.Find("[data-testid=hover-card-input]").KeyDown(new KeyboardEventArgs { Key = "Escape" });

        Assert.Equal(before, session.Model.Network.Weights[0]);
        Assert.Equal(Formatting.HoverSentence(false, before), cut.Find("[data-testid=hover-card] .sentence").TextContent);
    }

    [Fact]
    public void Blur_ClosesEditor_AndClickOutsideClosesCard()
    {
        var session = LoadSession(Seed);
        var cut = OpenEditor("path.link-hover[data-link='x-1']");
        cut.Find("[data-testid=hover-card-input]").Input("0.25");
        cut.Find("path.link-hover[data-link='x-1']").MouseLeave();

        cut.Find("[data-testid=hover-card-input]").Blur();
        Assert.Equal("Weight is 0.25.", cut.Find("[data-testid=hover-card] .sentence").TextContent);
        cut.Find("[data-testid=network]").Click();

        Assert.Empty(cut.FindAll("[data-testid=hover-card]"));
        Assert.Equal(0.25, session.Model.Network.Weights[0]);
    }

    [Fact]
    public void ClickInsideCard_StopsBeforeDiagram_SoEditorStaysOpen()
    {
        LoadSession(Seed);
        var cut = OpenEditor("path.link-hover[data-link='x-1']");

        // The card stops the click's propagation, so no handler (the diagram's included) runs.
        var thrown = Record.Exception(() => cut.Find("[data-testid=hover-card-input]").Click());

        Assert.IsType<MissingEventHandlerException>(thrown);
        Assert.Single(cut.FindAll("[data-testid=hover-card-input]"));
    }

    [Fact]
    public void EditingDeadLink_KeepsItDead_AndCardSaysFrozen()
    {
        var session = LoadSession(Seed);
        var cut = Render<NetworkDiagram>();
        session.Model.Network.IsDead[0] = true;
        session.Step();
        cut.Find("path.link-hover[data-link='x-1']").MouseEnter();
        cut.Find("[data-testid=network]").Click();

        cut.Find("[data-testid=hover-card-input]").Input("0.5");

        Assert.Equal(0.5, session.Model.Network.Weights[0]);
        Assert.True(session.Model.Network.IsDead[0]);
        session.OnFrame(0);
        Assert.Equal(-1, Host.LastLinks[1 + 5]);
        Assert.Contains("frozen", cut.Find("[data-testid=hover-card]").ClassName, StringComparison.Ordinal);
        Assert.Contains("dead", cut.Find("[data-testid=hover-card-dead]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuild_ClosesCard()
    {
        var session = LoadSession(Seed);
        var cut = OpenEditor("path.link-hover[data-link='x-1']");

        session.Reset();

        Assert.Empty(cut.FindAll("[data-testid=hover-card]"));
    }

    [Theory]
    [InlineData("0.5", 0.5)]
    [InlineData(" -2e-1 ", -0.2)]
    [InlineData(".5", 0.5)]
    [InlineData("abc", null)]
    [InlineData("   ", null)]
    [InlineData("Infinity", null)]
    [InlineData(null, null)]
    public void ParseValue_AcceptsOnlyFiniteNumbers(string? text, double? expected) =>
        Assert.Equal(expected, HoverCard.ParseValue(text));

    private IRenderedComponent<NetworkDiagram> OpenEditor(string target)
    {
        var cut = Render<NetworkDiagram>();
        cut.Find(target).MouseEnter();
        cut.Find("[data-testid=network]").Click();
        return cut;
    }
}
