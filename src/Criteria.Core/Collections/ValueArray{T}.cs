using System.Collections;
using System.Runtime.CompilerServices;

namespace Criteria.Collections;

/// <summary>
/// An immutable list with value semantics: two arrays are equal when they hold equal items in the
/// same order. Records of the fact model use it so that two datasets read from the same JSON compare
/// equal. <c>default(ValueArray&lt;T&gt;)</c> is the empty array.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly T[]? _items;

    /// <summary>Creates an array that owns a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    public ValueArray(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var copy = items.ToArray();
        _items = copy.Length == 0 ? null : copy;
    }

    private ValueArray(T[] items, bool _) => _items = items.Length == 0 ? null : items;

    /// <summary>The empty array.</summary>
    public static ValueArray<T> Empty => default;

    /// <summary>The number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>True when the array has no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the array.</exception>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the array.");
            }

            return _items![index];
        }
    }

    /// <summary>The number of items that satisfy <paramref name="predicate"/>, without boxing the array (rule conditions call it often).</summary>
    /// <param name="predicate">The test.</param>
    /// <returns>The count.</returns>
    public int CountOf(Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var count = 0;
        foreach (var item in AsSpan())
        {
            count += predicate(item) ? 1 : 0;
        }

        return count;
    }

    /// <summary>True when an item satisfies <paramref name="predicate"/>, without boxing the array.</summary>
    /// <param name="predicate">The test.</param>
    /// <returns>True when one does.</returns>
    public bool Exists(Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        foreach (var item in AsSpan())
        {
            if (predicate(item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The items as a read-only span, without copying.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Wraps an array the caller gives up: it must not be changed afterwards.</summary>
    internal static ValueArray<T> TakeOwnership(T[] items) => new(items, true);

    /// <summary>Returns an enumerator over the items.</summary>
    public Enumerator GetEnumerator() => new(_items ?? []);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? []).GetEnumerator();

    /// <summary>True when both arrays hold equal items in the same order.</summary>
    /// <param name="other">The other array.</param>
    public bool Equals(ValueArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Lists the items, for debugging and messages.</summary>
    public override string ToString() => "[" + string.Join(", ", AsSpan().ToArray()) + "]";

    /// <summary>True when both arrays hold equal items in the same order.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>True when the arrays differ in length or in an item.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    /// <summary>Enumerates the items of a <see cref="ValueArray{T}"/> without allocating.</summary>
    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>The current item.</summary>
        public readonly T Current => _items[_index];

        /// <summary>Moves to the next item.</summary>
        /// <returns>False past the last item.</returns>
        public bool MoveNext() => ++_index < _items.Length;
    }
}
