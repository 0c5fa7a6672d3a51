using Criteria.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Criteria.DependencyInjection;

/// <summary>Registers the evaluator with Microsoft.Extensions.DependencyInjection.</summary>
public static class CriteriaServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICriteriaEvaluator"/> as a singleton, compiled on first use from the
    /// catalogs added to the returned builder; its default profile and mode bind as <see cref="CriteriaOptions"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The builder, to add catalogs: <c>services.AddCriteria().AddStandardCriteria()</c>.</returns>
    public static CriteriaBuilder AddCriteria(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddSingleton<ICriteriaEvaluator>(provider => new CriteriaEvaluator(
            provider.GetRequiredService<IOptions<CriteriaCatalogOptions>>().Value.Catalogs,
            provider.GetRequiredService<IOptions<CriteriaOptions>>().Value));
        return new CriteriaBuilder(services);
    }

    /// <summary>Registers the evaluator and configures it in one call.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds catalogs and sets defaults.</param>
    /// <returns>The builder.</returns>
    public static CriteriaBuilder AddCriteria(this IServiceCollection services, Action<CriteriaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = services.AddCriteria();
        configure(builder);
        return builder;
    }
}
