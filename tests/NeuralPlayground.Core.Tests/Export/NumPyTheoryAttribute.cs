namespace NeuralPlayground.Core.Tests.Export;

/// <summary>
/// A theory that runs Python with NumPy: skipped with a loud reason when it is missing on a
/// developer's machine, but run (and failed) under CI.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NumPyTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when NumPy is missing and not required.</summary>
    public NumPyTheoryAttribute()
    {
        if (NumPy.Python is null && !NumPy.IsRequired)
        {
            Skip = NumPy.MissingMessage;
        }
    }
}
