using System.Globalization;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Rendering;

/// <summary>The page's number and label texts (spec §9.4, §9.5, §10, §11.6), culture-invariant.</summary>
public static class Formatting
{
    /// <summary>What <see cref="Loss"/> shows for an empty set's missing loss: an em dash.</summary>
    public const string NoLoss = "—";

    /// <summary>
    /// The epoch counter: the count padded with zeros to at least 6 digits, then grouped by three with
    /// commas: <c>000,000</c>, <c>000,042</c>, <c>012,345</c>. Unlike the original, which keeps only
    /// the last 6 digits (1,234,567 showed as <c>234,567</c>), larger counts keep every digit:
    /// <c>1,234,567</c>.
    /// </summary>
    /// <param name="epoch">Epochs since the last reset, ≥ 0.</param>
    public static string Epoch(long epoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        var digits = epoch.ToString(CultureInfo.InvariantCulture).PadLeft(6, '0');
        var groups = (digits.Length - 1) / 3;
        return string.Create(digits.Length + groups, digits, static (span, digits) =>
        {
            var to = span.Length;
            for (var from = digits.Length - 1; from >= 0; from--)
            {
                span[--to] = digits[from];
                var written = digits.Length - from;
                if (written % 3 == 0 && from > 0)
                {
                    span[--to] = ',';
                }
            }
        });
    }

    /// <summary>
    /// A loss as the original's <c>toFixed(3)</c> (<c>0.502</c>; NaN and infinities as JavaScript
    /// writes them); null, the loss of an empty set, gives <see cref="NoLoss"/>.
    /// </summary>
    public static string Loss(double? loss) => loss is { } value ? JsNumber.ToFixed(value, 3) : NoLoss;

    /// <summary>
    /// A weight or bias on the hover card: JavaScript <c>toPrecision(2)</c>, e.g. <c>0.15</c>,
    /// <c>0.10</c>, <c>-0.00012</c>, <c>1.2e+2</c>.
    /// </summary>
    public static string HoverValue(double value) => JsNumber.ToPrecision(value, 2);

    /// <summary>The hover card's second line: <c>Weight is V.</c> or <c>Bias is V.</c>.</summary>
    /// <param name="isBias">True for a bias square, false for a link.</param>
    /// <param name="value">The weight or bias.</param>
    public static string HoverSentence(bool isBias, double value) =>
        (isBias ? "Bias is " : "Weight is ") + HoverValue(value) + ".";

    /// <summary>
    /// The hidden-layers heading word: <c>Hidden layer</c> for exactly 1, else <c>Hidden layers</c>
    /// (0 too). The original shows the count in a separate element and CSS upper-cases both.
    /// </summary>
    public static string HiddenLayersLabel(int count) => count == 1 ? "Hidden layer" : "Hidden layers";

    /// <summary>The label under a hidden layer's +/− buttons: <c>N neuron</c>, with "s" only when N &gt; 1.</summary>
    public static string NeuronCount(int count) =>
        count.ToString(CultureInfo.InvariantCulture) + (count > 1 ? " neurons" : " neuron");
}
