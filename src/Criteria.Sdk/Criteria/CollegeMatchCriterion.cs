using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Evaluation;

namespace Criteria.Sdk.Criteria;

/// <summary>
/// Two counts of a college that must be equal, per cohort (5.1: the contingent in the AIS and the
/// count of report СПО-1): a = <see cref="Actual"/>, b = <see cref="Expected"/> (null when the source
/// has no count).
/// </summary>
public abstract class CollegeMatchCriterion : CriterionRule
{
    /// <inheritdoc />
    public sealed override CriterionKind Kind => CriterionKind.Match;

    /// <inheritdoc />
    public override ValueArray<Cohort> ReportedCohorts => Catalog.Cohorts.Spo1;

    /// <summary>a: the count found, for a cohort.</summary>
    /// <param name="college">The college.</param>
    /// <param name="cohort">The cohort.</param>
    /// <returns>The count.</returns>
    protected abstract long Actual(CollegeFact college, Cohort cohort);

    /// <summary>b: the count expected, for a cohort; null when the source has none.</summary>
    /// <param name="college">The college.</param>
    /// <param name="cohort">The cohort.</param>
    /// <returns>The count, or null.</returns>
    protected abstract long? Expected(CollegeFact college, Cohort cohort);

    /// <inheritdoc />
    public override void Define()
    {
        Name(Code);
        CollegeFact college = null!;
        When().Match(() => college);
        Then().Yield(_ => Tally(college));
    }

    /// <summary>The tally of one college: a and b for each of the criterion's cohorts.</summary>
    /// <param name="college">The college.</param>
    /// <returns>The tally.</returns>
    protected CriterionTally Tally(CollegeFact college)
    {
        ArgumentNullException.ThrowIfNull(college);
        long? A(Cohort c) => ReportedCohorts.Contains(c) ? Actual(college, c) : null;
        long? B(Cohort c) => ReportedCohorts.Contains(c) ? Expected(college, c) : null;
        return new CriterionTally
        {
            Code = Code,
            CollegeId = college.Id,
            Numerators = new CohortCounts(A(Cohort.All), A(Cohort.Inclusive), A(Cohort.Disabled), A(Cohort.DisabledChild), A(Cohort.LimitedHealth)),
            Denominators = new CohortCounts(B(Cohort.All), B(Cohort.Inclusive), B(Cohort.Disabled), B(Cohort.DisabledChild), B(Cohort.LimitedHealth)),
        };
    }
}
