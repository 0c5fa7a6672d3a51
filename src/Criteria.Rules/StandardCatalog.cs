using Criteria.Catalog;
using Criteria.Sdk;

namespace Criteria.Rules;

/// <summary>
/// The standard catalog <c>samara-2023</c>: the 24 recommended effectiveness criteria of the ЦСТВ of
/// vocational colleges (regional closing meeting on graduate employment, 2022-2023 academic year), in
/// catalog order, and the data-quality rules DQ3–DQ7, DQ11, DQ12 and DQ13.
/// </summary>
public static class StandardCatalog
{
    /// <summary>The catalog id.</summary>
    public const string Id = "samara-2023";

    private static readonly Lazy<CriteriaCatalog> Instance =
        new(() => CriteriaCatalogFactory.FromAssembly(typeof(StandardCatalog).Assembly, Id));

    /// <summary>The catalog, built once.</summary>
    public static CriteriaCatalog Catalog => Instance.Value;
}
