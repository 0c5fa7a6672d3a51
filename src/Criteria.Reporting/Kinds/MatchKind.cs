using Criteria.Catalog;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Kinds;

/// <summary><c>match</c>: two counts a and b that should be equal; takes no target.</summary>
internal sealed class MatchKind : CriterionKindDefinition
{
    /// <inheritdoc/>
    public override CriterionKind Kind => CriterionKind.Match;

    /// <inheritdoc/>
    public override string CollegeDoc => "numerator a, denominator b: two counts that should be equal";

    /// <inheritdoc/>
    public override string RegionDoc => "a = Σa over the colleges; b = Σb when every college has b, else null";

    /// <inheritdoc/>
    public override string StatusDoc => "college: b null → `noData`; a = b → `met`; else `notMet`. Region: `notMet` if any college is; else `noData` if any college is; else `met`";

    /// <inheritdoc/>
    public override bool HasRatio(bool region) => true;

    /// <inheritdoc/>
    public override string? TargetProblem(string code, ExactDecimal target) => $"criterion {code} is a match (a = b): it takes no target";

    /// <inheritdoc/>
    public override ExactDecimal? CollegeTarget(EvaluationProfile profile, string code, Cohort cohort) => null;

    /// <inheritdoc/>
    public override ExactDecimal? RegionTarget(EvaluationProfile profile, string code, Cohort cohort) => null;

    /// <inheritdoc/>
    public override CriterionResult College(KindCriterion criterion, Cohort cohort, CollegeCounts counts, ExactDecimal? target)
    {
        var expected = counts.Denominator;
        return Ratio(criterion, cohort, counts.Numerator, expected, expected is null ? ResultStatus.NoData : Status(counts.Numerator == expected));
    }

    /// <inheritdoc/>
    public override CriterionResult Region(KindCriterion criterion, Cohort cohort, RegionTotals colleges, ExactDecimal? target)
    {
        long? b = colleges.MissingDenominators == 0 ? colleges.Denominator : null;
        var status = colleges.NotMet > 0 ? ResultStatus.NotMet
            : colleges.NoData > 0 ? ResultStatus.NoData
            : ResultStatus.Met;
        return Ratio(criterion, cohort, colleges.Numerator, b, status);
    }
}
