using System.Diagnostics.CodeAnalysis;
using NeuralPlayground.Core.Numerics;

namespace NeuralPlayground.Core.State;

/// <content>The readers and writers of the original's property types (spec §3.2).</content>
internal static partial class UrlProperties
{
    /// <summary>
    /// The original's "present" test: the key has a value that is not empty or JS whitespace.
    /// Absent values leave the default in place, silently, as in the original.
    /// </summary>
    public static bool IsPresent([NotNullWhen(true)] string? value) => value is not null && !JsWhitespace.Trim(value.AsSpan()).IsEmpty;

    // True unless the value is exactly "false" (x=0 means true): the original's rule, which courses rely on.
    private static UrlProperty Bool(string name, Func<PlaygroundState, bool> get, Func<PlaygroundState, bool, PlaygroundState> set) =>
        new(name, (s, v, _) => IsPresent(v) ? set(s, v != "false") : s, s => get(s) ? "true" : "false");

    // The raw value, neither decoded nor trimmed.
    private static UrlProperty Text(string name, Func<PlaygroundState, string?> get, Func<PlaygroundState, string, PlaygroundState> set) =>
        new(name, (s, v, _) => IsPresent(v) ? set(s, v) : s, get);

    // JS Number(...), with no range check or snapping; only non-finite values are refused (our correction).
    private static UrlProperty Number(string name, Func<PlaygroundState, double> get, Func<PlaygroundState, double, PlaygroundState> set)
    {
        return new(name, ReadNumber, s => JsNumber.ToString(get(s)));

        PlaygroundState ReadNumber(PlaygroundState state, string? value, ICollection<string> warnings)
        {
            if (!IsPresent(value))
            {
                return state;
            }

            var number = JsNumber.Parse(value);
            if (double.IsFinite(number))
            {
                return set(state, number);
            }

            warnings.Add($"{name}: {UrlText.Quote(value)} is not a finite number, using {JsNumber.ToString(get(state))}");
            return state;
        }
    }

    // Exact, case-sensitive names only: inherited JS names such as "toString" are unknown here.
    private static UrlProperty Enum<T>(
        string name,
        (string Name, T Value)[] accepted,
        (string Name, T Value)[] names,
        Func<PlaygroundState, T> get,
        Func<PlaygroundState, T, PlaygroundState> set,
        T? omitted = null)
        where T : struct, System.Enum
    {
        return new(name, ReadEnum, s => omitted is { } o && EqualityComparer<T>.Default.Equals(get(s), o) ? null : NameOf(get(s)));

        PlaygroundState ReadEnum(PlaygroundState state, string? value, ICollection<string> warnings)
        {
            if (!IsPresent(value))
            {
                return state;
            }

            foreach (var entry in accepted)
            {
                if (entry.Name == value)
                {
                    return set(state, entry.Value);
                }
            }

            warnings.Add($"{name}: unknown value {UrlText.Quote(value)}, using {NameOf(get(state))}");
            return state;
        }

        string NameOf(T value)
        {
            foreach (var entry in names)
            {
                if (EqualityComparer<T>.Default.Equals(entry.Value, value))
                {
                    return entry.Name;
                }
            }

            return value.ToString();
        }
    }
}
