using Criteria.Catalog;

namespace Criteria.Evaluation;

/// <summary>One count per cohort, each possibly null (no data). Immutable.</summary>
public readonly record struct CohortCounts
{
    private readonly long? _all;
    private readonly long? _inclusive;
    private readonly long? _disabled;
    private readonly long? _disabledChild;
    private readonly long? _limitedHealth;

    /// <summary>Creates counts from the five cohort values, in cohort order.</summary>
    /// <param name="all">The count of <see cref="Cohort.All"/>.</param>
    /// <param name="inclusive">The count of <see cref="Cohort.Inclusive"/>.</param>
    /// <param name="disabled">The count of <see cref="Cohort.Disabled"/>.</param>
    /// <param name="disabledChild">The count of <see cref="Cohort.DisabledChild"/>.</param>
    /// <param name="limitedHealth">The count of <see cref="Cohort.LimitedHealth"/>.</param>
    public CohortCounts(long? all, long? inclusive, long? disabled, long? disabledChild, long? limitedHealth)
    {
        _all = all;
        _inclusive = inclusive;
        _disabled = disabled;
        _disabledChild = disabledChild;
        _limitedHealth = limitedHealth;
    }

    /// <summary>Zero in every cohort.</summary>
    public static CohortCounts Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Creates counts from an array of five values in cohort order.</summary>
    /// <param name="values">Five values.</param>
    /// <returns>The counts.</returns>
    public static CohortCounts From(ReadOnlySpan<long> values) =>
        values.Length == 5
            ? new(values[0], values[1], values[2], values[3], values[4])
            : throw new ArgumentException("Five values are needed, one per cohort.", nameof(values));

    /// <summary>The count of a cohort; null when there is no data.</summary>
    /// <param name="cohort">The cohort.</param>
    public long? this[Cohort cohort] => cohort switch
    {
        Cohort.All => _all,
        Cohort.Inclusive => _inclusive,
        Cohort.Disabled => _disabled,
        Cohort.DisabledChild => _disabledChild,
        Cohort.LimitedHealth => _limitedHealth,
        _ => throw new ArgumentOutOfRangeException(nameof(cohort), cohort, "Not a cohort."),
    };
}
