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

    private readonly IReadOnlySet<string> _owners;
    private readonly IReadOnlyCollection<string> _plugins;
    private readonly Dictionary<(int Source, string First, string Second), int> _units = [];
    private readonly HashSet<(string Section, string Id)> _touched = [];
    private readonly Dictionary<string, int> _removedFrom = new(StringComparer.Ordinal); // section → the first position a removal shifted
    private readonly Dictionary<int, Finding[]> _placed = []; // each unit's findings as last placed
    private Entry[] _sorted = [];
    private ValueArray<Finding> _published;
    private bool _hasPublished;
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
    public ValueArray<Finding> Refresh(LiveRecords records, IReadOnlyList<SessionResults> results)
    {
        var moved = new HashSet<int>();
        var added = new List<Entry>();
        void Unit((int Source, string First, string Second) key, IReadOnlyList<Finding> now)
        {
            var known = _units.TryGetValue(key, out var unit);
            if (now.Count == 0 && !known)
            {
                return;
            }

            var placed = new Finding[now.Count];
            for (var i = 0; i < placed.Length; i++)
            {
                placed[i] = _everything ? now[i] : Relocate(now[i], records); // at the opening every fact was made at its record's position
            }

            // A rule that put back what it dropped (a fact taken back and added again) moved nothing.
            if (known && _placed.TryGetValue(unit, out var before) && before.AsSpan().SequenceEqual(placed))
            {
                return;
            }

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

        if (moved.Count == 0 && _removedFrom.Count == 0 && _hasPublished)
        {
            return _published; // nothing moved: the same findings
        }

        // What stays (moved to new positions if records before it left), then what moved, placed among it.
        var kept = _sorted;
        if (moved.Count > 0 || _removedFrom.Count > 0)
        {
            var staying = new List<Entry>(_sorted.Length);
            foreach (var entry in _sorted)
            {
                if (!moved.Contains(entry.Unit))
                {
                    staying.Add(_removedFrom.Count == 0 ? entry : entry with { Finding = Relocate(entry.Finding, records, _removedFrom) });
                }
            }

            kept = [.. staying];
            _removedFrom.Clear();
        }

        _sorted = added.Count == 0 ? kept
            : kept.Length == 0 ? FindingOrder.Sort(added, e => e.Finding, layout: null)
            : Merge(kept, FindingOrder.Sort(added, e => e.Finding, layout: null));
        var findings = new Finding[_sorted.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = _sorted[i].Finding;
        }

        _hasPublished = true;
        return _published = ValueArray<Finding>.TakeOwnership(findings);
    }

    /// <summary>Places a few sorted entries among many sorted ones: each after the last one it does not precede.</summary>
    private static Entry[] Merge(Entry[] kept, Entry[] added)
    {
        var merged = new Entry[kept.Length + added.Length];
        int from = 0, to = 0;
        foreach (var entry in added)
        {
            int low = from, high = kept.Length;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (FindingOrder.Compare(kept[middle].Finding, entry.Finding) <= 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            Array.Copy(kept, from, merged, to, low - from);
            to += low - from;
            from = low;
            merged[to++] = entry;
        }

        Array.Copy(kept, from, merged, to, kept.Length - from);
        return merged;
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
