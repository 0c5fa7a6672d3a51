namespace Criteria.Catalog;

/// <summary>How a criterion is counted, rolled up to the region and given a status (docs/criteria.md, "Kinds of criterion").</summary>
public enum CriterionKind
{
    /// <summary>A college fact, true or false; the region counts the colleges where it is true.</summary>
    Presence,

    /// <summary>Required items of a checklist; a college meets it when every item is there; the region counts the colleges that meet it.</summary>
    Checklist,

    /// <summary>Numerator ÷ denominator; the region is Σ numerators ÷ Σ denominators.</summary>
    Share,

    /// <summary>A whole number; the region rolls it up as the criterion says (a sum, or distinct ids).</summary>
    Count,

    /// <summary>Two counts that must be equal (a = b); the region sums both.</summary>
    Match,
}
