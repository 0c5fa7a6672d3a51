using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Profiles;
using Criteria.Reporting;
using Criteria.Rules;

namespace Criteria.PropertyTests;

/// <summary>What the ratio laws share: one compiled evaluator, and ways to look into reports.</summary>
internal static class Laws
{
    public static readonly CriteriaEvaluator Evaluator = new([StandardCatalog.Catalog]);

    public static readonly IReadOnlyDictionary<string, CriterionDescriptor> Criteria = Evaluator.Criteria.ToDictionary(c => c.Code);

    public static Report Evaluate(Dataset dataset, EvaluationProfile? profile = null, EvaluationMode mode = EvaluationMode.Strict) =>
        Evaluator.Evaluate(dataset, new EvaluationSettings { Profile = profile, Mode = mode });

    public static IEnumerable<CriterionResult> AllResults(Report report) => report.Colleges.SelectMany(c => c.Results).Concat(report.RegionResults);

    public static bool IsShare(CriterionResult result) => Criteria[result.Code].Kind == CriterionKind.Share;

    public static CriterionResult Result(Report report, string collegeId, string code, Cohort cohort) =>
        report.Colleges.First(c => c.Id == collegeId).Results.First(r => r.Code == code && r.Cohort == cohort);

    /// <summary>Results keyed by college id (null for the region), code and cohort: comparable whatever the college order.</summary>
    public static Dictionary<(string? College, string Code, Cohort Cohort), CriterionResult> Keyed(Report report)
    {
        var keyed = report.Colleges.SelectMany(c => c.Results.Select(r => (Key: ((string?)c.Id, r.Code, r.Cohort), Result: r)))
            .Concat(report.RegionResults.Select(r => (Key: ((string?)null, r.Code, r.Cohort), Result: r)));
        return keyed.ToDictionary(x => x.Key, x => x.Result);
    }

    public static bool SameResults(Report left, Report right)
    {
        var a = Keyed(left);
        var b = Keyed(right);
        return a.Count == b.Count && a.All(x => b.TryGetValue(x.Key, out var other) && other == x.Value);
    }

    public static T[] Shuffle<T>(IEnumerable<T> items, Random random)
    {
        var array = items.ToArray();
        random.Shuffle(array);
        return array;
    }
}
