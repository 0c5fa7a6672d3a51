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
    private readonly long[] _numerators = new long[5];
    private readonly long[] _denominators = new long[5];

    internal CollegeTally(string collegeId) => CollegeId = collegeId;

    /// <summary>The college.</summary>
    public string CollegeId { get; }

    

    /// <summary>An immutable copy of the counts, as the criterion's result fact.</summary>
    /// <param name="code">The criterion's code.</param>
    /// <returns>The tally of the criterion for this college.</returns>
    public CriterionTally Snapshot(string code) => new()
    {
        Code = code,
        CollegeId = CollegeId,
        Numerators = CohortCounts.From(_numerators),
        Denominators = CohortCounts.From(_denominators),
    };

    internal void Apply(CohortSet cohorts, long numerator, long denominator)
    {
        for (var cohort = 0; cohort < 5; cohort++)
        {
            if (((int)cohorts & (1 << cohort)) != 0)
            {
                _numerators[cohort] += numerator;
                _denominators[cohort] += denominator;
            }
        }
    }
}
