using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Profiles;

namespace Criteria.Reporting;

/// <summary>The result of one criterion for one college (or the region) and one cohort.</summary>
public sealed record CriterionResult
{
    private readonly bool _collegeTarget;

    /// <summary>The criterion's code.</summary>
    public required string Code { get; init; }

    /// <summary>The cohort.</summary>
    public required Cohort Cohort { get; init; }

    /// <summary>
    /// True when the result carries a numerator and a denominator (shares, checklists, matches, and
    /// the region's presence results); they are then written even when null.
    /// </summary>
    public bool HasRatio { get; init; }

    /// <summary>The numerator (for a match: a; for the region of a presence or checklist: the colleges that meet it).</summary>
    public long? Numerator { get; init; }

    /// <summary>The denominator (for a match: b, null when missing; for the region of a presence or checklist: the colleges).</summary>
    public long? Denominator { get; init; }

    /// <summary>The value.</summary>
    public ResultValue Value { get; init; }

    /// <summary>For a distinct count (3.3), the ids counted, sorted.</summary>
    public ValueArray<string>? Ids { get; init; }

    /// <summary>The JSON name of <see cref="Ids"/>, from the criterion (3.3: <c>employerIds</c>).</summary>
    public string IdsName { get; init; } = "ids";

    /// <summary>The status.</summary>
    public required ResultStatus Status { get; init; }

    /// <summary>The target, where the profile sets one for this result.</summary>
    public ExactDecimal? Target { get; init; }

    /// <summary>
    /// Where <see cref="Target"/> came from: <see cref="Reporting.TargetSource.College"/> when it is the college's
    /// own (the profile's <c>collegeTargets</c>), <see cref="Reporting.TargetSource.Profile"/> for the region-wide
    /// targets, null without a target.
    /// </summary>
    public TargetSource? TargetSource
    {
        get => Target is null ? null : _collegeTarget ? Reporting.TargetSource.College : Reporting.TargetSource.Profile;
        init => _collegeTarget = value == Reporting.TargetSource.College;
    }

    /// <summary>
    /// Beside a college's own target, the region-wide target the profile's <c>targets</c> sets for the same
    /// result (the expectation the college is otherwise held to); null when there is none or the target is not the college's own.
    /// </summary>
    public ExactDecimal? ProfileTarget { get; init; }

    /// <summary>The status <see cref="ProfileTarget"/> would give the result; null when there is no <see cref="ProfileTarget"/>.</summary>
    public ResultStatus? ProfileStatus { get; init; }

    /// <summary>
    /// The value as a percentage for people, rounded half up to one decimal (docs/criteria.md):
    /// ⌊(2000·n + d) ÷ (2·d)⌋ tenths; null without a ratio or with a zero or missing denominator.
    /// </summary>
    public decimal? Percent =>
        HasRatio && Numerator is { } n && Denominator is { } d and > 0 ? Math.Floor((2000m * n + d) / (2m * d)) / 10m : null;
}
