using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Profiles;
using FsCheck;
using FsCheck.Fluent;

namespace Criteria.PropertyTests.Generators;

/// <summary>
/// Evaluation profiles beyond the default: windows of 0 days and of more days than the calendar has,
/// status sets that overlap or are empty, checklists with repeats or none, and targets at the edges
/// (0, 1, exact fractions, more digits than a decimal holds, huge counts), in <c>targets</c> and <c>regionTargets</c>.
/// </summary>
public static class ProfileGenerators
{
    private static readonly string[] ChecklistItems = ["regulation", "contacts", "workPlan", "vacancies", "events", "supportMeasures", "photoGallery"];

    private static readonly string[] FractionTexts =
    [
        "0", "1", "0.5", "0.9", "0.25", "0.05", "0.75", "0.6666666666666666666666666666666666667",
        "0.33333333333333333333333333334", "0.33333333333333333333333333333", "0.99999999999999999999999999999999", "1E-1", "1.000",
    ];

    public static Gen<int> Window => Gen.OneOf(
        Gen.Elements(0, 1, 30, 365, 800_000, 1_000_000, int.MaxValue),
        Gen.Choose(0, 120));

    public static Gen<ExactDecimal> Fraction => Gen.OneOf(
        Gen.Elements(FractionTexts).Select(ExactDecimal.Parse),
        Gen.Choose(0, 1000).Select(k => (ExactDecimal)(k / 1000m)),
        from d in Gen.Choose(1, 12) from n in Gen.Choose(0, 12) where n <= d select (ExactDecimal)Math.Round((decimal)n / d, 28));

    public static Gen<ExactDecimal> WholeNumber => Gen.OneOf(
        Gen.Choose(0, 12).Select(n => (ExactDecimal)(long)n),
        Gen.Elements("100000000000000000000000000000000", "10.0").Select(ExactDecimal.Parse));

    public static Gen<ValueArray<EmploymentStatus>> Statuses =>
        Gen.SubListOf(Enum.GetValues<EmploymentStatus>()).Select(s => s.ToValueArray());

    public static Gen<ValueArray<string>> Checklist => Gen.OneOf(
        Gen.Constant(EvaluationProfile.DefaultWebsiteChecklist),
        Gen.Choose(0, 6).SelectMany(n => Gen.Elements(ChecklistItems).ArrayOf(n)).Select(items => items.ToValueArray()));

    /// <summary>Targets for some of the criteria, each valid for its kind (no target on a match).</summary>
    public static Gen<Dictionary<string, ExactDecimal>> Targets =>
        Gen.SubListOf(Laws.Criteria.Values.Where(c => c.Kind != CriterionKind.Match).ToArray()).SelectMany(criteria =>
            Gen.CollectToSequence(criteria, c => c.Kind == CriterionKind.Count ? WholeNumber : Fraction)
                .Select(values => criteria.Select((c, i) => (c.Code, Value: values.ElementAt(i))).ToDictionary(x => x.Code, x => x.Value, StringComparer.Ordinal)));

    public static Gen<EvaluationProfile> Profile =>
        from targets in Targets
        from regionTargets in Targets
        from chat in Window
        from vacancy in Window
        from track in Window
        from checklist in Checklist
        from employed in Statuses
        from outside in Statuses
        from atRisk in Statuses
        select new EvaluationProfile
        {
            Targets = targets,
            RegionTargets = regionTargets,
            ChatActivityDays = chat,
            VacancyFreshnessDays = vacancy,
            TrackFreshnessDays = track,
            WebsiteChecklist = checklist,
            EmployedStatuses = employed,
            OutsideLabourMarketStatuses = outside,
            AtRiskStatuses = atRisk,
        };
}
