using Criteria.Evaluation;
using Criteria.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Criteria.DependencyInjection;

/// <summary>The evaluator's settings on a <see cref="CriteriaBuilder"/>: its default profile, mode and plugin budget.</summary>
public static class CriteriaBuilderEvaluationExtensions
{
    /// <summary>Sets the default profile (the profile also binds as <see cref="CriteriaOptions"/>).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="profile">The profile.</param>
    /// <returns>The builder.</returns>
    public static CriteriaBuilder UseProfile(this CriteriaBuilder builder, EvaluationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(profile);
        builder.Services.Configure<CriteriaOptions>(o => o.Profile = profile);
        return builder;
    }

    /// <summary>Sets the default mode.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="mode">Strict or lenient.</param>
    /// <returns>The builder.</returns>
    public static CriteriaBuilder UseMode(this CriteriaBuilder builder, EvaluationMode mode)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentOutOfRangeException.ThrowIfNotEqual(Enum.IsDefined(mode), true, nameof(mode));
        builder.Services.Configure<CriteriaOptions>(o => o.Mode = mode);
        return builder;
    }

    /// <summary>Sets how long a plugin may run in one evaluation (<see cref="CriteriaOptions.PluginTimeBudget"/>).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="budget">The budget; <see cref="Timeout.InfiniteTimeSpan"/> for none.</param>
    /// <returns>The builder.</returns>
    public static CriteriaBuilder WithPluginTimeBudget(this CriteriaBuilder builder, TimeSpan budget)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<CriteriaOptions>(o => o.PluginTimeBudget = budget);
        return builder;
    }
}
