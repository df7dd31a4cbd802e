using NeuralPlayground.Core.Data;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class CustomThumbnailTests : PlaygroundTestContext
{
    [Theory]
    [InlineData("#seed=0.12345")]
    [InlineData("#problem=regression&seed=0.12345")]
    [InlineData("#problem=multiclass&seed=0.12345")]
    public void CustomThumbnail_ComesLast_Unselected_WithAPencil_UntilUsed(string hash)
    {
        LoadSession(hash);

        var cut = Render<DataPanel>();

        var thumbnails = cut.FindAll(".data-thumbnail");
        Assert.Equal("dataset-custom", thumbnails[^1].GetAttribute("data-testid"));
        Assert.DoesNotContain("selected", thumbnails[^1].ClassList);
        Assert.Single(cut.FindAll(".custom-glyph"));
        Assert.Equal(CustomThumbnail.Tooltip, thumbnails[^1].GetAttribute("aria-label"));
    }

    [Fact]
    public void Click_SwitchesToCustom_FromThePointsOnScreen_AndOnlyItIsSelected()
    {
        var session = LoadSession("#dataset=xor&seed=0.12345");
        var shown = session.Model.Data.Train.Length + session.Model.Data.Test.Length;
        var cut = Render<DataPanel>();

        cut.Find("[data-testid=dataset-custom]").Click();

        Assert.True(session.Model.State.UsesCustomData);
        Assert.Equal(shown, session.Model.State.CustomData!.Value.Count);
        Assert.Equal(["dataset-custom"], cut.FindAll(".data-thumbnail.selected").Select(t => t.GetAttribute("data-testid")!));
        Assert.Empty(cut.FindAll(".custom-glyph"));
        Assert.Equal("select custom dataset", session.UndoLabel);
    }

    [Fact]
    public void GeneratedThumbnail_LeavesCustom_AndUndoBringsThePointsBack()
    {
        var session = LoadSession("#seed=0.12345");
        session.ClearPoints();
        session.PaintStroke([(1, 2)]);
        var cut = Render<DataPanel>();

        cut.Find("[data-testid=dataset-spiral]").Click();
        Assert.False(session.Model.State.UsesCustomData);
        Assert.Contains("selected", cut.Find("[data-testid=dataset-spiral]").ClassList);
        session.Undo();

        Assert.Equal([new Example2D(1, 2, 1)], session.Model.State.CustomData!.Value);
        Assert.Contains("selected", cut.Find("[data-testid=dataset-custom]").ClassList);
    }

    [Fact]
    public void Squares_AreColouredByClass_ForMulticlass_AndByLabelOtherwise()
    {
        Example2D[] points = [new(0, 0, 2), new(1, 1, 1)];

        Assert.Equal(MulticlassThumbnail.Squares(points), CustomThumbnail.Squares(ProblemKind.Multiclass, points));
        Assert.Equal(DatasetThumbnail.Squares(points), CustomThumbnail.Squares(ProblemKind.Classification, points));
    }
}
