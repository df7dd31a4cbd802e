using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.Rendering;

/// <summary>
/// The +/− neuron buttons and "N neurons" label above a hidden layer (spec §11.1, §10): an absolutely
/// positioned box inside <c>#network</c>, 65 px wide, at top −58 px (the stylesheet's values).
/// </summary>
/// <param name="Layer">The hidden layer, 1-based (the original's <c>ui-numNodes{Layer}</c> class).</param>
/// <param name="Left">CSS left in px: the layer's left edge − 10.</param>
/// <param name="NeuronCount">Neurons in the layer.</param>
public sealed record NeuronControl(int Layer, double Left, int NeuronCount)
{
    /// <summary>The CSS <c>left</c> value as d3 writes it, e.g. <c>170.1764705882353px</c>.</summary>
    public string LeftCss => JsNumber.ToString(Left) + "px";

    /// <summary>The label: <c>1 neuron</c>, <c>4 neurons</c> (<see cref="Formatting.NeuronCount"/>).</summary>
    public string Label => Formatting.NeuronCount(NeuronCount);
}
