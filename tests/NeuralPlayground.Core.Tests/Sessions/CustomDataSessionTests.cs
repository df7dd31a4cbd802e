using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Randomness;
using NeuralPlayground.Core.Sessions;

namespace NeuralPlayground.Core.Tests.Sessions;

/// <summary>The Custom dataset through the session: painting, the split, the URL, imports.</summary>
public sealed class CustomDataSessionTests
{
    private static Session Load(string hash) => Session.Load(hash, () => throw new InvalidOperationException("seeded"));

    private static Example2D[] Stroke(int count, double label) =>
        [.. Enumerable.Range(0, count).Select(i => new Example2D((i * 0.37) - 5, 4 - (i * 0.29), label))];

    [Fact]
    public void PaintedPoints_ComeBackExactly_FromTheSerializedUrl()
    {
        var session = Load("seed=0.5");
        session.AddPoints(Stroke(30, 1));
        session.AddPoints(Stroke(25, -1).Select(p => p with { X = p.X + 0.0011 }));

        var reloaded = Load(session.Serialize());

        Assert.Equal(session.State, reloaded.State);
        Assert.Equal(55, reloaded.State.CustomData!.Value.Count);
        Assert.Equal(session.Data.Train, reloaded.Data.Train);
        Assert.Equal(session.Data.Test, reloaded.Data.Test);
        Assert.Equal(session.Network.Weights.ToArray(), reloaded.Network.Weights.ToArray());
    }

    [Theory]
    [InlineData(50, 27)]
    [InlineData(70, 37)]
    [InlineData(10, 5)]
    public void Split_FollowsPercTrainData_WithTheSeedsOwnStream(int percent, int numTrain)
    {
        var session = Load($"seed=0.25&percTrainData={percent}");
        session.AddPoints(Stroke(54, 1));
        Example2D[] expected = [.. session.State.CustomData!.Value];

        var split = DataSplit.FromPoints(expected, percent, new SeededRandom(session.State.Seed + Session.CustomDataStreamSuffix));

        Assert.Equal(numTrain, session.Data.Train.Length);
        Assert.Equal(split.Train, session.Data.Train);
        Assert.Equal(split.Test, session.Data.Test);
    }

    [Fact]
    public void Painting_KeepsTheNetworkEpochAndSeed_AndRecomputesTheLosses()
    {
        var session = Load("seed=0.75");
        session.AddPoints(Stroke(40, 1));
        for (var i = 0; i < 5; i++)
        {
            session.Step();
        }

        var weights = session.Network.Weights.ToArray();
        var seed = session.State.Seed;
        var lossBefore = session.LossTrain;

        session.AddPoints(Stroke(40, -1).Select(p => p with { Y = -p.Y }));

        Assert.Equal(5, session.Epoch);
        Assert.Equal(seed, session.State.Seed);
        Assert.Equal(weights, session.Network.Weights.ToArray());
        Assert.Equal(80, session.Data.Train.Length + session.Data.Test.Length);
        Assert.NotEqual(lossBefore, session.LossTrain);
    }

    [Fact]
    public void SelectCustomDataset_StartsEmpty_WithANewSeedAndNoLosses()
    {
        var session = Load("seed=0.5");

        session.SelectCustomDataset();

        Assert.Empty(session.State.CustomData!.Value);
        Assert.NotEqual("0.5", session.State.Seed);
        Assert.Empty(session.Data.Train);
        Assert.Null(session.LossTrain);
        Assert.Contains("data=AQA", session.Serialize(), StringComparison.Ordinal);
    }

    [Fact]
    public void SelectCustomDataset_CopiesTheGeneratedPoints_WhenAsked_AndLeavesMoreThan500OutOfTheUrl()
    {
        var session = Load("seed=0.5&problem=regression&regDataset=reg-gauss");
        Example2D[] generated = [.. session.Data.Train, .. session.Data.Test];

        session.SelectCustomDataset(fromCurrentData: true);

        Assert.Equal(1200, session.State.CustomData!.Value.Count);
        Assert.Equal(generated.Select(p => p.X > 0), session.State.CustomData!.Value.Select(p => p.X > 0));
        Assert.DoesNotContain("&data=", session.Serialize(), StringComparison.Ordinal);
    }

    [Fact]
    public void ErasePoints_RemovesThoseWithinTheRadius()
    {
        var session = Load("seed=0.5");
        session.AddPoints([new(0, 0, 1), new(1, 0, 1), new(3, 3, -1)]);

        var removed = session.ErasePoints(0.5, 0, 0.5);

        Assert.Equal(2, removed);
        Assert.Equal([new Example2D(3, 3, -1)], session.State.CustomData!.Value);
        Assert.Equal(0, session.ErasePoints(-5, -5, 1));
    }

    [Fact]
    public void ClearPoints_EmptiesTheSet_AndKeepsCustomChosen()
    {
        var session = Load("seed=0.5");
        session.AddPoints(Stroke(10, 1));

        session.ClearPoints();

        Assert.True(session.State.UsesCustomData);
        Assert.Empty(session.State.CustomData!.Value);
    }

    [Fact]
    public void SelectDataset_LeavesCustom_EvenForTheSameGeneratedKind()
    {
        var session = Load("seed=0.5");
        session.AddPoints(Stroke(10, 1));

        session.SelectDataset(DatasetKind.Circle);

        Assert.False(session.State.UsesCustomData);
        Assert.Equal(500, session.Data.Train.Length + session.Data.Test.Length);
    }

    [Fact]
    public void ImportPoints_SwitchesTheProblemType_AndStartsAFreshNetwork()
    {
        var session = Load("seed=0.5");
        session.Step();
        var file = CustomDataParser.Parse("x,y,label\n-6,0,0\n6,0,2\n0,6,1\n0,-6,3\n", "four.csv");

        var imported = session.ImportPoints(file);

        Assert.True(imported);
        Assert.Equal(ProblemKind.Multiclass, session.State.Problem);
        Assert.Equal(4, session.State.Classes);
        Assert.Equal(4, session.Network.OutputCount);
        Assert.Equal(0, session.Epoch);
        Assert.Equal(file.Points, session.State.CustomData!.Value);
        Assert.NotEmpty(session.MulticlassThumbnails);
    }

    [Fact]
    public void ImportPoints_ChangesNothing_ForAFileWithErrors()
    {
        var session = Load("seed=0.5");
        var before = session.State;

        var imported = session.ImportPoints(CustomDataParser.Parse("1,2,oops\n", null));

        Assert.False(imported);
        Assert.Same(before, session.State);
    }

    [Fact]
    public void SetProblem_DropsTheCustomPoints()
    {
        var session = Load("seed=0.5");
        session.AddPoints(Stroke(10, 1));

        session.SetProblem(ProblemKind.Regression);

        Assert.False(session.State.UsesCustomData);
        Assert.Equal(1200, session.Data.Train.Length + session.Data.Test.Length);
    }

    [Fact]
    public void MulticlassPoints_AboveTheClassCount_SitOutOfTraining()
    {
        var session = Load("seed=0.5&problem=multiclass&classes=5");
        session.AddPoints([new(0, 0, 4), new(1, 1, 0), new(2, 2, 1)]);

        session.SetClasses(3);

        Assert.Equal(3, session.State.CustomData!.Value.Count);
        Assert.Equal(2, session.Data.Train.Length + session.Data.Test.Length);
    }

    [Fact]
    public void Load_WithAFile_UsesTheUrlsSeedAndSettings()
    {
        var file = CustomDataParser.Parse("[[0,0,0.5],[3,3,-0.5],[-6,6,1]]", "r.json");

        var session = Session.Load("#seed=0.1&learningRate=0.3", () => "unused", file);

        Assert.Equal("0.1", session.State.Seed);
        Assert.Equal(0.3, session.State.LearningRate);
        Assert.Equal(ProblemKind.Regression, session.State.Problem);
        Assert.Equal(3, session.Data.Train.Length + session.Data.Test.Length);
    }

    [Fact]
    public void Load_WithoutCustomData_IsUnchanged()
    {
        var session = Load("seed=0.5");

        Assert.False(session.State.UsesCustomData);
        Assert.DoesNotContain("data=", session.Serialize(), StringComparison.Ordinal);
    }
}
