using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.State;

/// <summary>
/// Reads and writes the URL hash that carries a <see cref="PlaygroundState"/> (spec §3), with the
/// original's table-driven rules and order, and no side effects (no location, no seeding).
/// </summary>
public static class UrlState
{
    /// <summary>
    /// Parses a hash, a hash without <c>#</c>, or a whole URL on any host (its query string is
    /// ignored; a URL without <c>#</c> gives the defaults). Never throws: unusable values keep their
    /// defaults and are reported in <see cref="UrlParseResult.Warnings"/>. See the remarks for the
    /// corrections made to the original's rules.
    /// </summary>
    /// <remarks>
    /// Corrections, each with a warning: non-finite numbers keep the default; noise above 80 becomes
    /// 50 and below 0 becomes 0 (as the original's start-up does); a bare <c>networkShape</c> keeps
    /// [4,2]; layer sizes are rounded up, and NaN or ≤ 0 becomes 1, above 32 becomes 32; only the
    /// first 12 layers are kept; an invalid <c>weightSkip</c> becomes 0; an unknown key whose key or
    /// value starts or ends with whitespace is dropped (the trim of the whole input would change it
    /// on the next read).
    /// </remarks>
    /// <param name="input">The pasted text; null or blank gives the defaults.</param>
    public static UrlParseResult Parse(string? input)
    {
        var warnings = new List<string>();
        var map = UrlHash.Split(UrlHash.Extract(input), warnings);
        var state = new PlaygroundState();
        foreach (var property in UrlProperties.All)
        {
            if (map.TryGetValue(property.Name, out var value))
            {
                state = property.Read(state, value, warnings);
            }
        }

        state = UrlProperties.NormalizeNoise(state, warnings);
        return new UrlParseResult(ReadOthers(state, map, warnings), warnings);
    }

    /// <summary>
    /// Writes the hash without its leading <c>#</c>: the table's keys in the original's order
    /// (<c>regularization</c> omitted when None, <c>seed</c> and <c>tutorial</c> when null, numbers
    /// as JS writes them), then <c>weightSkip</c> when above 0, the hide flags, and the extras.
    /// </summary>
    public static string Serialize(PlaygroundState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var pieces = new List<string>();
        foreach (var property in UrlProperties.All)
        {
            if (property.Write(state) is { } value)
            {
                pieces.Add(property.Name + "=" + value);
            }
        }

        foreach (var flag in state.Hides)
        {
            pieces.Add(flag.Name + UrlProperties.HideSuffix + (flag.Hidden ? "=true" : "=false"));
        }

        foreach (var extra in state.Extras)
        {
            pieces.Add(extra.Value is null ? extra.Key : extra.Key + "=" + extra.Value);
        }

        return string.Join('&', pieces);
    }

    // Hide flags and unknown keys, in order of first appearance.
    private static PlaygroundState ReadOthers(
        PlaygroundState state, OrderedDictionary<string, string?> map, ICollection<string> warnings)
    {
        var hides = new List<HideFlag>();
        var extras = new List<UrlEntry>();
        foreach (var (key, value) in map)
        {
            if (key.EndsWith(UrlProperties.HideSuffix, StringComparison.Ordinal))
            {
                hides.Add(new HideFlag(key[..^UrlProperties.HideSuffix.Length], value == "true"));
            }
            else if (UrlProperties.IsKnown(key))
            {
                continue;
            }
            else if (JsWhitespace.HasOuterWhiteSpace(key) || (value is not null && JsWhitespace.HasOuterWhiteSpace(value)))
            {
                warnings.Add($"{UrlText.Key(key)}: unknown key with whitespace at an end dropped");
            }
            else
            {
                extras.Add(new UrlEntry(key, value));
            }
        }

        return state with { Hides = [.. hides], Extras = [.. extras] };
    }
}
