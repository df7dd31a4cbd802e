using System.Collections;
using System.Runtime.CompilerServices;

namespace NeuralPlayground.Core.State;

/// <summary>
/// An immutable array with value equality, so that records holding lists compare by content
/// (<c>Parse(Serialize(s)) == s</c>).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps a copy of <paramref name="items"/>.</summary>
    public EquatableArray(ReadOnlySpan<T> items) => _items = items.ToArray();

    /// <summary>The number of elements.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    public T this[int index] => (_items ?? [])[index];

    /// <summary>The elements as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Compares element by element.</summary>
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => "[" + string.Join(", ", _items ?? []) + "]";

    /// <summary>Returns a copy with <paramref name="item"/> appended.</summary>
    public EquatableArray<T> Add(T item) => new([.. AsSpan(), item]);

    /// <summary>Returns a copy with the element at <paramref name="index"/> replaced.</summary>
    public EquatableArray<T> SetItem(int index, T item)
    {
        var copy = AsSpan().ToArray();
        copy[index] = item;
        return new(copy);
    }

    /// <summary>Returns a copy without the last element.</summary>
    public EquatableArray<T> RemoveLast() => new(AsSpan()[..^1]);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Value equality.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
}
