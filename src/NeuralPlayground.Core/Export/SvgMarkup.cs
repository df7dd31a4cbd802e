using System.Text;
using NeuralPlayground.Core.Rendering;

namespace NeuralPlayground.Core.Export;

/// <summary>Small helpers for writing standalone SVG text: invariant numbers, escaped text, embedded PNGs.</summary>
internal static class SvgMarkup
{
    /// <summary>The SVG namespace.</summary>
    public const string Namespace = "http://www.w3.org/2000/svg";

    /// <summary>The page's font stack.</summary>
    public const string FontFamily = "Helvetica, Arial, sans-serif";

    /// <summary>A number rounded to 0.001, as <see cref="SvgNumber.AppendRounded"/>.</summary>
    public static string N(double value) => SvgNumber.AppendRounded(new StringBuilder(16), value).ToString();

    /// <summary>Text escaped for element content and double-quoted attributes.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);
    }

    /// <summary>A <c>data:image/png;base64,…</c> URI of an RGBA image.</summary>
    public static string PngDataUri(ReadOnlySpan<byte> rgba, int width, int height) =>
        "data:image/png;base64," + Convert.ToBase64String(PngEncoder.Encode(rgba, width, height));

    /// <summary>
    /// An <c>&lt;image&gt;</c> of an RGBA image stretched to <paramref name="size"/> px square at
    /// (<paramref name="x"/>, <paramref name="y"/>), smoothed like a CSS-stretched canvas.
    /// </summary>
    public static StringBuilder Image(StringBuilder svg, ReadOnlySpan<byte> rgba, int side, double x, double y, double size, string? extra = null) =>
        svg.Append("<image x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(size))
            .Append("\" height=\"").Append(N(size)).Append("\" preserveAspectRatio=\"none\"").Append(extra)
            .Append(" href=\"").Append(PngDataUri(rgba, side, side)).Append("\"/>");
}
