using Criteria.Collections;
using Criteria.Quality;

namespace Criteria.Evaluation.Live;

/// <summary>
/// The findings of a live evaluation in report order, kept from one snapshot to the next: only what moved
/// is placed anew. Findings come in units — a record's own (its СПО-1 counts, its extensions no plugin
/// owns), a rule's on a record (as the sessions keep them), and the rules' failures — and a unit is
/// re-read when it may have moved: a record a batch touched, a (rule, record) the sessions put or
/// dropped, failures that came or went. Its old findings leave the sorted list, its new ones are placed
/// by binary search (<see cref="FindingOrder.Compare"/>); paths name records by position, so after a
/// record leaves, the findings of the records after it in its section are moved to their new positions.
/// A snapshot after a change costs O(findings) copying and O(moved · log findings) comparisons, not a sort.
/// </summary>
internal sealed class LiveFindings
{
    private const int DataSource = -1;
    private const int FailureSource = -2;
    private const int ProfileSource = -3;

    private readonly IReadOnlySet<string> _owners;
    private readonly IReadOnlyCollection<string> _plugins;
    private readonly Dictionary<(int Source, string First, string Second), int> _units = [];
    private readonly HashSet<(string Section, string Id)> _touched = [];
    private readonly Dictionary<string, int> _removedFrom = new(StringComparer.Ordinal); // section → the first position a removal shifted
    private readonly Dictionary<int, IReadOnlyList<Finding>> _placed = []; // each unit's findings as last placed
    private Finding[] _sorted = []; // in report order; never changed once published (a refresh makes new arrays)
    private int[] _unitOf = []; // the unit of each sorted finding
    private ValueArray<Finding>? _published; // the last refresh's, returned again when nothing moved
    private bool _everything = true;

    public LiveFindings(IReadOnlySet<string> extensionOwners, IReadOnlyCollection<string> pluginIds)
    {
        _owners = extensionOwners;
        _plugins = pluginIds;
    }

    /// <summary>Notes a record an applied batch touched: its own findings are read again.</summary>
    public void Touched(string section, string id) => _touched.Add((section, id));

    /// <summary>Notes a record an applied batch removed from a position: the records after it moved up.</summary>
    public void Removed(string section, int position)
    {
        if (!_removedFrom.TryGetValue(section, out var first) || position < first)
        {
            _removedFrom[section] = position;
        }
    }

    /// <summary>The findings as they are now, in report order.</summary>
    public ValueArray<Finding> Refresh(LiveRecords records, IReadOnlyList<SessionResults> results, IReadOnlyList<Finding> profileFindings)
    {
        var moved = new HashSet<int>();
        var added = new List<Entry>();
        var leaving = 0; // findings of the moved units as they were placed
        void Unit((int Source, string First, string Second) key, IReadOnlyList<Finding> now)
        {
            var known = _units.TryGetValue(key, out var unit);
            if (now.Count == 0 && !known)
            {
                return;
            }

            // At the opening every fact was made at its record's position: the findings are placed as they are.
            IReadOnlyList<Finding> placed = now;
            if (!_everything)
            {
                var relocated = new Finding[now.Count];
                for (var i = 0; i < relocated.Length; i++)
                {
                    relocated[i] = Relocate(now[i], records);
                }

                placed = relocated;
            }

            // A rule that put back what it dropped (a fact taken back and added again) moved nothing.
            var before = known ? _placed.GetValueOrDefault(unit) : null;
            if (before is not null && before.SequenceEqual(placed))
            {
                return;
            }

            leaving += before?.Count ?? 0;

            if (!known)
            {
                _units[key] = unit = _units.Count;
            }

            moved.Add(unit);
            _placed[unit] = placed;
            foreach (var finding in placed)
            {
                added.Add(new Entry(finding, unit));
            }
        }

        // The records' own findings.
        foreach (var (section, id) in _everything ? records.RecordsWithOwnFindings() : _touched)
        {
            Unit((DataSource, section, id), records.OwnFindings(section, id, _owners, _plugins));
        }

        // The profile's findings about the data (DQ14: a college's own targets for a college the data lacks).
        Unit((ProfileSource, string.Empty, string.Empty), profileFindings);

        // The rules' findings, and their failures (one per failing rule: the first record in document order).
        for (var source = 0; source < results.Count; source++)
        {
            var session = results[source];
            var dirty = session.TakeDirtyFindings();
            IEnumerable<(string Rule, string Record)> keys = _everything ? session.Findings.Keys : dirty;
            foreach (var (rule, record) in keys)
            {
                Unit((source, rule, record), session.Findings.TryGetValue((rule, record), out var ruleFindings) ? ruleFindings.Findings : []);
            }

            if (_everything || session.FailuresChanged)
            {
                session.FailuresChanged = false;
                Unit((FailureSource, source.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty), session.FailuresByRecord.Values
                    .Select(failures => failures.Values.Select(f => Relocate(f, records)).MinBy(f => f.Path, DocumentOrder.Instance)!)
                    .ToList());
            }
        }

        _everything = false;
        _touched.Clear();

        if (moved.Count == 0 && _removedFrom.Count == 0 && _published is { } same)
        {
            return same; // nothing moved: the same findings
        }

        var isMoved = new bool[_units.Count];
        foreach (var unit in moved)
        {
            isMoved[unit] = true;
        }

        // Records that left moved the ones after them up: their findings' paths follow (the order does not
        // change). The moved units' old findings are dropped in the same pass: a left record's findings keep
        // their old positions and would no longer be in order among the others.
        var current = _sorted;
        var currentUnits = _unitOf;
        if (_removedFrom.Count > 0)
        {
            var staying = 0;
            current = new Finding[_sorted.Length - leaving];
            currentUnits = new int[current.Length];
            for (var i = 0; i < _sorted.Length; i++)
            {
                if (!isMoved[_unitOf[i]])
                {
                    (current[staying], currentUnits[staying++]) = (Relocate(_sorted[i], records, _removedFrom), _unitOf[i]);
                }
            }

            _removedFrom.Clear();
            Array.Clear(isMoved); // dropped already
        }

        // Each moved finding's place among the current ones (which may still hold the moved units' old
        // findings, in order: dropping them from a sorted list leaves it sorted), then one pass that drops and places.
        var placing = added.Count == 0 ? [] : FindingOrder.Sort(added, e => e.Finding, layout: null);
        var at = new int[placing.Length];
        for (int j = 0, from = 0; j < placing.Length; j++)
        {
            from = at[j] = UpperBound(current, from, placing[j].Finding);
        }

        var findings = new Finding[(ReferenceEquals(current, _sorted) ? current.Length - leaving : current.Length) + placing.Length];
        var units = new int[findings.Length];
        var to = 0;
        var next = 0;
        for (var i = 0; i <= current.Length; i++)
        {
            for (; next < placing.Length && at[next] == i; next++)
            {
                (findings[to], units[to++]) = (placing[next].Finding, placing[next].Unit);
            }

            if (i < current.Length && !isMoved[currentUnits[i]])
            {
                (findings[to], units[to++]) = (current[i], currentUnits[i]);
            }
        }

        (_sorted, _unitOf) = (findings, units);
        var published = ValueArray<Finding>.TakeOwnership(findings);
        _published = published;
        return published;
    }

    /// <summary>The position, from <paramref name="from"/> on, after the last finding that does not follow <paramref name="finding"/> in report order.</summary>
    private static int UpperBound(Finding[] sorted, int from, Finding finding)
    {
        int low = from, high = sorted.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (FindingOrder.Compare(sorted[middle], finding) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>A finding whose path names its record by position, at the record's position now (the same object when it has not moved).</summary>
    private static Finding Relocate(Finding finding, LiveRecords records, Dictionary<string, int>? shiftedFrom = null)
    {
        var path = finding.Path;
        if (finding.RecordId is null || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return finding;
        }

        var open = path.IndexOf('[', StringComparison.Ordinal);
        var close = open < 0 ? -1 : path.IndexOf(']', open);
        if (close < 0 || !int.TryParse(path.AsSpan(open + 1, close - open - 1), out var was))
        {
            return finding;
        }

        var section = path.AsSpan(2, open - 2);
        if (shiftedFrom is not null && (!shiftedFrom.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(section, out var first) || was < first))
        {
            return finding; // nothing before it left its section
        }

        var position = records.PositionOf(section, finding.RecordId);
        return position < 0 || position == was
            ? finding
            : finding with { Path = $"$.{section}[{position}]{path.AsSpan(close + 1)}" };
    }

    /// <summary>A finding in the sorted list, with the unit it came from.</summary>
    private readonly record struct Entry(Finding Finding, int Unit);
}
