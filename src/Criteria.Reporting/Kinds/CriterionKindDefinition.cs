using System.Globalization;
using Criteria.Catalog;
using Criteria.Json.Converters;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Kinds;

/// <summary>
/// The one definition of a kind of criterion (docs/criteria.md, "Kinds of criterion"): what a college's
/// result holds, how the region's result is made from the colleges', which target applies and how it is
/// checked, how a target reads for a person, and the kind's row of the documented table (which is
/// generated from these definitions). The engine builds results, the profile check checks targets and the
/// renderings write targets through it; adding a kind is one more definition (<see cref="CriterionKinds"/>).
/// </summary>
internal abstract class CriterionKindDefinition
{
    /// <summary>The kind.</summary>
    public abstract CriterionKind Kind { get; }

    /// <summary>The kind's name in the contract (<c>share</c>).</summary>
    public string Name => ContractEnumConverter<CriterionKind>.NameOf(Kind);

    /// <summary>Whether a value of the kind is a number of things (drawn on its own scale), not a fraction from 0 to 1.</summary>
    public virtual bool CountsThings => false;

    /// <summary>The documented table's cell: what a college's result holds.</summary>
    public abstract string CollegeDoc { get; }

    /// <summary>The documented table's cell: how the region's result is made.</summary>
    public abstract string RegionDoc { get; }

    /// <summary>The documented table's cell: the statuses.</summary>
    public abstract string StatusDoc { get; }

    /// <summary>Whether a result of the kind carries a numerator and a denominator (even when failed).</summary>
    /// <param name="region">Whether it is the region's result.</param>
    /// <returns>True when it does.</returns>
    public abstract bool HasRatio(bool region);

    /// <summary>What is wrong with a target for a criterion of the kind (docs/profile.md, "Targets, by kind"); null when nothing is.</summary>
    /// <param name="code">The criterion's code.</param>
    /// <param name="target">The target.</param>
    /// <returns>The problem, in words, or null.</returns>
    public virtual string? TargetProblem(string code, ExactDecimal target) =>
        target.IsNegative || target > ExactDecimal.One ? $"criterion {code} is a {Name}: its target must be a fraction from 0 to 1, not {target}" : null;

    /// <summary>A target as a person reads it: <c>≥ 75 %</c>, or <c>≤ 10 %</c> when lower is better.</summary>
    /// <param name="target">The target.</param>
    /// <param name="lowerIsBetter">Whether lower is better.</param>
    /// <param name="numbers">How numbers are written.</param>
    /// <returns>The text.</returns>
    public virtual string TargetText(ExactDecimal target, bool lowerIsBetter, NumberFormatInfo numbers) =>
        (lowerIsBetter ? "≤ " : "≥ ") + (target.ToDouble() * 100).ToString("0.#", numbers) + " %";

    /// <summary>The target of a college's result in a cohort: the profile's <c>targets</c>.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="code">The criterion's code.</param>
    /// <param name="cohort">The cohort.</param>
    /// <returns>The target, or null.</returns>
    public virtual ExactDecimal? CollegeTarget(EvaluationProfile profile, string code, Cohort cohort) =>
        profile.Targets.TryGetValue(code, out var target) ? target : null;

    /// <summary>Whether a college's own target (the profile's <c>collegeTargets</c>) applies to the kind's results in a cohort: shares in every cohort, counts in <c>all</c>.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <returns>True when it does.</returns>
    public virtual bool TakesCollegeTarget(Cohort cohort) => false;

    /// <summary>A college's own target of a result, from the profile's <c>collegeTargets</c>; null when it sets none (or the kind takes none).</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="collegeId">The college's id.</param>
    /// <param name="code">The criterion's code.</param>
    /// <param name="cohort">The cohort.</param>
    /// <returns>The target, or null.</returns>
    public ExactDecimal? OwnTarget(EvaluationProfile profile, string collegeId, string code, Cohort cohort) =>
        profile.CollegeTargets.Count > 0 && TakesCollegeTarget(cohort)
        && profile.CollegeTargets.TryGetValue(collegeId, out var own) && own.TryGetValue(code, out var target)
            ? target
            : null;

    /// <summary>
    /// A college's result held to its own target where the profile sets one (with the region-wide expectation and
    /// the status it would give beside it), else to the profile's <c>targets</c>.
    /// </summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="counts">What was counted for the college.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="collegeId">The college's id.</param>
    /// <param name="failed">Whether the criterion's rule failed (the result is then an error, still with its targets).</param>
    /// <returns>The result.</returns>
    public CriterionResult College(KindCriterion criterion, Cohort cohort, CollegeCounts counts, EvaluationProfile profile, string collegeId, bool failed = false)
    {
        var regionWide = CollegeTarget(profile, criterion.Code, cohort);
        CriterionResult Held(ExactDecimal? target) => failed ? Failed(criterion, cohort, target, region: false) : College(criterion, cohort, counts, target);
        if (OwnTarget(profile, collegeId, criterion.Code, cohort) is not { } own)
        {
            return Held(regionWide);
        }

        var result = Held(own) with { TargetSource = TargetSource.College };
        return regionWide is { } expected ? result with { ProfileTarget = expected, ProfileStatus = Held(expected).Status } : result;
    }

    /// <summary>The target of the region's result in a cohort: <c>regionTargets</c>, else <c>targets</c>.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="code">The criterion's code.</param>
    /// <param name="cohort">The cohort.</param>
    /// <returns>The target, or null.</returns>
    public virtual ExactDecimal? RegionTarget(EvaluationProfile profile, string code, Cohort cohort) =>
        profile.RegionTargets.TryGetValue(code, out var region) ? region
        : profile.Targets.TryGetValue(code, out var target) ? target
        : null;

    /// <summary>A college's result.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="counts">What was counted for the college.</param>
    /// <param name="target">The target (<see cref="CollegeTarget"/>).</param>
    /// <returns>The result.</returns>
    public abstract CriterionResult College(KindCriterion criterion, Cohort cohort, CollegeCounts counts, ExactDecimal? target);

    /// <summary>The region's result, from the colleges' results in the same cohort.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="colleges">The colleges' results.</param>
    /// <param name="target">The target (<see cref="RegionTarget"/>).</param>
    /// <returns>The result.</returns>
    public CriterionResult Region(KindCriterion criterion, Cohort cohort, IReadOnlyList<CriterionResult> colleges, ExactDecimal? target) =>
        Region(criterion, cohort, RegionTotals.Of(colleges), target);

    /// <summary>The region's result, from the totals of the colleges' results in the same cohort (the one definition of the roll-up).</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="colleges">The totals of the colleges' results.</param>
    /// <param name="target">The target (<see cref="RegionTarget"/>).</param>
    /// <returns>The result.</returns>
    public abstract CriterionResult Region(KindCriterion criterion, Cohort cohort, RegionTotals colleges, ExactDecimal? target);

    /// <summary>The result of a criterion whose rule failed: no value, status <c>error</c>, the ratio's members (null) where the contract always has them, and the target it would have been held to.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="target">The target.</param>
    /// <param name="region">Whether it is the region's result.</param>
    /// <returns>The result.</returns>
    public CriterionResult Failed(KindCriterion criterion, Cohort cohort, ExactDecimal? target, bool region) => new()
    {
        Code = criterion.Code,
        Cohort = cohort,
        HasRatio = HasRatio(region),
        Target = target,
        Status = ResultStatus.Error,
    };

    /// <summary>
    /// numerator ÷ denominator against an exact decimal target m ÷ 10^s, compared in whole numbers with no
    /// rounding: 10^s·n ≥ m·d (≤ when lower is better), whatever the number of the target's digits.
    /// </summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator (positive).</param>
    /// <param name="target">The target.</param>
    /// <param name="lowerIsBetter">Whether lower is better.</param>
    /// <returns>Whether the target is met.</returns>
    public static bool Meets(long numerator, long denominator, ExactDecimal target, bool lowerIsBetter)
    {
        var order = target.CompareToFraction(numerator, denominator); // the sign of target − fraction
        return lowerIsBetter ? order >= 0 : order <= 0;
    }

    /// <summary><c>met</c> or <c>notMet</c>.</summary>
    /// <param name="met">Whether it is met.</param>
    /// <returns>The status.</returns>
    protected static ResultStatus Status(bool met) => met ? ResultStatus.Met : ResultStatus.NotMet;

    /// <summary>A result with a numerator and a denominator; its value is their fraction, or none without a positive denominator.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator, or null.</param>
    /// <param name="status">The status.</param>
    /// <param name="target">The target.</param>
    /// <returns>The result.</returns>
    protected static CriterionResult Ratio(KindCriterion criterion, Cohort cohort, long numerator, long? denominator, ResultStatus status, ExactDecimal? target = null) => new()
    {
        Code = criterion.Code,
        Cohort = cohort,
        HasRatio = true,
        Numerator = numerator,
        Denominator = denominator,
        Value = denominator is > 0 ? ResultValue.Fraction(numerator, denominator.Value) : ResultValue.None,
        Target = target,
        Status = status,
    };
}
