using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Session;
using NeuralPlayground.Web.Tests.Support;

namespace NeuralPlayground.Web.Tests.Session;

public sealed class PlaygroundSessionPersistenceTests : PlaygroundTestContext
{
    private const string Saved = "#seed=0.12345&learningRate=0.1";

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void Load_SavesNothing_UntilSomethingChanges()
    {
        var session = LoadSession("#seed=0.12345");

        session.OnFrame(0);
        session.SelectNode("1");
        session.OnResized(1400);

        Assert.Empty(Host.Saves);
    }

    [Fact]
    public void Change_SavesTheHashNetworkAndChart_AtOnce()
    {
        var session = LoadSession("#seed=0.12345");

        session.SetActivation(ActivationKind.Relu);

        using var work = JsonDocument.Parse(Assert.Single(Host.Saves));
        var root = work.RootElement;
        Assert.Equal("neural-playground-work", root.GetProperty("format").GetString());
        Assert.Equal(2, root.GetProperty("version").GetInt32());
        Assert.Equal(Host.Hashes[^1], root.GetProperty("hash").GetString());
        Assert.Equal(0, root.GetProperty("epoch").GetInt64());
        Assert.Equal(1, root.GetProperty("chartLength").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("points").ValueKind);
        Assert.Contains("\"weights\"", root.GetProperty("model").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("savedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public void Training_SavesOncePerInterval_AndPageHideSavesTheRest()
    {
        var session = LoadSession("#seed=0.12345");
        session.SaveInterval = TimeSpan.FromHours(1);

        session.TogglePlay();
        for (var f = 0; f < 10; f++)
        {
            session.OnFrame(16 * f);
        }

        Assert.Single(Host.Saves);
        session.SaveNow();
        Assert.Equal(2, Host.Saves.Count);
        Assert.Equal(10, Epoch(Host.Saves[^1]));
        session.SaveNow();
        Assert.Equal(2, Host.Saves.Count);
    }

    [Fact]
    public void Training_SavesEveryFrame_WhenTheIntervalIsZero()
    {
        var session = LoadSession("#seed=0.12345");
        session.SaveInterval = TimeSpan.Zero;
        session.TogglePlay();

        session.OnFrame(0);
        session.OnFrame(16);

        Assert.Equal([0, 1, 2], Host.Saves.Select(Epoch));
    }

    [Fact]
    public void Step_Saves_WhilePaused()
    {
        var session = LoadSession("#seed=0.12345");

        session.Step();
        session.Step();

        Assert.Equal([1, 2], Host.Saves.Select(Epoch));
    }

    [Theory]
    [InlineData(Saved)]
    [InlineData("")]
    public void Load_ResumesTheSavedWorkPaused_WhenTheUrlHasItsHashOrNone(string hash)
    {
        var (before, page) = SavedWorks.Train(Navigation, Saved, 30);
        Host.SavedWork = page.SavedWork;

        var session = LoadSession(hash);

        Assert.False(session.HasOfferedWork);
        Assert.False(session.IsPlaying);
        Assert.Equal(30, session.Model.Epoch);
        Assert.Equal(before.Model.Serialize(), Host.Hashes[^1]);
        Assert.Equal(before.Model.Network.Weights, session.Model.Network.Weights);
        Assert.Equal(before.Model.Network.Biases, session.Model.Network.Biases);
        Assert.Equal(before.Model.LossTrain, session.Model.LossTrain);
        Assert.Equal(before.Model.LossTest, session.Model.LossTest);
        Assert.Equal(before.Losses, session.Losses);
        Assert.Empty(Host.Saves);
    }

    [Fact]
    public void Load_ResumesAThinnedLongChart_ThatDrawsTheSamePoints()
    {
        var (before, page) = SavedWorks.Train(Navigation, Saved + "&epochsPerFrame=100", 13);
        Host.SavedWork = page.SavedWork;

        var session = LoadSession("");

        Assert.Equal(1301, session.Losses.Count);
        Assert.Equal(LossChart.Thin(before.Losses, LossChart.MaxDrawnPoints), LossChart.Thin(session.Losses, LossChart.MaxDrawnPoints));
        Assert.True(page.SavedWork!.Length < 30_000, $"{page.SavedWork.Length} characters");
    }

    [Fact]
    public void Load_ResumesCustomPointsBeyondTheUrl()
    {
        var (before, page) = SavedWorks.Train(Navigation, Saved, 3);
        Example2D[] points = [.. Enumerable.Range(0, 1200).Select(i => new Example2D((i % 40 * 0.3) - 6, (i / 40 * 0.4) - 6, i % 3 == 0 ? 1 : -1))];
        before.Model.AddPoints(points);
        before.SaveNow();
        Assert.DoesNotContain("data=", before.Model.Serialize(), StringComparison.Ordinal);
        Host.SavedWork = page.SavedWork;

        var session = LoadSession("#" + before.Model.Serialize());

        Assert.Equal(before.Model.State.CustomData, session.Model.State.CustomData);
        Assert.Equal(before.Model.Data.Train, session.Model.Data.Train);
        Assert.Equal(before.Model.LossTest, session.Model.LossTest);
    }

    [Fact]
    public void Load_OffersTheSavedWork_AndSavesNothingOverIt_WhenAnotherLinkOpens()
    {
        var (_, page) = SavedWorks.Train(Navigation, Saved, 30);
        Host.SavedWork = page.SavedWork;

        var session = LoadSession("#seed=0.5&dataset=xor");
        session.SetActivation(ActivationKind.Relu);
        session.SaveNow();

        Assert.True(session.HasOfferedWork);
        Assert.Contains("dataset=xor", Host.Hashes[^1], StringComparison.Ordinal);
        Assert.Equal(0, session.Model.Epoch);
        Assert.Empty(Host.Saves);
        Assert.Equal(page.SavedWork, Host.SavedWork);
    }

    [Fact]
    public void RestoreOfferedWork_BringsBackTheSavedWork_AndSavesFromThen()
    {
        var (before, page) = SavedWorks.Train(Navigation, Saved, 30);
        Host.SavedWork = page.SavedWork;
        var session = LoadSession("#seed=0.5&dataset=xor");

        session.RestoreOfferedWork();
        session.Step();

        Assert.False(session.HasOfferedWork);
        Assert.Equal(before.Model.Serialize(), Host.Hashes[^1]);
        Assert.Equal(31, session.Model.Epoch);
        Assert.Equal(31, Epoch(Assert.Single(Host.Saves)));
    }

    [Fact]
    public void KeepThisLink_ReplacesTheSavedWork_AtOnce()
    {
        var (_, page) = SavedWorks.Train(Navigation, Saved, 30);
        Host.SavedWork = page.SavedWork;
        var session = LoadSession("#seed=0.5&dataset=xor");

        session.KeepThisLink();

        Assert.False(session.HasOfferedWork);
        Assert.Contains("dataset=xor", SavedHash(Assert.Single(Host.Saves)), StringComparison.Ordinal);
        Assert.Equal(0, session.Model.Epoch);
    }

    [Fact]
    public void OnHashEdited_OffersTheWorkBeforeTheEdit()
    {
        var session = LoadSession("#seed=0.12345");
        session.Step();
        var hash = Host.Hashes[^1];

        session.OnHashEdited("http://localhost/#seed=0.5&dataset=xor");
        session.RestoreOfferedWork();

        Assert.Equal(hash, Host.Hashes[^1]);
        Assert.Equal(1, session.Model.Epoch);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"format\":\"neural-playground-work\",\"version\":2,\"hash\":\"seed=0.1\",\"model\":\"{}\",\"chart\":[]}")]
    [InlineData("{\"format\":\"neural-playground-work\",\"version\":3,\"hash\":\"seed=0.1\",\"model\":\"{}\",\"chart\":[]}")]
    public void Load_IgnoresAndClearsUnreadableStorage_WithoutCrashing(string stored)
    {
        Host.SavedWork = stored;

        var session = LoadSession("");

        Assert.False(session.HasOfferedWork);
        Assert.Equal(0, session.Model.Epoch);
        Assert.Null(Host.SavedWork);
        Assert.True(Host.Clears > 0);
    }

    [Theory]
    [InlineData("\"model\":\"", "\"model\":\"x")]
    [InlineData("\"chartLength\":31", "\"chartLength\":7")]
    [InlineData("networkShape=4,2", "networkShape=3")]
    public void Load_IgnoresAndClearsSavedWorkThatDoesNotFit_ForTheSameHash(string from, string to)
    {
        var (_, page) = SavedWorks.Train(Navigation, Saved, 30);
        Host.SavedWork = page.SavedWork!.Replace(from, to, StringComparison.Ordinal);

        var session = LoadSession("");

        Assert.False(session.HasOfferedWork);
        Assert.Equal(0, session.Model.Epoch);
        Assert.Null(Host.SavedWork);
    }

    private static long Epoch(string json)
    {
        using var work = JsonDocument.Parse(json);
        return work.RootElement.GetProperty("epoch").GetInt64();
    }

    private static string SavedHash(string json)
    {
        using var work = JsonDocument.Parse(json);
        return work.RootElement.GetProperty("hash").GetString()!;
    }
}
