using System.Text;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Components;

public sealed class ImportDataTests : PlaygroundTestContext
{
    [Fact]
    public void ImportButton_OpensAHiddenFileInput_ForCsvAndJson()
    {
        LoadSession("#seed=0.12345");

        var cut = Render<ImportData>();

        Assert.True(cut.Find("[data-testid=import-data]").HasAttribute("data-import-button"));
        var input = cut.Find("[data-testid=import-file]");
        Assert.Equal("file", input.GetAttribute("type"));
        Assert.True(input.HasAttribute("hidden"));
        Assert.Contains(".csv", input.GetAttribute("accept"), StringComparison.Ordinal);
        Assert.Contains(".json", input.GetAttribute("accept"), StringComparison.Ordinal);
    }

    [Fact]
    public void GoodFile_ReplacesTheData_ProblemFollows_AndTheNoteShowsTheScale()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<ImportData>();

        var imported = session.ImportFile("pts.csv", "x,y,label\n0,-3,0.5\n100,3,-0.25\n50,0,1\n");

        Assert.True(imported);
        Assert.Equal(ProblemKind.Regression, session.Model.State.Problem);
        Assert.Equal(3, session.Model.State.CustomData!.Value.Count);
        Assert.Equal("import file", session.UndoLabel);
        Assert.Equal("3 points, regression; x 0…100 and y −3…3 scaled into −6…6", cut.Find("[data-testid=import-note]").TextContent.Trim().TrimEnd('×').Trim());
        Assert.Empty(cut.FindAll("[data-testid=import-errors]"));
    }

    [Fact]
    public void Note_LeavesOutTheScale_WhenTheCoordinatesWereKept_AndCountsWithSeparators()
    {
        var text = new StringBuilder("x,y,label\n");
        for (var i = 0; i < 1234; i++)
        {
            text.Append(FormattableString.Invariant($"{(i % 12) - 6},{(i % 7) - 3},{(i % 2 == 0 ? 1 : -1)}\n"));
        }

        var session = LoadSession("#seed=0.12345");
        session.ImportFile("big.csv", text.ToString());

        Assert.Equal("1,234 points, classification", ImportData.Note(session.LastImport!));
    }

    [Fact]
    public void BadFile_ListsItsErrorsWithLineNumbers_AndLeavesTheDataAlone()
    {
        var session = LoadSession("#seed=0.12345");
        var hash = session.Model.Serialize();
        var data = session.Model.Data;
        var cut = Render<ImportData>();

        var imported = session.ImportFile("bad.csv", "x,y,label\n1,2,1\n3,abc,1\n4,5\n");

        Assert.False(imported);
        Assert.Equal(hash, session.Model.Serialize());
        Assert.Same(data, session.Model.Data);
        Assert.False(session.CanUndo);
        var errors = cut.Find("[data-testid=import-errors]");
        Assert.Contains("bad.csv was not imported", errors.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["line 3: y \"abc\" is not a number", "line 4: 2 columns, expected 3 (x, y, label) or 4 (x, y, label, split)"],
            cut.FindAll("[data-testid=import-errors] li").Select(li => li.TextContent));
    }

    [Fact]
    public void ErrorList_IsDismissible()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<ImportData>();
        session.ImportFile("empty.csv", string.Empty);

        cut.Find("[data-testid=import-errors] .dismiss").Click();

        Assert.Empty(cut.FindAll("[data-testid=import-errors]"));
        Assert.Null(session.LastImport);
    }

    [Fact]
    public void FileOverTheLimit_ShowsTheParsersError()
    {
        var text = new StringBuilder();
        for (var i = 0; i <= CustomData.MaxImportPoints; i++)
        {
            text.Append("1,1,1\n");
        }

        var session = LoadSession("#seed=0.12345");
        var cut = Render<ImportData>();

        session.ImportFile("huge.csv", text.ToString());

        Assert.Contains("line 20001: more than 20000 points", cut.Find("[data-testid=import-errors]").TextContent, StringComparison.Ordinal);
        Assert.False(session.Model.State.UsesCustomData);
    }

    [Fact]
    public void FileTooLargeToRead_IsAnError_NotACrash()
    {
        var session = LoadSession("#seed=0.12345");
        var cut = Render<ImportData>();

        session.ImportFile("video.csv", null);

        Assert.Contains("larger than 2 MB", cut.Find("[data-testid=import-errors]").TextContent, StringComparison.Ordinal);
    }
}
