using Criteria.Collections;
using Criteria.Facts;

namespace Criteria.Catalog;

/// <summary>The cohort lists of docs/criteria.md, and cohort membership.</summary>
public static class Cohorts
{
    /// <summary>The five cohorts of a graduate-based criterion, in report order.</summary>
    public static ValueArray<Cohort> Graduate { get; } = [Cohort.All, Cohort.Inclusive, Cohort.Disabled, Cohort.DisabledChild, Cohort.LimitedHealth];

    /// <summary>Only <see cref="Cohort.All"/>: college facts (group 1, 3.5) and 3.3.</summary>
    public static ValueArray<Cohort> AllOnly { get; } = [Cohort.All];

    /// <summary>The four cohorts of report СПО-1 (criterion 5.1): no <see cref="Cohort.Inclusive"/>.</summary>
    public static ValueArray<Cohort> Spo1 { get; } = [Cohort.All, Cohort.Disabled, Cohort.DisabledChild, Cohort.LimitedHealth];

    /// <summary>How many cohorts there are (the members of <see cref="Cohort"/>).</summary>
    internal const int Count = 5;

    /// <summary>The cohorts of a set, for <c>foreach</c>: <c>foreach (var cohort in set)</c>.</summary>
    /// <param name="set">The set.</param>
    /// <returns>An enumerator over the set's cohorts.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static CohortSetEnumerator GetEnumerator(this CohortSet set) => new(set);

    /// <summary>The cohorts of a graduate with the given health categories: always <see cref="Cohort.All"/>.</summary>
    /// <param name="health">The graduate's health categories.</param>
    /// <returns>The set of cohorts.</returns>
    public static CohortSet Of(HealthCategories health)
    {
        var set = CohortSet.All;
        if (health != HealthCategories.None)
        {
            set |= CohortSet.Inclusive;
        }

        if ((health & HealthCategories.Disabled) != 0)
        {
            set |= CohortSet.Disabled;
        }

        if ((health & HealthCategories.DisabledChild) != 0)
        {
            set |= CohortSet.DisabledChild;
        }

        if ((health & HealthCategories.LimitedHealth) != 0)
        {
            set |= CohortSet.LimitedHealth;
        }

        return set;
    }

    /// <summary>True when <paramref name="set"/> holds <paramref name="cohort"/>.</summary>
    /// <param name="set">A set of cohorts.</param>
    /// <param name="cohort">A cohort.</param>
    public static bool Contains(this CohortSet set, Cohort cohort) => ((int)set & (1 << (int)cohort)) != 0;

    /// <summary>The JSON name of a cohort: <c>all</c>, <c>inclusive</c>, <c>disabled</c>, <c>disabledChild</c>, <c>limitedHealth</c>.</summary>
    /// <param name="cohort">A cohort.</param>
    public static string Name(this Cohort cohort) => cohort switch
    {
        Cohort.All => "all",
        Cohort.Inclusive => "inclusive",
        Cohort.Disabled => "disabled",
        Cohort.DisabledChild => "disabledChild",
        Cohort.LimitedHealth => "limitedHealth",
        _ => throw new ArgumentOutOfRangeException(nameof(cohort), cohort, "Not a cohort."),
    };
}
