namespace Criteria.Collections;

/// <summary>Creates <see cref="ValueArray{T}"/> instances; used by collection expressions.</summary>
public static class ValueArray
{
    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The new array.</returns>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => ValueArray<T>.TakeOwnership(items.ToArray());

    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The new array.</returns>
    public static ValueArray<T> ToValueArray<T>(this IEnumerable<T> items) => new(items);
}
