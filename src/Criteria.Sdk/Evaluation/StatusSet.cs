using Criteria.Facts;

namespace Criteria.Evaluation;

/// <summary>A set of employment statuses, tested in constant time (a profile's status sets).</summary>
internal readonly record struct StatusSet
{
    private readonly int _bits;

    /// <summary>Creates the set of the given statuses.</summary>
    /// <param name="statuses">The statuses; repeats are ignored.</param>
    public StatusSet(IEnumerable<EmploymentStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        foreach (var status in statuses)
        {
            _bits |= 1 << (int)status;
        }
    }

    /// <summary>True when the set holds <paramref name="status"/>.</summary>
    /// <param name="status">A status.</param>
    public bool Contains(EmploymentStatus status) => (_bits & (1 << (int)status)) != 0;
}
