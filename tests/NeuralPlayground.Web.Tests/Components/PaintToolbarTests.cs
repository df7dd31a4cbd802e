using NeuralPlayground.Core.Data;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Session;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class PaintToolbarTests : PlaygroundTestContext
{
    [Fact]
    public void Toolbar_OffersBlueAndOrange_ForClassification()
    {
        LoadSession("#seed=0.12345");

        var cut = Render<PaintToolbar>();

        Assert.Equal("true", cut.Find("[data-testid=paint-positive]").GetAttribute("aria-pressed"));
        Assert.Equal("false", cut.Find("[data-testid=paint-negative]").GetAttribute("aria-pressed"));
        Assert.Empty(cut.FindAll("[data-testid^=paint-class-]"));
        Assert.Empty(cut.FindAll("[data-testid=paint-value]"));
    }

    [Fact]
    public void Toolbar_OffersOneSwatchPerClass_InThePaletteColours_ForMulticlass()
    {
        LoadSession("#problem=multiclass&classes=4&seed=0.12345");

        var cut = Render<PaintToolbar>();

        var swatches = cut.FindAll("[data-testid^=paint-class-]");
        Assert.Equal(["paint-class-0", "paint-class-1", "paint-class-2", "paint-class-3"], swatches.Select(s => s.GetAttribute("data-testid")!));
        Assert.Equal("background:#e69f00", swatches[1].GetAttribute("style"));
        Assert.Empty(cut.FindAll("[data-testid=paint-positive]"));
    }

    [Fact]
    public void Toolbar_OffersAValueSlider_ForRegression()
    {
        var session = LoadSession("#problem=regression&seed=0.12345");
        var cut = Render<PaintToolbar>();

        cut.Find("[data-testid=paint-value]").Input("-0.4");

        Assert.Equal(-0.4, session.Brush.Value, 1e-9);
        Assert.Equal(-0.4, session.Brush.Label(ProblemKind.Regression, 3), 1e-9);
        Assert.Empty(cut.FindAll("[data-testid=paint-positive]"));
    }

    [Fact]
    public void Swatch_ChoosesTheLabel_AndPutsTheEraserAway()
    {
        var session = LoadSession("#problem=multiclass&classes=3&seed=0.12345");
        var cut = Render<PaintToolbar>();
        cut.Find("[data-testid=paint-eraser]").Click();
        Assert.True(session.Brush.Eraser);
        Assert.Equal("true", cut.Find("[data-testid=paint-eraser]").GetAttribute("aria-pressed"));

        cut.Find("[data-testid=paint-class-2]").Click();

        Assert.False(session.Brush.Eraser);
        Assert.Equal(2, session.Brush.Label(ProblemKind.Multiclass, 3));
        Assert.Contains("selected", cut.Find("[data-testid=paint-class-2]").ClassList);
    }

    [Fact]
    public void Clear_OnAGeneratedDataset_StartsAnEmptyCustomDataset_AsOneStep()
    {
        var session = LoadSession("#seed=0.12345");
        var hash = session.Model.Serialize();
        var cut = Render<PaintToolbar>();

        cut.Find("[data-testid=paint-clear]").Click();

        Assert.Empty(session.Model.State.CustomData!.Value);
        Assert.True(cut.Find("[data-testid=paint-clear]").HasAttribute("disabled"));
        Assert.Equal("clear points", session.UndoLabel);
        session.Undo();
        Assert.Equal(hash, session.Model.Serialize());
    }

    [Fact]
    public void Clear_OnCustomData_RemovesEveryPoint_AndKeepsTheNetwork()
    {
        var session = LoadSession("#seed=0.12345");
        session.PaintStroke([(1, 1), (2, 2)]);
        var network = session.Model.Network;
        var cut = Render<PaintToolbar>();

        cut.Find("[data-testid=paint-clear]").Click();

        Assert.Empty(session.Model.State.CustomData!.Value);
        Assert.Same(network, session.Model.Network);
    }

    [Fact]
    public void EraserStroke_RemovesThePointsAlongItsPath_AsOneStep()
    {
        var session = LoadSession("#seed=0.12345");
        session.ClearPoints();
        session.PaintStroke([(0, 0), (1, 0), (4, 4)]);
        session.SetBrush(session.Brush with { Eraser = true });
        var cut = Render<PaintLayer>();

        var surface = cut.Find("[data-testid=paint-surface]");
        surface.PointerDown(new() { OffsetX = 130, OffsetY = 130 });
        cut.Find("[data-testid=paint-surface]").PointerMove(new() { OffsetX = 141, OffsetY = 130 });
        cut.Find("[data-testid=paint-surface]").PointerMove(new() { OffsetX = 152, OffsetY = 130 });
        cut.Find("[data-testid=paint-surface]").PointerUp(new());

        Assert.Equal([new Example2D(4, 4, 1)], session.Model.State.CustomData!.Value);
        Assert.Equal("erase stroke", session.UndoLabel);
        session.Undo();
        Assert.Equal(3, session.Model.State.CustomData!.Value.Count);
    }

    [Fact]
    public void EraserStroke_OnAGeneratedDataset_AwayFromEveryPoint_ChangesNothing()
    {
        var session = LoadSession("#dataset=gauss&seed=0.12345");

        session.EraseStroke([(-5.9, 5.9)], PaintBrush.EraserRadius);

        Assert.False(session.Model.State.UsesCustomData);
        Assert.False(session.CanUndo);
    }
}
