namespace NeuralPlayground.Web.Components;

/// <summary>
/// The top bar's epoch counter, a component of its own so that only it follows every trained
/// epoch: re-rendering the whole bar with its dropdowns each frame cost the frame loop ≈ 0.3 ms.
/// </summary>
public sealed partial class EpochCounter
{
    // The epoch written by the last render.
    private long _shown = -1;

    /// <inheritdoc/>
    protected override bool RendersOnTraining => true;

    /// <inheritdoc/>
    protected override bool ShouldRender() => Playground.Model.Epoch != _shown;
}
