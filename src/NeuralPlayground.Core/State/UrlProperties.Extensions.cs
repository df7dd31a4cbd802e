using System.Globalization;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Nn;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.State;

/// <content>
/// Our keys beyond the original (issue 4). Each is written only when it differs from its default
/// (the multi-class keys also whenever the problem is multi-class), so a state without them
/// serializes exactly as before. A value out of range is clamped, or ignored, with a warning.
/// </content>
internal static partial class UrlProperties
{
    // Called while All is initialized, so its tables are locals, not fields of another part.
    private static UrlProperty[] Extensions()
    {
        (string Name, OptimizerKind Value)[] optimizers =
            [("sgd", OptimizerKind.Sgd), ("momentum", OptimizerKind.Momentum), ("adam", OptimizerKind.Adam)];
        (string Name, MulticlassDatasetKind Value)[] mcDatasets =
            [.. System.Enum.GetValues<MulticlassDatasetKind>().Select(k => (MulticlassDatasets.Name(k), k))];
        return
        [
            Enum("optimizer", optimizers, optimizers, s => s.Optimizer, (s, v) => s with { Optimizer = v }, OptimizerKind.Sgd),
            Ranged("momentum", 0, PlaygroundState.MaxMomentum, false, s => s.Momentum, (s, v) => s with { Momentum = v }, s => s.Momentum == PlaygroundState.DefaultMomentum),
            Ranged("dropout", 0, PlaygroundState.MaxDropout, false, s => s.Dropout, (s, v) => s with { Dropout = v }, s => s.Dropout == 0),
            Ranged("classes", MulticlassDatasets.MinClasses, MulticlassDatasets.MaxClasses, true, s => s.Classes, (s, v) => s with { Classes = (int)v }, s => s.Problem != ProblemKind.Multiclass && s.Classes == 3),
            WithOmission(
                Enum("mcDataset", mcDatasets, mcDatasets, s => s.McDataset, (s, v) => s with { McDataset = v }),
                s => s.Problem != ProblemKind.Multiclass && s.McDataset == MulticlassDatasetKind.Blobs),
            Optional("maxEpochs", 1, 1e15, true, s => s.MaxEpochs, (s, v) => s with { MaxEpochs = v is null ? null : (long)v }),
            Optional("stopAtLoss", 0, double.MaxValue, false, s => s.StopAtLoss, (s, v) => s with { StopAtLoss = v }),
            Ranged("epochsPerFrame", 1, PlaygroundState.MaxEpochsPerFrame, true, s => s.EpochsPerFrame, (s, v) => s with { EpochsPerFrame = (int)v }, s => s.EpochsPerFrame == 1),
            CustomDataProperty(),
        ];
    }

    private static UrlProperty WithOmission(UrlProperty property, Func<PlaygroundState, bool> omit) =>
        property with { Write = s => omit(s) ? null : property.Write(s) };

    // A number clamped into [min, max] (rounded when whole), written unless isDefault.
    private static UrlProperty Ranged(
        string name, double min, double max, bool whole, Func<PlaygroundState, double> get, Func<PlaygroundState, double, PlaygroundState> set, Func<PlaygroundState, bool> isDefault)
    {
        return new(name, Read, s => isDefault(s) ? null : JsNumber.ToString(get(s)));

        PlaygroundState Read(PlaygroundState state, string? value, ICollection<string> warnings)
        {
            if (!IsPresent(value))
            {
                return state;
            }

            var number = JsNumber.Parse(value);
            if (double.IsNaN(number))
            {
                warnings.Add($"{name}: {UrlText.Quote(value)} is not a number, using {JsNumber.ToString(get(state))}");
                return state;
            }

            var fixedNumber = Clamp(number, min, max, whole);
            if (fixedNumber != number)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {UrlText.Quote(value)} is outside {JsNumber.ToString(min)}–{JsNumber.ToString(max)}{(whole ? " or not whole" : string.Empty)}, using {JsNumber.ToString(fixedNumber)}"));
            }

            return set(state, fixedNumber);
        }
    }

    // A number that may be absent (null); an unusable value leaves it absent, with a warning.
    private static UrlProperty Optional(
        string name, double min, double max, bool whole, Func<PlaygroundState, double?> get, Func<PlaygroundState, double?, PlaygroundState> set)
    {
        return new(name, Read, s => get(s) is { } v ? JsNumber.ToString(v) : null);

        PlaygroundState Read(PlaygroundState state, string? value, ICollection<string> warnings)
        {
            if (!IsPresent(value))
            {
                return state;
            }

            var number = JsNumber.Parse(value);
            if (number >= min && number <= max && (!whole || Math.Floor(number) == number))
            {
                return set(state, number);
            }

            warnings.Add($"{name}: {UrlText.Quote(value)} is not {(whole ? "a whole number" : "a number")} from {JsNumber.ToString(min)}{(max < 1e300 ? " to " + JsNumber.ToString(max) : " up")}, ignored");
            return set(state, null);
        }
    }

    private static double Clamp(double value, double min, double max, bool whole)
    {
        var rounded = whole ? Math.Round(value, MidpointRounding.AwayFromZero) : value;
        return Math.Min(max, Math.Max(min, rounded));
    }
}
