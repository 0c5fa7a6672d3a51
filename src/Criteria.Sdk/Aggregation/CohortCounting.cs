using System.Runtime.CompilerServices;
using Criteria.Catalog;
using Criteria.Evaluation;

namespace Criteria.Sdk.Aggregation;

/// <summary>
/// The one counting core of a tally, used by the Rete aggregate (<see cref="CollegeTally"/>) and the
/// compiled plan alike: a college's counts for one criterion are a row of <see cref="RowLength"/> whole
/// numbers — how many facts contributed, then a numerator and a denominator per cohort — to which a fact
/// adds its contribution (or takes it back, with <c>sign</c> −1), and from which the snapshot is made.
/// </summary>
internal static class CohortCounting
{
    private const int Numerators = 1;
    private const int Denominators = Numerators + Cohorts.Count;

    /// <summary>The length of a row: the members, the numerators of the cohorts, their denominators.</summary>
    public const int RowLength = Denominators + Cohorts.Count;

    /// <summary>Adds (or, with <paramref name="sign"/> −1, takes back) one fact's contribution to a row.</summary>
    /// <param name="row">The row (<see cref="RowLength"/> numbers).</param>
    /// <param name="cohorts">The cohorts the fact counts in.</param>
    /// <param name="numerator">Its numerator.</param>
    /// <param name="denominator">Its denominator.</param>
    /// <param name="sign">+1 to add, −1 to take back.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(Span<long> row, CohortSet cohorts, long numerator, long denominator, int sign = 1)
    {
        row[0] += sign;
        foreach (var cohort in cohorts)
        {
            row[Numerators + (int)cohort] += sign * numerator;
            row[Denominators + (int)cohort] += sign * denominator;
        }
    }

    /// <summary>Whether any fact contributes to a row.</summary>
    /// <param name="row">The row.</param>
    /// <returns>True when one does.</returns>
    public static bool HasMembers(ReadOnlySpan<long> row) => row[0] > 0;

    /// <summary>Whether a tally is the snapshot of a row (<see cref="Snapshot"/> would make an equal one).</summary>
    /// <param name="row">The row.</param>
    /// <param name="tally">The tally held.</param>
    /// <returns>True when the tally's counts are the row's.</returns>
    public static bool Describes(ReadOnlySpan<long> row, CriterionTally tally) =>
        tally.Ids.Count == 0
        && tally.Numerators == CohortCounts.From(row.Slice(Numerators, Cohorts.Count))
        && tally.Denominators == CohortCounts.From(row.Slice(Denominators, Cohorts.Count));

    /// <summary>The snapshot a rule yields of a row.</summary>
    /// <param name="row">The row.</param>
    /// <param name="code">The criterion's code.</param>
    /// <param name="collegeId">The college.</param>
    /// <returns>The snapshot.</returns>
    public static CriterionTally Snapshot(ReadOnlySpan<long> row, string code, string collegeId) => new()
    {
        Code = code,
        CollegeId = collegeId,
        Numerators = CohortCounts.From(row.Slice(Numerators, Cohorts.Count)),
        Denominators = CohortCounts.From(row.Slice(Denominators, Cohorts.Count)),
    };
}
