using System.Globalization;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.State;

/// <content><c>networkShape</c> and our <c>weightSkip</c>: the keys with corrections beyond the original's.</content>
internal static partial class UrlProperties
{
    /// <summary>The most hidden layers a URL may ask for.</summary>
    public const int MaxLayers = 12;

    /// <summary>The most neurons a hidden layer from a URL may have.</summary>
    public const int MaxNeurons = 32;

    /// <summary>The largest <c>weightSkip</c> accepted: skipping it takes about 0.2 s, so a link cannot stall the page.</summary>
    public const long MaxWeightSkip = 10_000_000;

    // Parsed whenever the key has a value, even an empty one ([] = no hidden layers); the original
    // crashes on a bare key and builds ceil(n) neurons for a fractional n, so both are corrected.
    private static UrlProperty NetworkShape() => new(
        "networkShape",
        (state, value, warnings) =>
        {
            if (value is null)
            {
                warnings.Add($"networkShape: no value, using {FormatShape(state.NetworkShape)}");
                return state;
            }

            return state with { NetworkShape = ParseShape(value, warnings) };
        },
        s => FormatShape(s.NetworkShape));

    private static UrlProperty WeightSkip() => new(
        "weightSkip",
        (state, value, warnings) =>
        {
            if (!IsPresent(value))
            {
                return state;
            }

            var n = JsNumber.Parse(value);
            if (n >= 0 && n <= MaxWeightSkip && Math.Floor(n) == n)
            {
                return state with { WeightSkip = (long)n };
            }

            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"weightSkip: {UrlText.Quote(value)} is not a whole number from 0 to {MaxWeightSkip}, using 0"));
            return state with { WeightSkip = 0 };
        },
        s => s.WeightSkip > 0 ? s.WeightSkip.ToString(CultureInfo.InvariantCulture) : null);

    private static string FormatShape(EquatableArray<int> shape) =>
        string.Join(',', shape.Select(n => n.ToString(CultureInfo.InvariantCulture)));

    private static EquatableArray<int> ParseShape(string value, ICollection<string> warnings)
    {
        if (!IsPresent(value))
        {
            return [];
        }

        var parts = value.Split(',');
        if (parts.Length > MaxLayers)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"networkShape: {parts.Length} layers, keeping the first {MaxLayers}"));
        }

        var sizes = new int[Math.Min(parts.Length, MaxLayers)];
        for (var i = 0; i < sizes.Length; i++)
        {
            sizes[i] = ParseLayerSize(parts[i], i + 1, warnings);
        }

        return [.. sizes];
    }

    private static int ParseLayerSize(string part, int layer, ICollection<string> warnings)
    {
        var size = JsNumber.Parse(part);
        if (!(size > 0))
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"networkShape: layer {layer} size {UrlText.Quote(part)} is not a positive number, using 1"));
            return 1;
        }

        var neurons = Math.Ceiling(size);
        if (neurons > MaxNeurons)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"networkShape: layer {layer} size {UrlText.Quote(part)} is above {MaxNeurons}, using {MaxNeurons}"));
            return MaxNeurons;
        }

        if (neurons != size)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"networkShape: layer {layer} size {UrlText.Quote(part)} is fractional, rounded up to {(int)neurons}"));
        }

        return (int)neurons;
    }
}
