using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Web.Session;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Session;

public sealed class PlaygroundSessionHistoryPersistenceTests : PlaygroundTestContext
{
    private const string Hash = "#seed=0.12345";

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void Reload_KeepsTheHistory_AndThreeUndosGiveTheOriginalHashAndWeights()
    {
        var session = LoadSession(Hash);
        var hash = session.Model.Serialize();
        var weights = session.Model.Network.Weights.ToArray();
        ChangeThreeControls(session);
        var changed = session.Model.Serialize();
        var changedWeights = session.Model.Network.Weights.ToArray();

        var reloaded = Reload();

        Assert.Equal(changed, reloaded.Model.Serialize());
        Assert.Equal("add layer", reloaded.UndoLabel);
        reloaded.Undo();
        reloaded.Undo();
        reloaded.Undo();
        Assert.Equal(hash, reloaded.Model.Serialize());
        Assert.Equal(weights, reloaded.Model.Network.Weights);
        Assert.False(reloaded.CanUndo);
        reloaded.Redo();
        reloaded.Redo();
        reloaded.Redo();
        Assert.Equal(changed, reloaded.Model.Serialize());
        Assert.Equal(changedWeights, reloaded.Model.Network.Weights);
        Assert.False(reloaded.CanRedo);
    }

    [Fact]
    public void Reload_KeepsThePositionInTheHistory_SoRedoWorks()
    {
        var session = LoadSession(Hash);
        ChangeThreeControls(session);
        var changed = session.Model.Serialize();
        session.Undo();
        session.Undo();
        var undone = session.Model.Serialize();
        var losses = session.Losses.ToArray();

        var reloaded = Reload();

        Assert.Equal(undone, reloaded.Model.Serialize());
        Assert.Equal(losses, reloaded.Losses);
        Assert.Equal("activation", reloaded.UndoLabel);
        Assert.Equal("learning rate", reloaded.RedoLabel);
        reloaded.Redo();
        reloaded.Redo();
        Assert.Equal(changed, reloaded.Model.Serialize());
        Assert.False(reloaded.CanRedo);
    }

    [Fact]
    public void Save_KeepsAtMostTwentySteps_TheNearest()
    {
        var session = LoadSession(Hash);
        for (var k = 1; k <= 25; k++)
        {
            session.SetLearningRate(k / 100.0);
        }

        var work = JsonNode.Parse(Host.Saves[^1])!;
        Assert.Equal(20, work["undo"]!.AsArray().Count);
        Assert.Empty(work["redo"]!.AsArray());
        var reloaded = Reload();
        for (var k = 0; k < 20; k++)
        {
            reloaded.Undo();
        }

        Assert.Contains("learningRate=0.05", reloaded.Model.Serialize(), StringComparison.Ordinal);
        Assert.False(reloaded.CanUndo);
    }

    [Fact]
    public void Reload_DropsACorruptHistory_AndKeepsTheCurrentMoment()
    {
        var session = LoadSession(Hash);
        ChangeThreeControls(session);
        var changed = session.Model.Serialize();
        var work = JsonNode.Parse(Host.SavedWork!)!;
        work["undo"]![1]!["model"] = "x";
        Host.SavedWork = work.ToJsonString();

        var reloaded = Reload();

        Assert.Equal(changed, reloaded.Model.Serialize());
        Assert.False(reloaded.CanUndo);
        Assert.False(reloaded.CanRedo);
    }

    [Fact]
    public void Reload_ReadsVersionOneWork_WithoutSteps()
    {
        var session = LoadSession(Hash);
        ChangeThreeControls(session);
        var changed = session.Model.Serialize();
        var work = JsonNode.Parse(Host.SavedWork!)!.AsObject();
        work["version"] = 1;
        work.Remove("undo");
        work.Remove("redo");
        Host.SavedWork = work.ToJsonString();

        var reloaded = Reload();

        Assert.Equal(changed, reloaded.Model.Serialize());
        Assert.False(reloaded.CanUndo);
    }

    [Fact]
    public void Training_SavesTheStepsUnchanged()
    {
        var session = LoadSession(Hash);
        ChangeThreeControls(session);
        session.SaveInterval = TimeSpan.Zero;
        session.TogglePlay();
        session.OnFrame(0);
        session.OnFrame(16);

        var undo = Host.Saves.Skip(Host.Saves.Count - 3).Select(s => JsonNode.Parse(s)!["undo"]!.ToJsonString()).Distinct();
        Assert.Single(undo);
    }

    private static void ChangeThreeControls(PlaygroundSession session)
    {
        session.SetActivation(ActivationKind.Relu);
        session.SetLearningRate(0.3);
        session.AddLayer();
    }

    // The page reloaded: a new session on a new page whose storage holds what this one saved.
    private PlaygroundSession Reload()
    {
        var host = new FakePageHost { SavedWork = Host.SavedWork };
        Navigation.NavigateTo("http://localhost/");
        var session = new PlaygroundSession(Navigation, host);
        session.Load();
        return session;
    }
}
