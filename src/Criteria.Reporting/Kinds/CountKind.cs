using System.Globalization;
using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Kinds;

/// <summary><c>count</c>: a whole number; the region sums, or counts distinct ids over all colleges. A target applies to the cohort <c>all</c> only.</summary>
internal sealed class CountKind : CriterionKindDefinition
{
    /// <inheritdoc/>
    public override CriterionKind Kind => CriterionKind.Count;

    /// <inheritdoc/>
    public override bool CountsThings => true;

    /// <inheritdoc/>
    public override string CollegeDoc => "a whole number";

    /// <inheritdoc/>
    public override string RegionDoc => "as the criterion says: a sum (5.5), or distinct ids over all colleges (3.3)";

    /// <inheritdoc/>
    public override string StatusDoc => "against the target if there is one, else `noTarget`";

    /// <inheritdoc/>
    public override bool HasRatio(bool region) => false;

    /// <inheritdoc/>
    public override string? TargetProblem(string code, ExactDecimal target) =>
        target.IsNegative || !target.IsWhole ? $"criterion {code} is a count: its target must be a whole number ≥ 0, not {target}" : null;

    /// <inheritdoc/>
    public override string TargetText(ExactDecimal target, bool lowerIsBetter, NumberFormatInfo numbers) => target.ToDouble().ToString("0", numbers);

    /// <inheritdoc/>
    public override bool TakesCollegeTarget(Cohort cohort) => cohort == Cohort.All;

    /// <inheritdoc/>
    public override ExactDecimal? CollegeTarget(EvaluationProfile profile, string code, Cohort cohort) =>
        cohort == Cohort.All ? base.CollegeTarget(profile, code, cohort) : null;

    /// <inheritdoc/>
    public override ExactDecimal? RegionTarget(EvaluationProfile profile, string code, Cohort cohort) =>
        cohort == Cohort.All && profile.RegionTargets.TryGetValue(code, out var target) ? target : null;

    /// <inheritdoc/>
    public override CriterionResult College(KindCriterion criterion, Cohort cohort, CollegeCounts counts, ExactDecimal? target) =>
        Count(criterion, cohort, criterion.DistinctIds ? counts.Ids.Count : counts.Numerator, criterion.DistinctIds ? counts.Ids : null, target);

    /// <inheritdoc/>
    public override CriterionResult Region(KindCriterion criterion, Cohort cohort, RegionTotals colleges, ExactDecimal? target)
    {
        if (criterion.DistinctIds)
        {
            var ids = colleges.DistinctIds();
            return Count(criterion, cohort, ids.Count, ids, target);
        }

        return Count(criterion, cohort, colleges.Values, null, target);
    }

    private static CriterionResult Count(KindCriterion criterion, Cohort cohort, long count, ValueArray<string>? ids, ExactDecimal? target) => new()
    {
        Code = criterion.Code,
        Cohort = cohort,
        Value = ResultValue.Of(count),
        Ids = ids,
        IdsName = criterion.IdsName,
        Target = target,
        Status = target is { } t ? Status(Meets(count, 1, t, criterion.LowerIsBetter)) : ResultStatus.NoTarget,
    };
}
