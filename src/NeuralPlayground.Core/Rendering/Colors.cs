using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NeuralPlayground.Core.Rendering;

/// <summary>
/// The original's colours (spec §11.2): the continuous, clamped <c>colorScale</c> for links, biases
/// and dataset thumbnails, and the 31-shade heatmap palette for heatmap pixels and data points.
/// Both run orange <c>#f59322</c> (−1) → grey <c>#e8eaeb</c> (0) → blue <c>#0877bd</c> (+1) and
/// round each channel the way d3 v3's <c>interpolateRgb</c> does (JavaScript <c>Math.round</c>).
/// </summary>
public static class Colors
{
    /// <summary>Shades in the heatmap palette.</summary>
    public const int ShadeCount = 31;

    /// <summary>Alpha (of 255) of every heatmap pixel.</summary>
    public const byte HeatmapAlpha = 160;

    /// <summary>
    /// What <see cref="Scale"/> returns for NaN. The original writes the invalid string
    /// <c>#NaNNaNNaN</c>, which the browser ignores; we return black instead, so the page always
    /// gets a valid colour (a diverged weight shows as a black link).
    /// </summary>
    public const string NaNColor = "#000000";

    private static readonly Rgb Orange = new(245, 147, 34);
    private static readonly Rgb Grey = new(232, 234, 235);
    private static readonly Rgb Blue = new(8, 119, 189);

    private static readonly Rgb[] Shades = BuildShades();
    private static readonly string[] ShadeHex = [.. Shades.Select(c => c.ToHex())];

    // Shades as RGBA bytes (alpha 160) viewed as one uint each, plus black for NaN at index 31,
    // so a heatmap pixel is one indexed 4-byte copy whatever the machine's byte order.
    private static readonly uint[] PackedShades = PackShades();

    /// <summary>The 31 palette shades as <c>#rrggbb</c>, orange (index 0) to blue (index 30).</summary>
    public static IReadOnlyList<string> Palette => ShadeHex;

    /// <summary>
    /// The original's <c>colorScale</c>: d3 linear, domain [−1, 0, 1], clamped. For v &lt; 0,
    /// t = clamp01(v + 1) between orange and grey; otherwise t = clamp01(v) between grey and blue;
    /// each channel is round(c0 + (c1 − c0)·t), halves up. NaN gives <see cref="NaNColor"/>.
    /// </summary>
    /// <param name="value">A weight, bias or label; values beyond ±1 saturate.</param>
    /// <returns><c>#rrggbb</c>, lower-case.</returns>
    public static string Scale(double value)
    {
        if (double.IsNaN(value))
        {
            return NaNColor;
        }

        return value < 0
            ? Interpolate(Orange, Grey, Clamp01(value + 1)).ToHex()
            : Interpolate(Grey, Blue, Clamp01(value)).ToHex();
    }

    /// <summary>As <see cref="Scale"/>, packed as 0xRRGGBB (0, black, for NaN), without building a string.</summary>
    public static int ScaleRgb(double value)
    {
        if (double.IsNaN(value))
        {
            return 0;
        }

        var c = value < 0 ? Interpolate(Orange, Grey, Clamp01(value + 1)) : Interpolate(Grey, Blue, Clamp01(value));
        return (c.R << 16) | (c.G << 8) | c.B;
    }

    /// <summary>
    /// The palette shade of a value, d3 quantize over [−1, 1]: max(0, min(30, ⌊15.5·(v + 1)⌋)).
    /// −1 gives 0 (orange), 0 gives 15 (grey), +1 gives 30 (blue); NaN gives −1 (no shade).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ShadeIndex(double value)
    {
        if (double.IsNaN(value))
        {
            return -1;
        }

        var x = Math.Floor(15.5 * (value + 1));
        return x <= 0 ? 0 : x >= ShadeCount - 1 ? ShadeCount - 1 : (int)x;
    }

    /// <summary>
    /// The palette colour of a value as <c>#rrggbb</c> (data-point fill); NaN gives
    /// <c>#000000</c>, the black the original's canvas shows for it.
    /// </summary>
    public static string Shade(double value)
    {
        var index = ShadeIndex(value);
        return index < 0 ? NaNColor : ShadeHex[index];
    }

    /// <summary>The heatmaps' Discretize rule: +1 if v ≥ 0, else −1 (so NaN becomes −1).</summary>
    public static double Discretize(double value) => value >= 0 ? 1 : -1;

    /// <summary>All packed shades; element 31 is black for NaN.</summary>
    internal static ReadOnlySpan<uint> PackedTable => PackedShades;

    // d3 v3 tmpScale (domain [0, .5, 1], clamped) sampled at d3.range(0, 1 + 1e-9, 1/30).
    private static Rgb[] BuildShades() =>
        [.. D3Range(0, 1 + 1e-9, 1.0 / (ShadeCount - 1)).Select(a => a < 0.5
            ? Interpolate(Orange, Grey, Clamp01(a / 0.5))
            : Interpolate(Grey, Blue, Clamp01((a - 0.5) / 0.5)))];

    private static uint[] PackShades()
    {
        var bytes = new byte[(ShadeCount + 1) * 4];
        for (var k = 0; k <= ShadeCount; k++)
        {
            var c = k < ShadeCount ? Shades[k] : new Rgb(0, 0, 0);
            bytes[(4 * k) + 0] = (byte)c.R;
            bytes[(4 * k) + 1] = (byte)c.G;
            bytes[(4 * k) + 2] = (byte)c.B;
            bytes[(4 * k) + 3] = HeatmapAlpha;
        }

        return MemoryMarshal.Cast<byte, uint>(bytes).ToArray();
    }

    // d3 v3's range: scale to integers by a power of ten, step, and scale back, in doubles.
    private static List<double> D3Range(double start, double stop, double step)
    {
        var k = 1.0;
        while (step * k % 1 != 0)
        {
            k *= 10;
        }

        var range = new List<double>();
        (start, stop, step) = (start * k, stop * k, step * k);
        for (var i = 0; start + (step * i) < stop; i++)
        {
            range.Add((start + (step * i)) / k);
        }

        return range;
    }

    private static Rgb Interpolate(Rgb a, Rgb b, double t) =>
        new(JsRound(a.R + ((b.R - a.R) * t)), JsRound(a.G + ((b.G - a.G) * t)), JsRound(a.B + ((b.B - a.B) * t)));

    // d3 v3 clamps with Math.max(0, Math.min(1, t)).
    private static double Clamp01(double t) => Math.Max(0, Math.Min(1, t));

    // JavaScript Math.round: the nearest integer, halves towards +∞ (never banker's rounding).
    private static int JsRound(double x)
    {
        var floor = Math.Floor(x);
        return (int)(x - floor >= 0.5 ? floor + 1 : floor);
    }

    private readonly record struct Rgb(int R, int G, int B)
    {
        public string ToHex() => string.Create(7, this, static (span, c) =>
        {
            span[0] = '#';
            WriteHex(span[1..], c.R);
            WriteHex(span[3..], c.G);
            WriteHex(span[5..], c.B);
        });

        private static void WriteHex(Span<char> span, int channel)
        {
            const string Digits = "0123456789abcdef";
            span[0] = Digits[channel >> 4];
            span[1] = Digits[channel & 15];
        }
    }
}
