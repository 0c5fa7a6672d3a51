using Criteria.Collections;
using Criteria.Facts;
using Criteria.Profiles;

namespace Criteria.Reporting;

/// <summary>
/// How a report counted (docs/report.md, "settings"): the profile's status sets, windows and website checklist
/// it was made with, so that a later reader (a trend, a comparison) knows whether two reports count alike.
/// A report without them (written before they were) was made with the defaults. Immutable.
/// </summary>
public sealed record ReportSettings
{
    /// <summary>The settings of the default profile.</summary>
    public static ReportSettings Default { get; } = Of(EvaluationProfile.Default);

    /// <summary>The statuses counted as employed (criterion 5.3).</summary>
    public required ValueArray<EmploymentStatus> EmployedStatuses { get; init; }

    /// <summary>The statuses outside the labour market (5.3's denominator).</summary>
    public required ValueArray<EmploymentStatus> OutsideLabourMarketStatuses { get; init; }

    /// <summary>The statuses at risk (5.9, DQ13).</summary>
    public required ValueArray<EmploymentStatus> AtRiskStatuses { get; init; }

    /// <summary>The chat activity window in days (1.3).</summary>
    public required int ChatActivityDays { get; init; }

    /// <summary>The vacancy bank's freshness window in days (3.5).</summary>
    public required int VacancyFreshnessDays { get; init; }

    /// <summary>The career tracks' freshness window in days (5.2).</summary>
    public required int TrackFreshnessDays { get; init; }

    /// <summary>The website checklist (1.2).</summary>
    public required ValueArray<string> WebsiteChecklist { get; init; }

    /// <summary>The settings a profile evaluates with.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>Its settings.</returns>
    public static ReportSettings Of(EvaluationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new ReportSettings
        {
            EmployedStatuses = profile.EmployedStatuses,
            OutsideLabourMarketStatuses = profile.OutsideLabourMarketStatuses,
            AtRiskStatuses = profile.AtRiskStatuses,
            ChatActivityDays = profile.ChatActivityDays,
            VacancyFreshnessDays = profile.VacancyFreshnessDays,
            TrackFreshnessDays = profile.TrackFreshnessDays,
            WebsiteChecklist = profile.WebsiteChecklist,
        };
    }

    /// <summary>True when both count employment, being outside the labour market and being at risk with the same statuses, whatever their order.</summary>
    /// <param name="other">The other settings.</param>
    /// <returns>Whether the status sets are the same.</returns>
    public bool SameStatusSets(ReportSettings other)
    {
        ArgumentNullException.ThrowIfNull(other);
        static bool Same(ValueArray<EmploymentStatus> a, ValueArray<EmploymentStatus> b) => a.ToHashSet().SetEquals(b);
        return Same(EmployedStatuses, other.EmployedStatuses)
            && Same(OutsideLabourMarketStatuses, other.OutsideLabourMarketStatuses)
            && Same(AtRiskStatuses, other.AtRiskStatuses);
    }
}
