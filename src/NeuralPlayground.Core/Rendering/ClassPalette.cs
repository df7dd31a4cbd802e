using System.Runtime.CompilerServices;

namespace NeuralPlayground.Core.Rendering;

/// <summary>
/// Class colours for multi-class problems (issue 4): the Okabe–Ito set, chosen to stay apart under
/// protanopia, deuteranopia and tritanopia, ordered so classes 0 and 1 echo the original's blue
/// <c>#0877bd</c> and orange <c>#f59322</c>: blue <c>#0072b2</c>, orange <c>#e69f00</c>, green
/// <c>#009e73</c>, pink <c>#cc79a7</c>, sky <c>#56b4e9</c>, vermillion <c>#d55e00</c>. Heatmap
/// cells blend the likeliest class's colour with the original's neutral grey <c>#e8eaeb</c>.
/// </summary>
public static class ClassPalette
{
    /// <summary>Most classes the palette colours.</summary>
    public const int MaxClasses = 6;

    /// <summary>The neutral grey of a cell with no preferred class, the original's <c>#e8eaeb</c>.</summary>
    public const string NeutralHex = "#e8eaeb";

    private const byte NeutralR = 232;
    private const byte NeutralG = 234;
    private const byte NeutralB = 235;

    private static readonly byte[] Reds = [0, 230, 0, 204, 86, 213];
    private static readonly byte[] Greens = [114, 159, 158, 121, 180, 94];
    private static readonly byte[] Blues = [178, 0, 115, 167, 233, 0];
    private static readonly string[] HexColors = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00"];

    /// <summary>The six class colours as <c>#rrggbb</c>, lower-case; index = class id.</summary>
    public static IReadOnlyList<string> Hex => HexColors;

    /// <summary>The colour of class <paramref name="classIndex"/> (0–5) as red, green and blue bytes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="classIndex"/> is not 0–5.</exception>
    public static (byte R, byte G, byte B) Rgb(int classIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(classIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(classIndex, MaxClasses);
        return (Reds[classIndex], Greens[classIndex], Blues[classIndex]);
    }

    /// <summary>
    /// The heatmap colour of one cell. With c the likeliest of the first k probabilities (the lowest
    /// index on ties) and p its probability, the confidence t = clamp01((p − 1/k) / (1 − 1/k)) runs
    /// from 0 for a uniform guess (p = 1/k) to 1 for certainty (p = 1); each channel is then
    /// round(neutral + (colour(c) − neutral)·t), halves up. A NaN first probability (a diverged
    /// network makes them all NaN) gives black, as <see cref="HeatmapImage"/> does.
    /// </summary>
    /// <param name="probabilities">At least k class probabilities, e.g. a softmax output.</param>
    /// <param name="classes">k, from 2 to 6.</param>
    /// <param name="r">The red byte.</param>
    /// <param name="g">The green byte.</param>
    /// <param name="b">The blue byte.</param>
    public static void Shade(ReadOnlySpan<float> probabilities, int classes, out byte r, out byte g, out byte b)
    {
        CheckClasses(classes);
        ArgumentOutOfRangeException.ThrowIfLessThan(probabilities.Length, classes, nameof(probabilities));
        var best = 0;
        var p = probabilities[0];
        for (var c = 1; c < classes; c++)
        {
            if (probabilities[c] > p)
            {
                best = c;
                p = probabilities[c];
            }
        }

        Blend(best, p, classes, out r, out g, out b);
    }

    /// <summary>
    /// Colours a grid of cells into <paramref name="rgba"/> (4 bytes each: <see cref="Shade"/>'s
    /// colour, alpha <see cref="Colors.HeatmapAlpha"/>). Cell p of every class grid is pixel p, so a
    /// row-major <see cref="Grid.DecisionGrid"/> order (x to the right, y = +6 on row 0) carries over
    /// as in <see cref="HeatmapImage"/>. Allocates nothing.
    /// </summary>
    /// <param name="probabilities">k grids (2–6) of equal length: probabilities[c][p] = P(class c) at cell p.</param>
    /// <param name="rgba">Exactly 4 bytes per cell.</param>
    public static void Fill(ReadOnlySpan<float[]> probabilities, Span<byte> rgba)
    {
        var classes = probabilities.Length;
        CheckClasses(classes);
        var cells = probabilities[0].Length;
        foreach (var grid in probabilities)
        {
            ArgumentNullException.ThrowIfNull(grid, nameof(probabilities));
            if (grid.Length != cells)
            {
                throw new ArgumentException($"Every class grid needs {cells} cells, got {grid.Length}.", nameof(probabilities));
            }
        }

        if (rgba.Length != cells * HeatmapImage.BytesPerPixel)
        {
            throw new ArgumentException($"Expected {cells * HeatmapImage.BytesPerPixel} bytes for {cells} cells, got {rgba.Length}.", nameof(rgba));
        }

        for (var cell = 0; cell < cells; cell++)
        {
            var best = 0;
            var p = probabilities[0][cell];
            for (var c = 1; c < classes; c++)
            {
                var q = probabilities[c][cell];
                if (q > p)
                {
                    best = c;
                    p = q;
                }
            }

            var pixel = rgba.Slice(cell * HeatmapImage.BytesPerPixel, HeatmapImage.BytesPerPixel);
            Blend(best, p, classes, out pixel[0], out pixel[1], out pixel[2]);
            pixel[3] = Colors.HeatmapAlpha;
        }
    }

    // One code path for Shade and Fill, so a filled pixel is always its cell's shade. In floats:
    // a channel is within 0–255, and the +0.5 then truncation is JavaScript's Math.round there.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Blend(int best, float p, int classes, out byte r, out byte g, out byte b)
    {
        if (float.IsNaN(p))
        {
            (r, g, b) = (0, 0, 0);
            return;
        }

        var uniform = 1f / classes;
        var t = Math.Clamp((p - uniform) / (1 - uniform), 0f, 1f);
        r = (byte)(NeutralR + ((Reds[best] - NeutralR) * t) + 0.5f);
        g = (byte)(NeutralG + ((Greens[best] - NeutralG) * t) + 0.5f);
        b = (byte)(NeutralB + ((Blues[best] - NeutralB) * t) + 0.5f);
    }

    private static void CheckClasses(int classes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classes, MaxClasses);
    }
}
