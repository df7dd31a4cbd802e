using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// The text below the playground (spec §1, §11.13–11.16): the round "more" button, the article
/// with the "use it in classroom" section (<see cref="ClassroomSection"/>) and the footer.
/// <c>hideText=true</c> leaves out the button and the article. A <c>tutorial</c> key changes
/// nothing here: we ship no tutorial texts, so it is ignored quietly and the classroom section
/// stays (fix #22).
/// </summary>
public sealed partial class Article
{
    /// <summary>Where the "more" button scrolls the window to, in px from the top.</summary>
    public const int MoreScrollTop = 800;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    // The window's own scrollTo, smooth, as the original's 1-second scroll to y = 800.
    private async Task ScrollToArticleAsync() =>
        await JS.InvokeVoidAsync("scrollTo", new { top = MoreScrollTop, behavior = "smooth" }).ConfigureAwait(true);
}
