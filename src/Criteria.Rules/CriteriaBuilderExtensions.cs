using Criteria.DependencyInjection;

namespace Criteria.Rules;

/// <summary>Adds the standard catalog to an evaluator.</summary>
public static class CriteriaBuilderExtensions
{
    /// <summary>Adds the standard catalog <c>samara-2023</c> (the 24 criteria and their data-quality rules).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static CriteriaBuilder AddStandardCriteria(this CriteriaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCatalog(StandardCatalog.Catalog);
    }
}
