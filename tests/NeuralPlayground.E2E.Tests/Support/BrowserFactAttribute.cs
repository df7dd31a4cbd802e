namespace NeuralPlayground.E2E.Tests.Support;

/// <summary>
/// A fact that needs Chromium: skipped with a loud reason when the browser is missing on a
/// developer's machine, but run (and failed by <see cref="PlaygroundAppFixture"/>) under CI.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the browser is missing and not required.</summary>
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            Skip = Chromium.MissingMessage;
        }
    }
}
