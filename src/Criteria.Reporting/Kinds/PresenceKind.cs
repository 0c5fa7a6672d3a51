using Criteria.Catalog;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Kinds;

/// <summary><c>presence</c>: true or false per college; the region is the share of colleges where it is true.</summary>
internal sealed class PresenceKind : CriterionKindDefinition
{
    /// <inheritdoc/>
    public override CriterionKind Kind => CriterionKind.Presence;

    /// <inheritdoc/>
    public override string CollegeDoc => "`value` true or false";

    /// <inheritdoc/>
    public override string RegionDoc => "numerator = colleges where true, denominator = colleges, value = their ratio";

    /// <inheritdoc/>
    public override string StatusDoc => "college: `met` when true, else `notMet`; region: against the target if there is one, else `noTarget` (`noData` with no colleges)";

    /// <inheritdoc/>
    public override bool HasRatio(bool region) => region;

    /// <inheritdoc/>
    public override ExactDecimal? CollegeTarget(EvaluationProfile profile, string code, Cohort cohort) => null; // a college either has it or not

    /// <inheritdoc/>
    public override CriterionResult College(KindCriterion criterion, Cohort cohort, CollegeCounts counts, ExactDecimal? target) => new()
    {
        Code = criterion.Code,
        Cohort = cohort,
        Value = ResultValue.Of(counts.Numerator > 0),
        Status = Status(counts.Numerator > 0),
    };

    /// <inheritdoc/>
    public override CriterionResult Region(KindCriterion criterion, Cohort cohort, RegionTotals colleges, ExactDecimal? target) =>
        CollegesMet(criterion, cohort, colleges, target);

    /// <summary>The region of a kind judged per college: numerator = colleges met, denominator = colleges, against the region's target.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="colleges">The totals of the colleges' results.</param>
    /// <param name="target">The target.</param>
    /// <returns>The result.</returns>
    internal static CriterionResult CollegesMet(KindCriterion criterion, Cohort cohort, RegionTotals colleges, ExactDecimal? target)
    {
        var met = colleges.Met;
        var all = colleges.Colleges;
        var status = all == 0 ? ResultStatus.NoData : target is { } t ? Status(Meets(met, all, t, criterion.LowerIsBetter)) : ResultStatus.NoTarget;
        return Ratio(criterion, cohort, met, all, status, target);
    }
}
