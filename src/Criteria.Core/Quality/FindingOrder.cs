namespace Criteria.Quality;

/// <summary>
/// Puts findings in report order: by code in the order of criteria.md's table, then by JSON path in
/// document order (<see cref="DocumentOrder"/>), then by message, so that the order never depends on
/// the order the rules fired in.
/// </summary>
public static class FindingOrder
{
    /// <summary>Sorts findings into report order, stably.</summary>
    /// <param name="findings">Findings in any order.</param>
    /// <returns>The findings in report order.</returns>
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) =>
        findings
            .OrderBy(f => FindingCodes.Rank(f.Code))
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => DocumentOrder.Key(f.Path), DocumentOrder.KeyComparer)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToArray();
}
