namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// Where a file put the properties of the objects that depart from the contract's order (or have unknown
/// properties): the object's path → the tokens of its properties in the order read. Every other object
/// is in the contract's order, which <see cref="DocumentShape"/> knows.
/// </summary>
internal sealed class PropertyLayout
{
    private readonly Dictionary<string, string[]> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>An empty layout.</summary>
    public PropertyLayout() => _lookup = _orders.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Notes an object's order, when it is not the contract's.</summary>
    /// <param name="path">The object's path.</param>
    /// <param name="order">The order its properties were read in.</param>
    /// <param name="shape">Its shape.</param>
    public void Record(string path, in PropertyOrder order, DocumentShape shape)
    {
        if (!order.InContractOrder)
        {
            _orders[path] = order.Tokens(shape);
        }
    }

    /// <summary>The place of a property in the object at <paramref name="parent"/>, when the layout knows that object.</summary>
    /// <param name="parent">The object's path.</param>
    /// <param name="token">The property's path token.</param>
    /// <param name="rank">Its place (1-based), <see cref="int.MaxValue"/> when the object does not have it.</param>
    /// <returns>True when the layout knows the object.</returns>
    public bool TryRank(ReadOnlySpan<char> parent, ReadOnlySpan<char> token, out int rank)
    {
        rank = 0;
        if (!_lookup.TryGetValue(parent, out var order))
        {
            return false;
        }

        for (var i = 0; i < order.Length; i++)
        {
            if (token.SequenceEqual(order[i]))
            {
                rank = i + 1;
                return true;
            }
        }

        rank = int.MaxValue;
        return true;
    }
}
