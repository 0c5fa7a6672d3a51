using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Criteria.DependencyInjection;

/// <summary>
/// Configures the evaluator registered by <see cref="CriteriaServiceCollectionExtensions.AddCriteria(IServiceCollection)"/>:
/// which catalogs it evaluates and its default profile and mode. Chainable; catalogs are reported in
/// the order they are added.
/// </summary>
public sealed class CriteriaBuilder
{
    internal CriteriaBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds a catalog of criteria.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>This builder.</returns>
    public CriteriaBuilder AddCatalog(CriteriaCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Services.Configure<CriteriaCatalogOptions>(o => o.Catalogs.Add(catalog));
        return this;
    }

    /// <summary>Sets the default profile (the profile also binds as <see cref="CriteriaOptions"/>).</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>This builder.</returns>
    public CriteriaBuilder UseProfile(EvaluationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Services.Configure<CriteriaOptions>(o => o.Profile = profile);
        return this;
    }

    /// <summary>Sets the default mode.</summary>
    /// <param name="mode">Strict or lenient.</param>
    /// <returns>This builder.</returns>
    public CriteriaBuilder UseMode(EvaluationMode mode)
    {
        Services.Configure<CriteriaOptions>(o => o.Mode = mode);
        return this;
    }

    /// <summary>Sets how long a plugin may run in one evaluation (<see cref="CriteriaOptions.PluginTimeBudget"/>).</summary>
    /// <param name="budget">The budget; <see cref="Timeout.InfiniteTimeSpan"/> for none.</param>
    /// <returns>This builder.</returns>
    public CriteriaBuilder WithPluginTimeBudget(TimeSpan budget)
    {
        Services.Configure<CriteriaOptions>(o => o.PluginTimeBudget = budget);
        return this;
    }
}
