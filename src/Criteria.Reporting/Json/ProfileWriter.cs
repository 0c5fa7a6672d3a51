using System.Text.Json;
using Criteria.Json.Contract;
using Criteria.Profiles;

namespace Criteria.Json;

/// <summary>Writes evaluation profiles as JSON that <see cref="ProfileReader"/> reads back. Thread-safe.</summary>
public static class ProfileWriter
{
    /// <summary>Writes a profile as indented JSON text, every setting spelled out.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The document.</returns>
    public static string ToJson(EvaluationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var document = new ProfileDocument
        {
            Targets = profile.Targets.Count == 0 ? null : profile.Targets.ToDictionary(t => t.Key, t => (ExactDecimal?)t.Value, StringComparer.Ordinal),
            RegionTargets = profile.RegionTargets.Count == 0 ? null : profile.RegionTargets.ToDictionary(t => t.Key, t => (ExactDecimal?)t.Value, StringComparer.Ordinal),
            ChatActivityDays = profile.ChatActivityDays,
            VacancyFreshnessDays = profile.VacancyFreshnessDays,
            TrackFreshnessDays = profile.TrackFreshnessDays,
            WebsiteChecklist = [.. profile.WebsiteChecklist],
            EmployedStatuses = [.. profile.EmployedStatuses],
            OutsideLabourMarketStatuses = [.. profile.OutsideLabourMarketStatuses],
            AtRiskStatuses = [.. profile.AtRiskStatuses],
            Plugins = profile.PluginOptions.Count == 0 ? null : profile.PluginOptions.ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal),
            CollegeTargets = profile.CollegeTargets.Count == 0
                ? null
                : profile.CollegeTargets.ToDictionary(
                    c => c.Key,
                    c => (Dictionary<string, ExactDecimal?>?)c.Value.ToDictionary(t => t.Key, t => (ExactDecimal?)t.Value, StringComparer.Ordinal),
                    StringComparer.Ordinal),
            Rating = profile.Rating is not { } rating
                ? null
                : new RatingDocument
                {
                    Weights = rating.Weights?.ToDictionary(w => w.Key, w => (ExactDecimal?)w.Value, StringComparer.Ordinal),
                    Cohort = rating.Cohort,
                    MinCoverage = rating.MinCoverage,
                },
        };
        return JsonSerializer.Serialize(document, ProfileJsonContext.Indented.ProfileDocument);
    }
}
