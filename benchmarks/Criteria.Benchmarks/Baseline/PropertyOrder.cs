namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// The order in which one object's properties were read, kept as the library keeps it: the rank of each
/// known property, and one mark where the first unknown property was read (all the unknown ones are
/// placed there, in the order read). While the object follows the contract's order (ranks rising, nothing
/// unknown) that is a bit per rank; the list is made only once it departs from it.
/// </summary>
internal struct PropertyOrder
{
    private const int UnknownRank = 31;
    private const int Capacity = 25; // ranks kept, as the library keeps them

    private uint _seen; // bit r: rank r read, while in the contract's order
    private int _last;
    private List<int>? _ranks; // once out of the contract's order
    private List<string>? _unknown;

    /// <summary>True when the properties came in the contract's order and none was unknown.</summary>
    public readonly bool InContractOrder => _ranks is null;

    /// <summary>Notes a property of the contract, by its rank.</summary>
    /// <param name="rank">The rank (1-based).</param>
    public void Seen(int rank)
    {
        if (rank > _last && _ranks is null)
        {
            _seen |= 1u << rank;
            _last = rank;
            return;
        }

        OutOfOrder(rank);
    }

    /// <summary>Notes a property the contract does not have.</summary>
    /// <param name="name">Its name.</param>
    public void SeenUnknown(string name)
    {
        if (_unknown is null)
        {
            _unknown = [];
            OutOfOrder(UnknownRank);
        }

        _unknown.Add(name);
    }

    /// <summary>The path tokens of the properties in the order read (unknown ones together where the first was).</summary>
    /// <param name="shape">The object's shape.</param>
    /// <returns>The tokens.</returns>
    public readonly string[] Tokens(DocumentShape shape)
    {
        var tokens = new List<string>();
        foreach (var rank in _ranks ?? [])
        {
            if (rank == UnknownRank)
            {
                tokens.AddRange((_unknown ?? []).Select(PathText.Token));
            }
            else
            {
                tokens.Add(shape.Name(rank));
            }
        }

        return [.. tokens];
    }

    private void OutOfOrder(int rank)
    {
        if (_ranks is null)
        {
            _ranks = [];
            for (var r = 1; r < 32; r++)
            {
                if ((_seen & (1u << r)) != 0)
                {
                    _ranks.Add(r);
                }
            }
        }

        _last = rank;
        if (_ranks.Count < Capacity)
        {
            _ranks.Add(rank);
        }
    }
}
