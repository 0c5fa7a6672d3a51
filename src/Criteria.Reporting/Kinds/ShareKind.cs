using Criteria.Catalog;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Kinds;

/// <summary><c>share</c>: numerator ÷ denominator of whole numbers; the region is Σ numerators ÷ Σ denominators.</summary>
internal sealed class ShareKind : CriterionKindDefinition
{
    /// <inheritdoc/>
    public override CriterionKind Kind => CriterionKind.Share;

    /// <inheritdoc/>
    public override string CollegeDoc => "numerator ÷ denominator (whole numbers), a fraction from 0 to 1";

    /// <inheritdoc/>
    public override string RegionDoc => "Σ numerators ÷ Σ denominators — never the mean of the colleges' shares";

    /// <inheritdoc/>
    public override string StatusDoc => "denominator 0: value null, `noData`; else against the target if there is one (`met` / `notMet`), else `noTarget`";

    /// <inheritdoc/>
    public override bool HasRatio(bool region) => true;

    /// <inheritdoc/>
    public override bool TakesCollegeTarget(Cohort cohort) => true;

    /// <inheritdoc/>
    public override CriterionResult College(KindCriterion criterion, Cohort cohort, CollegeCounts counts, ExactDecimal? target) =>
        Share(criterion, cohort, counts.Numerator, counts.Denominator ?? 0, target);

    /// <inheritdoc/>
    public override CriterionResult Region(KindCriterion criterion, Cohort cohort, RegionTotals colleges, ExactDecimal? target) =>
        Share(criterion, cohort, colleges.Numerator, colleges.Denominator, target);

    private static CriterionResult Share(KindCriterion criterion, Cohort cohort, long numerator, long denominator, ExactDecimal? target) =>
        Ratio(
            criterion,
            cohort,
            numerator,
            denominator,
            denominator == 0 ? ResultStatus.NoData : target is { } t ? Status(Meets(numerator, denominator, t, criterion.LowerIsBetter)) : ResultStatus.NoTarget,
            target);
}
