using NeuralPlayground.Core.State;
using NeuralPlayground.Core.Training;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// The page-wide notice under the top bar when training blew up (ours, issue 4): what happened and
/// the likely cause in plain words (<see cref="DivergenceAdvice"/>), and one button that rebuilds the
/// network with a tenth of the learning rate. It is not a modal: the page stays usable. It is
/// checked every epoch but re-renders only when the divergence or the state changes.
/// </summary>
public sealed partial class DivergenceBanner
{
    private PlaygroundState? _state;
    private long? _epoch;
    private DivergenceAdvice? _advice;
    private DivergenceAdvice? _rendered;

    /// <inheritdoc/>
    protected override bool RendersOnTraining => true;

    // Explained again only when the state (a new record on every change) or the divergence changes.
    private DivergenceAdvice? Advice
    {
        get
        {
            var (state, epoch) = (Playground.Model.State, Playground.Model.DivergedAtEpoch);
            if (!ReferenceEquals(state, _state) || epoch != _epoch)
            {
                (_state, _epoch) = (state, epoch);
                _advice = epoch is { } e ? DivergenceAdvice.Explain(state, e) : null;
            }

            return _advice;
        }
    }

    /// <inheritdoc/>
    protected override bool ShouldRender() => !ReferenceEquals(Advice, _rendered);

    /// <inheritdoc/>
    protected override bool TrainingChangedView() => ShouldRender();

    /// <inheritdoc/>
    protected override void OnAfterRender(bool firstRender) => _rendered = _advice;
}
