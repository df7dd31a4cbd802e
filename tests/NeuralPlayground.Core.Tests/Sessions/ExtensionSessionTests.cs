using System.Text.Json;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Sessions;
using NeuralPlayground.Core.Tests.Support;

namespace NeuralPlayground.Core.Tests.Sessions;

/// <summary>Issue 4 behaviour through the session: optimizers, dropout, multi-class, stop conditions, divergence.</summary>
public sealed class ExtensionSessionTests
{
    private static Session Load(string hash) => Session.Load(hash, () => throw new InvalidOperationException("seeded"));

    [Fact]
    public void Adam_ReachesALowerTestLossThanSgd_OnTheSpiralIn300Epochs()
    {
        const string Hash = "dataset=spiral&networkShape=8,8&learningRate=0.03&seed=0.31416";
        var sgd = Load(Hash);
        var adam = Load(Hash + "&optimizer=adam");

        for (var epoch = 0; epoch < 300; epoch++)
        {
            sgd.Step();
            adam.Step();
        }

        Assert.True(adam.LossTest < sgd.LossTest, $"adam {adam.LossTest} vs sgd {sgd.LossTest}");
    }

    [Fact]
    public void Momentum_TrainsAndDiffersFromSgd()
    {
        var sgd = Load("dataset=xor&seed=0.5");
        var momentum = Load("dataset=xor&seed=0.5&optimizer=momentum&momentum=0.8");

        sgd.Step();
        momentum.Step();

        Assert.Equal(OptimizerKind.Momentum, momentum.Network.Optimizer);
        Assert.Equal(0.8, momentum.Network.Momentum);
        Assert.NotEqual(sgd.Network.Weights, momentum.Network.Weights);
    }

    [Theory]
    [InlineData(MulticlassDatasetKind.Blobs, 3)]
    public void Multiclass_ReachesTestAccuracy90_Within200Epochs(MulticlassDatasetKind dataset, int classes)
    {
        var session = Load($"problem=multiclass&classes={classes}&mcDataset={MulticlassDatasets.Name(dataset)}&noise=10&seed=0.27182");
        var best = 0.0;

        for (var epoch = 0; epoch < 200 && best < 0.9; epoch++)
        {
            session.Step();
            best = Math.Max(best, session.TestMetrics.Accuracy ?? 0);
        }

        Assert.True(best >= 0.9, $"best test accuracy {best}");
        Assert.Equal(classes, session.Network.OutputCount);
        Assert.Equal(classes * classes, session.TestMetrics.Confusion.Length);
        Assert.Equal(session.TestMetrics.Count, session.TestMetrics.Confusion.Sum());
    }

    [Fact]
    public void Multiclass_LoadsItsDataThumbnailsAndSoftmaxNetwork()
    {
        var session = Load("problem=multiclass&classes=5&mcDataset=rings&seed=0.1");

        Assert.Equal(600, session.Data.Train.Length + session.Data.Test.Length);
        Assert.Equal(5, session.Data.Train.Select(p => p.Label).Distinct().Count());
        Assert.True(session.Network.IsSoftmax);
        Assert.Equal(3, session.MulticlassThumbnails.Count);
        Assert.Empty(session.Thumbnails);
        Assert.True(session.LossTrain > 0);
    }

    [Fact]
    public void SetProblem_Multiclass_AndBack_RebuildsOutputs()
    {
        var session = Load("seed=0.2");

        session.SetProblem(ProblemKind.Multiclass);
        Assert.Equal(3, session.Network.OutputCount);
        session.SetClasses(4);
        Assert.Equal(4, session.Network.OutputCount);
        session.SelectMulticlassDataset(MulticlassDatasetKind.Spiral);
        Assert.Equal(MulticlassDatasetKind.Spiral, session.State.McDataset);
        Assert.Contains("problem=multiclass", session.Serialize(), StringComparison.Ordinal);
        Assert.Contains("classes=4", session.Serialize(), StringComparison.Ordinal);
        Assert.Contains("mcDataset=spiral", session.Serialize(), StringComparison.Ordinal);
        session.SetProblem(ProblemKind.Classification);

        Assert.Equal(1, session.Network.OutputCount);
        Assert.NotNull(session.TestMetrics.Accuracy);
    }

    [Fact]
    public void SameUrlTwice_GivesIdenticalTraces_DropoutAndAdamIncluded()
    {
        const string Hash = "dataset=spiral&networkShape=6,4&activation=relu&dropout=0.3&optimizer=adam&seed=0.4242";
        var a = Load(Hash);
        var b = Load(Hash);

        for (var epoch = 0; epoch < 20; epoch++)
        {
            a.Step();
            b.Step();
            Assert.Equal(a.LossTrain, b.LossTrain);
            Assert.Equal(a.LossTest, b.LossTest);
        }

        Assert.Equal(a.Network.Weights, b.Network.Weights);
    }

    [Fact]
    public void Dropout_ChangesTraining_ButNotTheMainStream()
    {
        var plain = Load("dataset=xor&seed=0.7");
        var dropout = Load("dataset=xor&seed=0.7&dropout=0.5");

        Assert.Equal(plain.Network.Weights, dropout.Network.Weights);
        Assert.Equal(plain.LossTest, dropout.LossTest);
        plain.Step();
        dropout.Step();
        Assert.NotEqual(plain.Network.Weights, dropout.Network.Weights);
        Assert.Equal(plain.DrawsSinceSeeding, dropout.DrawsSinceSeeding);
    }

    [Fact]
    public void MaxEpochs_StopsAtThatEpoch()
    {
        var session = Load("seed=0.3&maxEpochs=5");

        for (var epoch = 0; epoch < 4; epoch++)
        {
            session.Step();
            Assert.False(session.IsStopReached);
        }

        session.Step();

        Assert.True(session.IsStopReached);
        Assert.Equal(5, session.StoppedAtEpoch);
    }

    [Fact]
    public void StopAtLoss_StopsWhenTheTestLossIsReached()
    {
        var session = Load("dataset=gauss&seed=0.3&stopAtLoss=0.05");

        for (var epoch = 0; epoch < 500 && session.StoppedAtEpoch is null; epoch++)
        {
            session.Step();
        }

        Assert.NotNull(session.StoppedAtEpoch);
        Assert.True(session.LossTest <= 0.05);
        session.Reset();
        Assert.Null(session.StoppedAtEpoch);
    }

    public static TheoryData<string> DivergingUrls() => [.. DivergingIds()];

    [Theory]
    [MemberData(nameof(DivergingUrls))]
    public void Divergence_IsCaughtNoLaterThanTheOriginalsFirstNaN(string id)
    {
        var entry = Golden.Entry("urls.json", "urls", id);
        var firstNaN = FirstNaN(entry);
        var session = Load(entry.GetProperty("url").GetString()!);

        for (var epoch = 0; epoch < firstNaN; epoch++)
        {
            session.Step();
        }

        Assert.NotNull(session.DivergedAtEpoch);
        Assert.True(session.DivergedAtEpoch <= firstNaN, $"diverged at {session.DivergedAtEpoch}, original NaN at {firstNaN}");
    }

    [Theory]
    [InlineData("activation=linear&problem=regression&learningRate=3&regDataset=reg-gauss&seed=0.2")]
    [InlineData("activation=linear&problem=regression&regDataset=reg-gauss&learningRate=1&networkShape=8,8,8&seed=0.7")]
    [InlineData("regularization=L2&regularizationRate=10&learningRate=1&seed=0.5")]
    public void Divergence_IsCaughtNoLaterThanTheFirstNonFiniteLoss_ForMoreBlowUps(string hash)
    {
        var session = Load(hash);
        var firstNonFinite = -1;

        for (var epoch = 1; epoch <= 50 && firstNonFinite < 0; epoch++)
        {
            session.Step();
            firstNonFinite = double.IsFinite(session.LossTrain!.Value) ? -1 : epoch;
        }

        Assert.True(firstNonFinite > 0, "the run should blow up within 50 epochs");
        Assert.NotNull(session.DivergedAtEpoch);
        Assert.True(session.DivergedAtEpoch <= firstNonFinite);
    }

    [Fact]
    public void DivergingUrls_IncludeU6AndU10() =>
        Assert.Subset(DivergingIds().ToHashSet(), new HashSet<string> { "U6", "U10" });

    [Fact]
    public void ResetWithLearningRate_RecoversFromDivergence()
    {
        var session = Load(Golden.Entry("urls.json", "urls", "U6").GetProperty("url").GetString()!);
        session.Step();
        Assert.NotNull(session.DivergedAtEpoch);

        session.ResetWithLearningRate(0.1);

        Assert.Null(session.DivergedAtEpoch);
        Assert.Equal(0.1, session.State.LearningRate);
        Assert.True(double.IsFinite(session.LossTrain!.Value));
    }

    [Fact]
    public void Metrics_AreReported_ForClassificationAndRegression()
    {
        var classification = Load("seed=0.3");
        var regression = Load("problem=regression&seed=0.3");
        for (var epoch = 0; epoch < 30; epoch++)
        {
            regression.Step();
        }

        Assert.InRange(classification.TrainMetrics.Accuracy!.Value, 0, 1);
        Assert.Equal(4, classification.TrainMetrics.Confusion.Length);
        Assert.Null(classification.TrainMetrics.RSquared);
        Assert.Null(regression.TestMetrics.Accuracy);
        Assert.InRange(regression.TestMetrics.RSquared!.Value, 0.5, 1);
    }

    // Links from the original's users whose training loss became NaN within the golden epochs.
    private static IEnumerable<string> DivergingIds() =>
        Golden.File("urls.json").GetProperty("urls").EnumerateArray()
            .Where(entry => entry.TryGetProperty("lossTrain", out var losses) && Golden.Doubles(losses).Any(double.IsNaN))
            .Select(entry => entry.GetProperty("id").GetString()!);

    private static int FirstNaN(JsonElement entry)
    {
        var losses = Golden.Doubles(entry.GetProperty("lossTrain"));
        return Array.FindIndex(losses, double.IsNaN);
    }
}
