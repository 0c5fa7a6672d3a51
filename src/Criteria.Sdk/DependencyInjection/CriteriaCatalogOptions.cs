using Criteria.Catalog;

namespace Criteria.DependencyInjection;

/// <summary>The catalogs added through <see cref="CriteriaBuilder.AddCatalog"/>, in order.</summary>
public sealed class CriteriaCatalogOptions
{
    /// <summary>The catalogs.</summary>
    public IList<CriteriaCatalog> Catalogs { get; } = [];
}
