namespace Criteria.Catalog;

/// <summary>How the region rolls up a <see cref="CriterionKind.Count"/> criterion.</summary>
public enum CountRollUp
{
    /// <summary>The sum of the colleges' counts (5.5).</summary>
    Sum,

    /// <summary>The number of distinct ids over all colleges (3.3: an employer that worked with two colleges counts once).</summary>
    DistinctIds,
}
