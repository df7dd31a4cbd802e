using System.Text.Json;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Sessions;

namespace NeuralPlayground.Cli.Reporting;

/// <summary>
/// One <c>playground trace</c> result: a page load of one URL, then N epochs, ending early when
/// the URL's <c>maxEpochs</c> or <c>stopAtLoss</c> is reached. Training goes on after a divergence
/// (the losses then show NaN, as the original's do); <c>divergedAtEpoch</c> marks where it began.
/// </summary>
internal static class TraceReport
{
    /// <summary>
    /// Loads <paramref name="input"/> (with <paramref name="data"/>, a file's points, as the Custom
    /// dataset when given), trains <paramref name="epochs"/> epochs and returns the JSON line.
    /// </summary>
    public static string Run(string input, int epochs, Func<string> newSeed, CustomDataParseResult? data = null)
    {
        var seeded = true;
        var seed = () =>
        {
            seeded = false;
            return newSeed();
        };
        var session = data is null ? Session.Load(input, seed) : Session.Load(input, seed, data);
        var warnings = session.Warnings.ToList();
        if (!seeded)
        {
            warnings.Add($"seed: none in the URL, using {session.State.Seed} (not reproducible)");
        }

        var network = session.Network;
        var initialWeights = network.Weights.ToArray();
        var initialBiases = network.Biases.ToArray();
        var lossTrain = new List<double?> { session.LossTrain };
        var lossTest = new List<double?> { session.LossTest };
        var accTrain = new List<double?> { session.TrainMetrics.Accuracy };
        var accTest = new List<double?> { session.TestMetrics.Accuracy };
        var classifies = session.State.Problem != ProblemKind.Regression;
        for (var e = 0; e < epochs && session.StoppedAtEpoch is null; e++)
        {
            session.Step();
            lossTrain.Add(session.LossTrain);
            lossTest.Add(session.LossTest);
            accTrain.Add(session.TrainMetrics.Accuracy);
            accTest.Add(session.TestMetrics.Accuracy);
        }

        return Json.ToLine(w =>
        {
            w.WriteStartObject();
            w.WriteString("input", input);
            w.WritePropertyName("state");
            StateJson.Write(w, session.State);
            Json.Strings(w, "warnings", warnings);
            w.WriteNumber("numTrain", session.Data.Train.Length);
            w.WriteNumber("numTest", session.Data.Test.Length);
            Json.Strings(w, "nodeIds", network.NodeIds());
            Json.Strings(w, "linkIds", network.LinkIds());
            Json.Numbers(w, "initialWeights", initialWeights.Select(v => (double?)v));
            Json.Numbers(w, "initialBiases", initialBiases.Select(v => (double?)v));
            Json.Numbers(w, "lossTrain", lossTrain);
            Json.Numbers(w, "lossTest", lossTest);
            Json.Numbers(w, "finalWeights", network.Weights.Select(v => (double?)v));
            Json.Numbers(w, "finalBiases", network.Biases.Select(v => (double?)v));
            w.WritePropertyName("deadLinks");
            w.WriteStartArray();
            foreach (var dead in network.IsDead)
            {
                w.WriteBooleanValue(dead);
            }

            w.WriteEndArray();
            if (classifies)
            {
                Json.Numbers(w, "accTrain", accTrain);
                Json.Numbers(w, "accTest", accTest);
            }
            else
            {
                w.WriteNull("accTrain");
                w.WriteNull("accTest");
            }

            Epoch(w, "divergedAtEpoch", session.DivergedAtEpoch);
            Epoch(w, "stoppedAtEpoch", session.StoppedAtEpoch);
            w.WriteEndObject();
        });
    }

    private static void Epoch(Utf8JsonWriter writer, string name, long? epoch)
    {
        if (epoch is { } value)
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
