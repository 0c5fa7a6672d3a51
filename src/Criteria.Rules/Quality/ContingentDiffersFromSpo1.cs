using System.Linq.Expressions;
using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Quality;
using Criteria.Sdk.Quality;

namespace Criteria.Rules.Quality;

/// <summary>DQ3 — the contingent differs from СПО-1 (5.1 not met), one finding per college and cohort.</summary>
public sealed class ContingentDiffersFromSpo1 : CollegeQualityRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.ContingentMismatch;

    /// <inheritdoc />
    protected override Expression<Func<CollegeFact, bool>> Condition => c => c.Spo1 != null;

    /// <inheritdoc />
    protected override IEnumerable<Finding> Describe(CollegeFact fact)
    {
        var spo1 = fact.Spo1!;
        foreach (var (cohort, field, expected) in new[]
                 {
                     (Cohort.All, "total", (int?)spo1.Total),
                     (Cohort.Disabled, "disabled", spo1.Disabled),
                     (Cohort.DisabledChild, "disabledChild", spo1.DisabledChild),
                     (Cohort.LimitedHealth, "limitedHealth", spo1.LimitedHealth),
                 })
        {
            var actual = fact.Contingent[cohort] ?? 0;
            if (expected is { } count && count != actual)
            {
                yield return Finding(
                    fact.Id,
                    fact.Id,
                    $"{fact.Path}.spo1.{field}",
                    $"cohort {cohort.Name()}: the dataset has {actual} graduate records, report СПО-1 gives {count}");
            }
        }
    }
}
