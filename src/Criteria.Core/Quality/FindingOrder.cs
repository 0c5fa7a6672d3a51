namespace Criteria.Quality;

/// <summary>
/// Puts findings in report order: by code in the order of the table of docs/report.md, then by JSON path in
/// document order (<see cref="DocumentOrder"/>), then by message, so that the order never depends on
/// the order the rules fired in.
/// </summary>
internal static class FindingOrder
{
    private const int ParallelFindings = 10_000; // findings from which sorting each code's on its own core pays

    /// <summary>Sorts findings into report order, stably.</summary>
    /// <param name="findings">Findings in any order.</param>
    /// <returns>The findings in report order.</returns>
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) => Sort(findings, layout: null);

    /// <summary>Sorts findings into report order, with paths in the order of a read document's layout.</summary>
    internal static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings, DocumentLayout? layout)
    {
        ArgumentNullException.ThrowIfNull(findings);

        // By code first: each code's findings are then sorted on their own (in parallel when many),
        // each path split and parsed once.
        var byCode = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        var total = 0;
        foreach (var finding in findings)
        {
            if (!byCode.TryGetValue(finding.Code, out var list))
            {
                byCode[finding.Code] = list = [];
            }

            list.Add(finding);
            total++;
        }

        var groups = byCode
            .OrderBy(g => FindingCodes.Rank(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Value.ToArray())
            .ToArray();
        if (total >= ParallelFindings)
        {
            Parallel.ForEach(groups, group => SortByPath(group, layout));
        }
        else
        {
            Array.ForEach(groups, group => SortByPath(group, layout));
        }

        var sorted = new Finding[total];
        var at = 0;
        foreach (var group in groups)
        {
            group.CopyTo(sorted, at);
            at += group.Length;
        }

        return sorted;
    }

    /// <summary>Sorts findings of one code by path in document order, then message, then their order on arrival.</summary>
    private static void SortByPath(Finding[] group, DocumentLayout? layout)
    {
        var keys = new DocumentOrder.Token[group.Length][];
        var order = new int[group.Length];
        for (var i = 0; i < group.Length; i++)
        {
            keys[i] = DocumentOrder.Key(group[i].Path, layout);
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byPath = DocumentOrder.KeyComparer.Compare(keys[a], keys[b]);
            if (byPath != 0)
            {
                return byPath;
            }

            var byMessage = string.CompareOrdinal(group[a].Message, group[b].Message);
            return byMessage != 0 ? byMessage : a.CompareTo(b);
        });

        var copy = (Finding[])group.Clone();
        for (var i = 0; i < order.Length; i++)
        {
            group[i] = copy[order[i]];
        }
    }
}
