using System.Text.Json;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Features;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.State;

namespace NeuralPlayground.Cli.Reporting;

/// <summary>Writes a resolved state under the original's key names (as in the golden files).</summary>
internal static class StateJson
{
    /// <summary>
    /// Writes the state object, then <c>enabledInputs</c>, <c>hidden</c> (the names hidden by
    /// <c>_hide=true</c>) and, only with the Custom dataset, <c>customPoints</c> (how many).
    /// </summary>
    public static void Write(Utf8JsonWriter writer, PlaygroundState state)
    {
        writer.WriteStartObject();
        writer.WriteString("activation", Activations.Name(state.Activation));
        writer.WriteString("regularization", state.Regularization switch
        {
            RegularizationKind.L1 => "L1",
            RegularizationKind.L2 => "L2",
            _ => "none",
        });
        Number(writer, "batchSize", state.BatchSize);
        writer.WriteString("dataset", DatasetName(state.Dataset));
        writer.WriteString("regDataset", DatasetName(state.RegDataset));
        Number(writer, "learningRate", state.LearningRate);
        Number(writer, "regularizationRate", state.RegularizationRate);
        Number(writer, "noise", state.Noise);
        Json.Numbers(writer, "networkShape", state.NetworkShape.Select(n => (double?)n));
        writer.WriteString("seed", state.Seed);
        writer.WriteBoolean("showTestData", state.ShowTestData);
        writer.WriteBoolean("discretize", state.Discretize);
        Number(writer, "percTrainData", state.PercTrainData);
        foreach (var feature in InputFeatures.All)
        {
            writer.WriteBoolean(feature.Key, feature.IsEnabled(state));
        }

        writer.WriteBoolean("cosX", state.CosX);
        writer.WriteBoolean("cosY", state.CosY);
        writer.WriteBoolean("collectStats", state.CollectStats);
        writer.WriteString("tutorial", state.Tutorial);
        writer.WriteString("problem", state.Problem switch
        {
            ProblemKind.Regression => "regression",
            ProblemKind.Multiclass => "multiclass",
            _ => "classification",
        });
        writer.WriteBoolean("initZero", state.InitZero);
        writer.WriteBoolean("hideText", state.HideText);
        writer.WriteNumber("weightSkip", state.WeightSkip);
        writer.WriteString("optimizer", state.Optimizer.ToString().ToLowerInvariant());
        Number(writer, "momentum", state.Momentum);
        Number(writer, "dropout", state.Dropout);
        writer.WriteNumber("classes", state.Classes);
        writer.WriteString("mcDataset", MulticlassDatasets.Name(state.McDataset));
        writer.WritePropertyName("maxEpochs");
        Json.Number(writer, state.MaxEpochs);
        writer.WritePropertyName("stopAtLoss");
        Json.Number(writer, state.StopAtLoss);
        writer.WriteNumber("epochsPerFrame", state.EpochsPerFrame);
        Json.Strings(writer, "enabledInputs", InputFeatures.Enabled(state).Select(f => f.Key));
        Json.Strings(writer, "hidden", state.Hides.Where(h => h.Hidden).Select(h => h.Name));
        if (state.CustomData is { } points)
        {
            writer.WriteNumber("customPoints", points.Count);
        }
        writer.WriteEndObject();
    }

    /// <summary>The URL name of a dataset (<c>reg-plane</c>, …).</summary>
    public static string DatasetName(DatasetKind kind) => kind switch
    {
        DatasetKind.Circle => "circle",
        DatasetKind.Xor => "xor",
        DatasetKind.Gauss => "gauss",
        DatasetKind.Spiral => "spiral",
        DatasetKind.RegPlane => "reg-plane",
        _ => "reg-gauss",
    };

    private static void Number(Utf8JsonWriter writer, string name, double value)
    {
        writer.WritePropertyName(name);
        Json.Number(writer, value);
    }
}
