using System.Globalization;
using Microsoft.AspNetCore.Components;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.State;
using CoreSession = NeuralPlayground.Core.Sessions.Session;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// The DATA column (spec §1, §5.8, §10): the thumbnails of the current problem type's datasets
/// (for multi-class, ours: <see cref="MulticlassThumbnail"/>s and a Classes slider, 3–6), the
/// ratio, noise and batch-size sliders, which act on every <c>input</c> event like the original's,
/// and the Regenerate button; the Custom thumbnail (issue 5) holds the user's own points, and a
/// file dropped on the column is imported. Each part is left out when its <c>_hide</c> flag is set.
/// </summary>
public sealed partial class DataPanel
{
    /// <summary>The noise slider's usual maximum, in percent.</summary>
    public const double NoiseSliderMax = 50;

    /// <summary>The highest noise a link may raise the slider's maximum to (spec §3.5).</summary>
    public const double NoiseSliderLimit = 80;

    private EquatableArray<Example2D>? _customData;
    private Example2D[] _customPoints = [];
    private CoreSession? _noiseModel;
    private double _noiseMax = NoiseSliderMax;

    private PlaygroundState State => Playground.Model.State;

    // The thumbnails in the original's order: circle, xor, gauss, spiral; reg-plane, reg-gauss.
    private IEnumerable<KeyValuePair<DatasetKind, Example2D[]>> Thumbnails =>
        Playground.Model.Thumbnails.OrderBy(t => t.Key);

    private bool IsMulticlass => State.Problem == ProblemKind.Multiclass;

    // The Custom thumbnail's points: a new array only when they change, so its canvas repaints only then.
    private Example2D[] CustomPoints
    {
        get
        {
            if (!Nullable.Equals(State.CustomData, _customData))
            {
                _customData = State.CustomData;
                _customPoints = State.CustomData is { } points ? [.. points] : [];
            }

            return _customPoints;
        }
    }

    // Multi-class (ours): blobs, spiral, rings, drawn for the current number of classes.
    private IEnumerable<KeyValuePair<MulticlassDatasetKind, Example2D[]>> MulticlassThumbnails =>
        Playground.Model.MulticlassThumbnails.OrderBy(t => t.Key);

    // A link's noise between 50 and 80 raises the slider's maximum for as long as that page load
    // (one Core session) lasts, so dragging below 50 does not shrink the slider under the thumb.
    private double NoiseMax
    {
        get
        {
            if (!ReferenceEquals(_noiseModel, Playground.Model))
            {
                _noiseModel = Playground.Model;
                var noise = State.Noise;
                _noiseMax = noise > NoiseSliderMax && noise <= NoiseSliderLimit ? noise : NoiseSliderMax;
            }

            return _noiseMax;
        }
    }

    private static string Number(double value) => JsNumber.ToString(value);

    // How much of a slider's track is filled, as the CSS variable --fill (0% to 100%): where the
    // browser puts the thumb, at the value snapped to the slider's steps and range.
    private static string Fill(double value, double min, double max, double step)
    {
        var snapped = double.IsFinite(value) ? min + (Math.Round((value - min) / step) * step) : min;
        var share = Math.Clamp((snapped - min) / (max - min), 0, 1);
        return "--fill:" + (100 * share).ToString("0.##", CultureInfo.InvariantCulture) + "%";
    }

    private void OnPercTrainData(ChangeEventArgs e)
    {
        if (ChangeEvents.Number(e) is { } percent)
        {
            Playground.SetPercTrainData(percent);
        }
    }

    private void OnNoise(ChangeEventArgs e)
    {
        if (ChangeEvents.Number(e) is { } noise)
        {
            Playground.SetNoise(noise);
        }
    }

    private void OnClasses(ChangeEventArgs e)
    {
        if (ChangeEvents.Number(e) is { } classes)
        {
            Playground.SetClasses((int)Math.Clamp(classes, MulticlassDatasets.MinClasses, MulticlassDatasets.MaxClasses));
        }
    }

    private void OnBatchSize(ChangeEventArgs e)
    {
        if (ChangeEvents.Number(e) is { } batchSize)
        {
            Playground.SetBatchSize(batchSize);
        }
    }
}
