using Criteria.Collections;

namespace Criteria.Evaluation;

/// <summary>
/// What a criterion's rule yields for one college: numerator and denominator per cohort (for a
/// match, a and b; for a count, the count as numerator), and for a distinct count the ids counted.
/// The evaluator turns tallies into results; the region's result is rolled up from them. Immutable.
/// </summary>
public sealed record CriterionTally
{
    /// <summary>The criterion's code.</summary>
    public required string Code { get; init; }

    /// <summary>The college.</summary>
    public required string CollegeId { get; init; }

    /// <summary>Numerators per cohort.</summary>
    public CohortCounts Numerators { get; init; } = CohortCounts.Zero;

    /// <summary>Denominators per cohort; null where there is none (a match's missing СПО-1 count).</summary>
    public CohortCounts Denominators { get; init; } = CohortCounts.Zero;

    /// <summary>For a distinct count, the distinct ids, sorted ordinally.</summary>
    public ValueArray<string> Ids { get; init; }
}
