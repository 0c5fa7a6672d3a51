using Criteria.Catalog;
using Criteria.Reporting;

namespace Criteria.Benchmarks.Baseline;

/// <summary>The numbers of a library report in the baseline's shape, to compare the two.</summary>
public static class ReportNumbers
{
    public static List<BaselineResult> From(Report report)
    {
        var kinds = report.Criteria.ToDictionary(c => c.Code, c => c.Kind, StringComparer.Ordinal);
        var results = new List<BaselineResult>();
        foreach (var college in report.Colleges)
        {
            results.AddRange(college.Results.Select(r => Number(college.Id, r, kinds[r.Code])));
        }

        results.AddRange(report.RegionResults.Select(r => Number(null, r, kinds[r.Code])));
        return results;
    }

    /// <summary>The results in a stable order, to compare as sequences.</summary>
    public static List<BaselineResult> Sorted(IEnumerable<BaselineResult> results) =>
        [.. results.OrderBy(r => r.CollegeId ?? "", StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Cohort)];

    private static BaselineResult Number(string? college, CriterionResult result, CriterionKind kind) => result switch
    {
        { HasRatio: true } => new(college, result.Code, result.Cohort, result.Numerator ?? 0, result.Denominator, result.Status, result.Target),
        _ when kind == CriterionKind.Presence => new(college, result.Code, result.Cohort, result.Value.Flag ? 1 : 0, null, result.Status, result.Target),
        _ => new(college, result.Code, result.Cohort, (long)result.Value.Number, null, result.Status, result.Target),
    };
}
