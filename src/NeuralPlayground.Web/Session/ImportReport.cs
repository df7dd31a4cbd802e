using NeuralPlayground.Core.Data;

namespace NeuralPlayground.Web.Session;

/// <summary>A file the user imported and what the parser made of it.</summary>
/// <param name="FileName">The file's name, as the browser gave it.</param>
/// <param name="Result">Its points, or its errors.</param>
public sealed record ImportReport(string FileName, CustomDataParseResult Result);
