namespace NeuralPlayground.E2E.Tests.Support;

/// <summary>A theory that needs Chromium, skipped or failed as <see cref="BrowserFactAttribute"/> is.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the browser is missing and not required.</summary>
    public BrowserTheoryAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            Skip = Chromium.MissingMessage;
        }
    }
}
