using Criteria.Facts;
using Criteria.Profiles;

namespace Criteria.Evaluation;

/// <summary>
/// What every fact of an evaluation shares: the dataset's period and the profile's settings, in the
/// form the rules test them (status sets in constant time). Immutable.
/// </summary>
public sealed class EvaluationContext
{
    /// <summary>Creates the context of an evaluation.</summary>
    /// <param name="period">The dataset's period.</param>
    /// <param name="profile">The evaluation profile.</param>
    public EvaluationContext(Period period, EvaluationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(profile);
        Period = period;
        Profile = profile;
        EmployedStatuses = new StatusSet(profile.EmployedStatuses);
        OutsideLabourMarketStatuses = new StatusSet(profile.OutsideLabourMarketStatuses);
        AtRiskStatuses = new StatusSet(profile.AtRiskStatuses);
    }

    /// <summary>The period: academic year and cut-off.</summary>
    public Period Period { get; }

    /// <summary>The profile.</summary>
    public EvaluationProfile Profile { get; }

    /// <summary>The profile's <see cref="EvaluationProfile.EmployedStatuses"/>.</summary>
    public StatusSet EmployedStatuses { get; }

    /// <summary>The profile's <see cref="EvaluationProfile.OutsideLabourMarketStatuses"/>.</summary>
    public StatusSet OutsideLabourMarketStatuses { get; }

    /// <summary>The profile's <see cref="EvaluationProfile.AtRiskStatuses"/>.</summary>
    public StatusSet AtRiskStatuses { get; }

    /// <summary>True when the date is within the period (start ≤ date ≤ end).</summary>
    /// <param name="date">The date.</param>
    public bool WithinPeriod(DateOnly date) => Period.Contains(date);

    /// <summary>True when the date is fresh within <paramref name="days"/> days of the cut-off; null is never fresh.</summary>
    /// <param name="date">The date.</param>
    /// <param name="days">The window in days.</param>
    public bool IsFresh(DateOnly? date, int days) => Period.IsFresh(date, days);

    /// <summary>True when the date is after the cut-off (finding DQ7).</summary>
    /// <param name="date">The date; null is never after.</param>
    public bool AfterCutoff(DateOnly? date) => date > Period.Cutoff;
}
