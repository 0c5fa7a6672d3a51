using Criteria.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Criteria.DependencyInjection;

/// <summary>
/// Configures the criteria of an evaluator registered with <c>services.AddCriteria()</c> (package
/// Criteria.Engine): which catalogs it evaluates, in the order they are added. Catalog and plugin
/// packages add their own <c>AddXxx</c> methods to it; the engine adds its profile, mode and budget.
/// </summary>
public sealed class CriteriaBuilder
{
    /// <summary>Creates a builder over a service collection.</summary>
    /// <param name="services">The service collection.</param>
    public CriteriaBuilder(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Services = services;
    }

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
}
