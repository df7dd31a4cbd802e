using Microsoft.AspNetCore.Components;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Web.Components;

/// <summary>Reads the values of input and select events.</summary>
internal static class ChangeEvents
{
    /// <summary>The event's value as a finite JavaScript number, or null for anything else.</summary>
    public static double? Number(ChangeEventArgs e)
    {
        var number = e.Value is string text ? JsNumber.Parse(text) : double.NaN;
        return double.IsFinite(number) ? number : null;
    }
}
