using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// The grid worker's entry points (<c>js/gridworker.js</c> runs a second .NET runtime in a Web Worker
/// and calls these): the heatmaps of a frame, off the page's thread. The parameters come in and the
/// pixels go out through pinned buffers that the worker's script reads and writes at their address.
/// </summary>
[SupportedOSPlatform("browser")]
public static partial class GridWorkerInterop
{
    private static readonly FramePixels Pixels = new();
    private static double[] s_parameters = GC.AllocateArray<double>(1024, pinned: true);

    /// <summary>The byte address of room for <paramref name="count"/> doubles: the weights, then the biases.</summary>
    [JSExport]
    public static unsafe int Parameters(int count)
    {
        if (s_parameters.Length < count)
        {
            s_parameters = GC.AllocateArray<double>(count, pinned: true);
        }

        fixed (double* first = s_parameters)
        {
            return (int)first;
        }
    }

    /// <summary>Fills the frame's pixels (<see cref="FramePixels.FillFrom"/>) and returns their byte address.</summary>
    [JSExport]
    public static unsafe int Render(string structure, int weightCount, int biasCount, string? selectedNodeId, bool discretize)
    {
        var parameters = s_parameters.AsSpan(0, weightCount + biasCount);
        var pixels = Pixels.FillFrom(structure, parameters[..weightCount], parameters[weightCount..], selectedNodeId, discretize);
        fixed (byte* first = pixels)
        {
            return (int)first;
        }
    }
}
