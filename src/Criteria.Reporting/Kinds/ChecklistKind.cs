using Criteria.Catalog;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Kinds;

/// <summary><c>checklist</c>: required items present of required items; the region as for a presence.</summary>
internal sealed class ChecklistKind : CriterionKindDefinition
{
    /// <inheritdoc/>
    public override CriterionKind Kind => CriterionKind.Checklist;

    /// <inheritdoc/>
    public override string CollegeDoc => "numerator = required items the college has, denominator = required items";

    /// <inheritdoc/>
    public override string RegionDoc => "numerator = colleges met, denominator = colleges";

    /// <inheritdoc/>
    public override string StatusDoc => "college: `met` when numerator = denominator > 0, else `notMet`; region: as for `presence`";

    /// <inheritdoc/>
    public override bool HasRatio(bool region) => true;

    /// <inheritdoc/>
    public override ExactDecimal? CollegeTarget(EvaluationProfile profile, string code, Cohort cohort) => null; // a college has every item or not

    /// <inheritdoc/>
    public override CriterionResult College(KindCriterion criterion, Cohort cohort, CollegeCounts counts, ExactDecimal? target) =>
        Ratio(criterion, cohort, counts.Numerator, counts.Denominator ?? 0, Status(counts.Denominator > 0 && counts.Numerator == counts.Denominator));

    /// <inheritdoc/>
    public override CriterionResult Region(KindCriterion criterion, Cohort cohort, RegionTotals colleges, ExactDecimal? target) =>
        PresenceKind.CollegesMet(criterion, cohort, colleges, target);
}
