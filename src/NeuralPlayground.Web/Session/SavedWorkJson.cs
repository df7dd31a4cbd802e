using System.Text.Json.Serialization;

namespace NeuralPlayground.Web.Session;

/// <summary>
/// <see cref="SavedWork"/>'s JSON, generated at build time (the app is trimmed, so no reflection):
/// camelCase names, compact, and NaN or ±Infinity losses as the strings <c>"NaN"</c>, <c>"Infinity"</c>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(SavedWork))]
internal sealed partial class SavedWorkJson : JsonSerializerContext;
