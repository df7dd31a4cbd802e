using NeuralPlayground.Core.Data;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Session;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class PaintLayerTests : PlaygroundTestContext
{
    [Theory]
    [InlineData(130, 130, 0, 0)]
    [InlineData(0, 0, -6, 6)]
    [InlineData(260, 260, 6, -6)]
    [InlineData(195, 65, 3, 3)]
    public void ToData_MapsThePlotOntoMinusSixToSix_WithYUp(double offsetX, double offsetY, double x, double y)
    {
        var (dataX, dataY) = PaintLayer.ToData(offsetX, offsetY);

        Assert.Equal(x, dataX, 1e-9);
        Assert.Equal(y, dataY, 1e-9);
    }

    [Fact]
    public void Click_AddsOnePointOfTheBrushsClass_WherePressed()
    {
        var session = LoadSession("#seed=0.12345");
        session.ClearPoints();
        session.SetBrush(session.Brush with { Sign = -1 });
        var cut = Render<PaintLayer>();

        cut.Find("[data-testid=paint-surface]").PointerDown(new() { OffsetX = 195, OffsetY = 65 });
        cut.Find("[data-testid=paint-surface]").PointerUp(new());

        Assert.Equal([new Example2D(3, 3, -1)], session.Model.State.CustomData!.Value);
    }

    [Fact]
    public void Drag_SpraysPointsNearThePointer_AsOneUndoStep_AppliedAtPointerUp()
    {
        var session = LoadSession("#seed=0.12345");
        session.ClearPoints();
        var cut = Render<PaintLayer>();

        cut.Find("[data-testid=paint-surface]").PointerDown(new() { OffsetX = 130, OffsetY = 130 });
        for (var i = 1; i <= 5; i++)
        {
            cut.Find("[data-testid=paint-surface]").PointerMove(new() { OffsetX = 130 + (4 * i), OffsetY = 130 });
        }

        Assert.Equal(11, cut.FindAll(".paint-pending circle").Count);
        Assert.Empty(session.Model.State.CustomData!.Value);
        cut.Find("[data-testid=paint-surface]").PointerUp(new());

        var points = session.Model.State.CustomData!.Value;
        Assert.Equal(11, points.Count);
        Assert.All(points.Skip(1), p => Assert.InRange(Math.Abs(p.Y), 0, PaintBrush.SprayRadius + 0.004));
        Assert.Empty(cut.FindAll(".paint-pending circle"));
        Assert.Equal("paint stroke", session.UndoLabel);
        session.Undo();
        Assert.Empty(session.Model.State.CustomData!.Value);
        Assert.True(session.CanRedo);
    }

    [Fact]
    public void Stroke_OnCustomData_KeepsTrainingAndTheNetwork()
    {
        var session = LoadSession("#seed=0.12345");
        session.ClearPoints();
        session.PaintStroke([(1, 1), (-1, -1)]);
        session.TogglePlay();
        session.Step();
        session.TogglePlay();
        var network = session.Model.Network;

        session.PaintStroke([(2, 2)]);

        Assert.True(session.IsPlaying);
        Assert.Same(network, session.Model.Network);
        Assert.Equal(1, session.Model.Epoch);
        Assert.Equal(3, session.Model.State.CustomData!.Value.Count);
    }

    [Fact]
    public void FirstStroke_OnAGeneratedDataset_KeepsItsPointsAndAddsTheStroke()
    {
        var session = LoadSession("#seed=0.12345");
        var shown = session.Model.Data.Train.Length + session.Model.Data.Test.Length;

        session.PaintStroke([(0.5, 0.5)]);

        Assert.True(session.Model.State.UsesCustomData);
        Assert.Equal(shown + 1, session.Model.State.CustomData!.Value.Count);
        session.Undo();
        Assert.False(session.Model.State.UsesCustomData);
    }

    [Fact]
    public void PressWithoutMoving_ThenSmallJitter_StaysAClick()
    {
        var session = LoadSession("#seed=0.12345");
        session.ClearPoints();
        var cut = Render<PaintLayer>();

        cut.Find("[data-testid=paint-surface]").PointerDown(new() { OffsetX = 130, OffsetY = 130 });
        cut.Find("[data-testid=paint-surface]").PointerMove(new() { OffsetX = 131, OffsetY = 131 });
        cut.Find("[data-testid=paint-surface]").PointerLeave(new());

        Assert.Equal([new Example2D(0, 0, 1)], session.Model.State.CustomData!.Value);
    }
}
