using Microsoft.AspNetCore.Components;
using NeuralPlayground.Web.Session;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// Base for the page's components: injects the session, subscribes in <see cref="OnInitialized"/>
/// and unsubscribes in <see cref="Dispose"/>. By default a component re-renders on
/// <see cref="PlaygroundSession.Changed"/> only; set <see cref="RendersOnTraining"/> to follow every epoch.
/// </summary>
public abstract class PlaygroundComponent : ComponentBase, IDisposable
{
    /// <summary>The page's session.</summary>
    [Inject]
    protected PlaygroundSession Playground { get; set; } = default!;

    /// <summary>True to re-render after every trained epoch too (epoch counter, losses, chart, links).</summary>
    protected virtual bool RendersOnTraining => false;

    /// <summary>
    /// With <see cref="RendersOnTraining"/>: whether this epoch changed what the component shows.
    /// Checked before a render is even queued: each queued render costs the frame a render batch,
    /// even when <see cref="ComponentBase.ShouldRender"/> then declines it. Must not change state.
    /// </summary>
    protected virtual bool TrainingChangedView() => true;

    /// <summary>True when the control called <paramref name="name"/> is hidden by <c>&lt;name&gt;_hide=true</c> in the loaded link.</summary>
    protected bool IsHidden(string name) => Playground.IsHidden(name);

    /// <inheritdoc/>
    public void Dispose()
    {
        Playground.Changed -= OnSessionChanged;
        Playground.Trained -= OnTrained;
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc/>
    protected override void OnInitialized()
    {
        Playground.Changed += OnSessionChanged;
        Playground.Trained += OnTrained;
    }

    private void OnSessionChanged() => _ = InvokeAsync(StateHasChanged);

    private void OnTrained()
    {
        if (RendersOnTraining && TrainingChangedView())
        {
            _ = InvokeAsync(StateHasChanged);
        }
    }
}
