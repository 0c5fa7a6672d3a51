using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Rules.Tests;

/// <summary>Evaluates datasets with the standard catalog, and finds results in reports.</summary>
internal static class Evaluation
{
    public static readonly CriteriaEvaluator Evaluator = new([StandardCatalog.Catalog]);

    public static Report Evaluate(Dataset dataset, EvaluationProfile? profile = null, EvaluationMode mode = EvaluationMode.Strict) =>
        Evaluator.Evaluate(dataset, new EvaluationSettings { Profile = profile, Mode = mode });

    public static Report Evaluate(string json, EvaluationProfile? profile = null, EvaluationMode mode = EvaluationMode.Strict) =>
        Evaluate(DatasetReader.Parse(json).Dataset, profile, mode);

    public static CriterionResult Result(this Report report, string collegeId, string code, Cohort cohort = Cohort.All) =>
        report.Colleges.Single(c => c.Id == collegeId).Results.Single(r => r.Code == code && r.Cohort == cohort);

    public static CriterionResult Region(this Report report, string code, Cohort cohort = Cohort.All) =>
        report.RegionResults.Single(r => r.Code == code && r.Cohort == cohort);

    public static (long? Numerator, long? Denominator) Ratio(this CriterionResult result) => (result.Numerator, result.Denominator);

    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);
}
