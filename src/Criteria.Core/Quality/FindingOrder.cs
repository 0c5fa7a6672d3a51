namespace Criteria.Quality;

/// <summary>
/// Puts findings in report order: by code in the order of criteria.md's table, then in document
/// order. Findings are produced in document order, so a stable sort by code keeps that order.
/// </summary>
public static class FindingOrder
{
    /// <summary>Sorts findings into report order, stably.</summary>
    /// <param name="findings">Findings in document order.</param>
    /// <returns>The findings in report order.</returns>
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) =>
        findings.OrderBy(f => FindingCodes.Rank(f.Code)).ThenBy(f => f.Code, StringComparer.Ordinal).ToArray();
}
