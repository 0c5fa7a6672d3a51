using System.Text.Json;
using Criteria.Catalog;
using Criteria.Profiles;

namespace Criteria.Benchmarks.Baseline;

/// <summary>One criterion of the catalog as the writer goes through it: where its numbers come from, its cohorts, its targets.</summary>
/// <param name="Code">The code, encoded.</param>
/// <param name="Source">Where its numbers come from.</param>
/// <param name="Graduate">Its position in <see cref="GraduateCounters.Codes"/>; -1 for a criterion of the college record.</param>
/// <param name="Cohorts">The cohorts it is reported for.</param>
/// <param name="LowerIsBetter">True for 5.9 and 5.10.</param>
/// <param name="IdsName">The name of the ids a distinct count lists.</param>
/// <param name="Target">The colleges' target (of cohort all only, for a count), with its text.</param>
/// <param name="Region">The region's target (of cohort all only, for a count), with its text.</param>
internal sealed record ReportRow(JsonEncodedText Code, ResultSource Source, int Graduate, Cohort[] Cohorts, bool LowerIsBetter, JsonEncodedText IdsName, (ExactDecimal Value, string Text)? Target, (ExactDecimal Value, string Text)? Region)
{
    /// <summary>The row of a criterion of the standard catalog under a profile.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="profile">The profile.</param>
    /// <returns>The row.</returns>
    public static ReportRow Of(CriterionDescriptor criterion, EvaluationProfile profile)
    {
        var graduate = Array.IndexOf(GraduateCounters.Codes, criterion.Code);
        var source = criterion.Code switch
        {
            "1.1" => ResultSource.Plan,
            "1.2" => ResultSource.Checklist,
            "1.3" => ResultSource.Chat,
            "3.3" => ResultSource.Employers,
            "3.5" => ResultSource.Bank,
            "5.1" => ResultSource.Contingent,
            "5.5" => ResultSource.GraduateCount,
            _ when graduate >= 0 => ResultSource.GraduateShare,
            _ => throw new InvalidOperationException($"criterion {criterion.Code} is not in the standard catalog this pass computes"),
        };

        static (ExactDecimal, string)? Of(IReadOnlyDictionary<string, ExactDecimal> targets, string code) =>
            targets.TryGetValue(code, out var target) ? (target, target.ToString()) : null;

        // Counts: targets for the colleges' cohort all, regionTargets for the region's; shares and the region of
        // presence and checklist criteria: regionTargets before targets; matches, a college's presence or checklist: none.
        var (target, region) = criterion.Kind switch
        {
            CriterionKind.Count => (Of(profile.Targets, criterion.Code), Of(profile.RegionTargets, criterion.Code)),
            CriterionKind.Match => (null, null),
            _ => (criterion.Kind == CriterionKind.Share ? Of(profile.Targets, criterion.Code) : null, Of(profile.RegionTargets, criterion.Code) ?? Of(profile.Targets, criterion.Code)),
        };
        return new ReportRow(JsonEncodedText.Encode(criterion.Code), source, graduate, [.. criterion.Cohorts], criterion.LowerIsBetter, JsonEncodedText.Encode(criterion.IdsName), target, region);
    }

    /// <summary>The target of a college's result in a cohort, if any.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <returns>The target.</returns>
    public (ExactDecimal Value, string Text)? CollegeTarget(Cohort cohort) => Source is ResultSource.Employers or ResultSource.GraduateCount && cohort != Cohort.All ? null : Target;

    /// <summary>The target of the region's result in a cohort, if any.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <returns>The target.</returns>
    public (ExactDecimal Value, string Text)? RegionTarget(Cohort cohort) => Source is ResultSource.Employers or ResultSource.GraduateCount && cohort != Cohort.All ? null : Region;
}
