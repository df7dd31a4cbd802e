using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// The saved work's key in <c>localStorage</c> (issue 5, "nothing lost"), through <c>js/storage.js</c>,
/// which also calls <see cref="PageHidden"/> on <c>pagehide</c> and when the page becomes hidden.
/// </summary>
[SupportedOSPlatform("browser")]
public static partial class StorageInterop
{
    /// <summary>The module name the functions are imported from.</summary>
    public const string Module = "storage";

    /// <summary>Loads the JavaScript module; call once before the session loads.</summary>
    public static Task LoadAsync() => JSHost.ImportAsync(Module, "../js/storage.js");

    /// <summary>Called by JavaScript when the page is hidden or closed: saves what changed.</summary>
    [JSExport]
    public static void PageHidden() => PlaygroundInterop.Current?.SaveNow();

    /// <summary>The saved work's JSON, or null (none, or storage unavailable).</summary>
    [JSImport("loadWork", Module)]
    public static partial string? LoadWork();

    /// <summary>Writes the saved work (a full or disabled storage is ignored: the URL still holds the configuration).</summary>
    [JSImport("saveWork", Module)]
    public static partial void SaveWork(string json);

    /// <summary>Removes the saved work.</summary>
    [JSImport("clearWork", Module)]
    public static partial void ClearWork();
}
