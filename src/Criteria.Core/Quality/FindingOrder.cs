namespace Criteria.Quality;

/// <summary>
/// Puts findings in report order: by code in the order of the table of docs/report.md, then by JSON path in
/// document order (<see cref="DocumentOrder"/>), then by message, so that the order never depends on
/// the order the rules fired in. DQ14's paths point into the profile: they keep the profile's order.
/// </summary>
internal static class FindingOrder
{
    private const int ParallelFindings = 10_000; // findings from which sorting each code's on its own core pays

    /// <summary>Sorts findings into report order, stably.</summary>
    /// <param name="findings">Findings in any order.</param>
    /// <returns>The findings in report order.</returns>
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) => Sort(findings, layout: null);

    /// <summary>Sorts findings into report order, with paths in the order of a read document's layout.</summary>
    internal static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings, DocumentLayout? layout) => Sort(findings, f => f, layout);

    /// <summary>
    /// Sorts items that each carry a finding (a finding and where it came from) into the findings' report
    /// order, stably, with paths in the order of a read document's layout when there is one.
    /// </summary>
    internal static T[] Sort<T>(IEnumerable<T> items, Func<T, Finding> finding, DocumentLayout? layout)
    {
        ArgumentNullException.ThrowIfNull(items);

        // By code first: each code's findings are then sorted on their own (in parallel when many),
        // each path split and parsed once.
        var byCode = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var total = 0;
        foreach (var item in items)
        {
            var code = finding(item).Code;
            if (!byCode.TryGetValue(code, out var list))
            {
                byCode[code] = list = [];
            }

            list.Add(item);
            total++;
        }

        var groups = byCode
            .OrderBy(g => FindingCodes.Rank(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Value.ToArray())
            .ToArray();
        if (total >= ParallelFindings)
        {
            Parallel.ForEach(groups, group => SortByPath(group, finding, layout));
        }
        else
        {
            Array.ForEach(groups, group => SortByPath(group, finding, layout));
        }

        var sorted = new T[total];
        var at = 0;
        foreach (var group in groups)
        {
            group.CopyTo(sorted, at);
            at += group.Length;
        }

        return sorted;
    }

    /// <summary>
    /// Compares two findings in report order (code, path in document order, message), the order
    /// <see cref="Sort(IEnumerable{Finding})"/> puts them in; for placing a few findings among many already sorted.
    /// </summary>
    internal static int Compare(Finding x, Finding y)
    {
        if (!string.Equals(x.Code, y.Code, StringComparison.Ordinal))
        {
            var byRank = FindingCodes.Rank(x.Code).CompareTo(FindingCodes.Rank(y.Code));
            return byRank != 0 ? byRank : string.CompareOrdinal(x.Code, y.Code);
        }

        if (InProfileOrder(x.Code))
        {
            return 0; // in the order they were made: the profile's
        }

        var byPath = DocumentOrder.Instance.Compare(x.Path, y.Path);
        return byPath != 0 ? byPath : string.CompareOrdinal(x.Message, y.Message);
    }

    /// <summary>Findings whose paths point into the profile (DQ14), not the dataset: they keep the order they were made in, the profile's.</summary>
    private static bool InProfileOrder(string code) => code == FindingCodes.UnknownTargetCollege;

    private static void SortByPath<T>(T[] group, Func<T, Finding> finding, DocumentLayout? layout)
    {
        if (group.Length > 0 && InProfileOrder(finding(group[0]).Code))
        {
            return; // paths into the profile, made in the profile's order
        }

        // Rules that go through the records in the document's order produce their findings in order:
        // one look along them, each path parsed once and let go at once, is then the whole sort.
        var previous = group.Length > 0 ? DocumentOrder.Key(finding(group[0]).Path, layout) : null;
        var sorted = true;
        for (var i = 1; i < group.Length && sorted; i++)
        {
            var key = DocumentOrder.Key(finding(group[i]).Path, layout);
            var byPath = DocumentOrder.KeyComparer.Compare(previous, key);
            sorted = byPath < 0 || (byPath == 0 && string.CompareOrdinal(finding(group[i - 1]).Message, finding(group[i]).Message) <= 0);
            previous = key;
        }

        if (sorted)
        {
            return;
        }

        var keys = new DocumentOrder.Token[group.Length][];
        var order = new int[group.Length];
        for (var i = 0; i < group.Length; i++)
        {
            keys[i] = DocumentOrder.Key(finding(group[i]).Path, layout);
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byPath = DocumentOrder.KeyComparer.Compare(keys[a], keys[b]);
            if (byPath != 0)
            {
                return byPath;
            }

            var byMessage = string.CompareOrdinal(finding(group[a]).Message, finding(group[b]).Message);
            return byMessage != 0 ? byMessage : a.CompareTo(b);
        });

        var copy = (T[])group.Clone();
        for (var i = 0; i < order.Length; i++)
        {
            group[i] = copy[order[i]];
        }
    }
}
