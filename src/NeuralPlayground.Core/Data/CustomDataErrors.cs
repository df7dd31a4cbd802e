using System.Globalization;

namespace NeuralPlayground.Core.Data;

/// <summary>Collects a file's errors: the first 20 in full, then a count.</summary>
internal sealed class CustomDataErrors
{
    /// <summary>Errors listed one by one.</summary>
    public const int MaxListed = 20;

    private readonly List<CustomDataError> _listed = [];

    /// <summary>Errors found so far.</summary>
    public int Count { get; private set; }

    /// <summary>Records an error on <paramref name="line"/> (null for the whole file).</summary>
    public void Add(int? line, string message)
    {
        Count++;
        if (_listed.Count < MaxListed)
        {
            _listed.Add(new CustomDataError(line, message));
        }
    }

    /// <summary>The listed errors, plus "… and N more" when some were not listed.</summary>
    public IReadOnlyList<CustomDataError> ToList() =>
        Count > MaxListed
            ? [.. _listed, new CustomDataError(null, string.Create(CultureInfo.InvariantCulture, $"… and {Count - MaxListed} more"))]
            : [.. _listed];
}
