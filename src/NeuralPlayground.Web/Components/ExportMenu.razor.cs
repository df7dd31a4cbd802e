namespace NeuralPlayground.Web.Components;

/// <summary>
/// Export (issue 5), folded under one button in the output column: the heatmap as a PNG, the
/// whole figure as a PNG or SVG, the trained model as JSON, the data as CSV, and the network as
/// code (C# or NumPy) on the clipboard.
/// </summary>
public sealed partial class ExportMenu
{
    private bool _open;
    private string? _copied;

    private void CopyCSharp()
    {
        Playground.CopyCSharp();
        _copied = "csharp";
    }

    private void CopyNumPy()
    {
        Playground.CopyNumPy();
        _copied = "numpy";
    }
}
