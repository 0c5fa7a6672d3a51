using Criteria.Catalog;
using Criteria.Evaluation;

namespace Criteria.Sdk.Aggregation;

/// <summary>
/// The running numerator and denominator of one college, per cohort: the result of
/// <see cref="TallyQueryExtensions.TallyByCollege{TFact}"/>. The engine updates it in place as facts
/// come and go; a rule yields <see cref="Snapshot"/> of it. Identity is by reference.
/// </summary>
public sealed class CollegeTally
{
    private readonly long[] _row = new long[CohortCounting.RowLength];

    internal CollegeTally(string collegeId) => CollegeId = collegeId;

    /// <summary>The college.</summary>
    public string CollegeId { get; }

    /// <summary>An immutable copy of the counts, as the criterion's result fact.</summary>
    /// <param name="code">The criterion's code.</param>
    /// <returns>The tally of the criterion for this college.</returns>
    public CriterionTally Snapshot(string code) => CohortCounting.Snapshot(_row, code, CollegeId);

    internal void Apply(CohortSet cohorts, long numerator, long denominator, int sign) => CohortCounting.Add(_row, cohorts, numerator, denominator, sign);
}
