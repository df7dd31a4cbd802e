using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// The exact tanh and exp for the kernels' whole layers (<see cref="ArrayMath"/>) run as JavaScript
/// (<c>js/exactmath.js</c>, the same fdlibm operations as <see cref="JsMath"/>), which the browser
/// compiles: one call per layer or block of points, the values read and written in place in .NET's
/// memory, ~3× faster than the ports in the interpreter. Taken only when they give the ports' bits on
/// every probe. (The browser's own Math.tanh and Math.exp are not fdlibm's in Chromium.)
/// </summary>
[SupportedOSPlatform("browser")]
internal static partial class BrowserMath
{
    /// <summary>
    /// Hands the compiled functions to <see cref="ArrayMath.TryUseHost"/> (after <see cref="PlaygroundInterop.LoadAsync"/>)
    /// and notes the outcome on the page's root element: <c>data-exact-math="tanh exp"</c> names the
    /// functions taken from the browser (empty: the ports run).
    /// </summary>
    public static void Install()
    {
        var (tanh, exp) = ArrayMath.TryUseHost(Tanh, Exp);
        MarkExactMath(string.Join(' ', new[] { tanh ? "tanh" : null, exp ? "exp" : null }.OfType<string>()));
    }

    private static unsafe void Tanh(Span<double> values) => InPlace(values, &TanhAt, JsMathVector.Tanh);

    private static unsafe void Exp(Span<double> values) => InPlace(values, &ExpAt, JsMathVector.Exp);

    // The page's function over the pinned span at its address; the port for a span that is not
    // 8-aligned (the page indexes a Float64Array).
    private static unsafe void InPlace(Span<double> values, delegate*<int, int, void> page, ArrayMath.InPlace port)
    {
        if (values.IsEmpty)
        {
            return;
        }

        fixed (double* first = values)
        {
            if (((nint)first & 7) == 0)
            {
                page((int)first, values.Length);
            }
            else
            {
                port(values);
            }
        }
    }

    // The address is a byte offset into the WebAssembly memory (32-bit).
    [JSImport("tanhAt", PlaygroundInterop.Module)]
    private static partial void TanhAt(int address, int count);

    [JSImport("expAt", PlaygroundInterop.Module)]
    private static partial void ExpAt(int address, int count);

    [JSImport("markExactMath", PlaygroundInterop.Module)]
    private static partial void MarkExactMath(string functions);
}
