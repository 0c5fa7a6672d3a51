namespace Criteria.Reporting;

/// <summary>Which way a figure moved between the first and the last period of a trend, by the criterion's direction.</summary>
public enum TrendDirection
{
    /// <summary>Up where higher is better, down where lower is better, closer to 1 for a match. JSON: <c>better</c>.</summary>
    Better,

    /// <summary>The other way. JSON: <c>worse</c>.</summary>
    Worse,

    /// <summary>No change (for a match: as far from 1 as before). JSON: <c>same</c>.</summary>
    Same,
}
