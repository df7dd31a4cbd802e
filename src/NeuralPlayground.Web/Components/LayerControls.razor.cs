namespace NeuralPlayground.Web.Components;

/// <summary>
/// The HIDDEN LAYERS heading (spec §10): the layer +/− buttons, hidden by
/// <c>numHiddenLayers_hide=true</c>, then "N HIDDEN LAYER(S)" (upper-cased by CSS) and the bracket.
/// </summary>
public sealed partial class LayerControls
{
    private int Count => Playground.Model.State.NetworkShape.Count;
}
