using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Sdk.Aggregation;

namespace Criteria.Evaluation.Plan;

/// <summary>
/// The counters of one run of a compiled plan: per rule and college, members, numerators and
/// denominators per cohort (or distinct ids), filled by the fused passes and turned into the same
/// tallies the Rete network yields. Not thread-safe: one per run.
/// </summary>
internal sealed class PlanState
{
    private const int Stride = CohortCounting.RowLength; // a row of the counting core per college

    private readonly IReadOnlyList<PlannedRule> _rules;
    private readonly SessionResults _results;
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly long[][] _counts;
    private readonly Dictionary<int, Dictionary<string, int>>[] _ids; // per rule and college slot: each id with how many facts name it
    private readonly bool _live;
    private readonly Dictionary<(int Rule, string Id), (string Rule, string Record)> _yielded = []; // live: the findings each record's fact put, by rule
    private HashSet<(int Rule, int Slot)> _dirty = [];
    private string? _lastKey;
    private int _lastSlot;

    /// <param name="rules">The planned rules.</param>
    /// <param name="results">Where yields, failures and (on completion) tallies go.</param>
    /// <param name="colleges">How many colleges to make room for at once (counters grow past it if a rule keys by something else).</param>
    /// <param name="live">Whether a live plan keeps it: contributions can be taken back, changed rows are flushed as tallies, findings are kept per record.</param>
    public PlanState(IReadOnlyList<PlannedRule> rules, SessionResults results, int colleges, bool live = false)
    {
        _live = live;
        _rules = rules;
        _results = results;
        var slots = Math.Max(colleges, 1) * Stride;
        _counts = rules.Select(r => r.Form == PlannedRuleForm.Tally ? new long[slots] : []).ToArray();
        _ids = rules.Select(_ => new Dictionary<int, Dictionary<string, int>>()).ToArray();
    }

    public void Tally(int rule, string key, CohortSet cohorts, int numerator, int denominator)
    {
        var counts = _counts[rule];
        var at = Slot(key) * Stride;
        if (at + Stride > counts.Length)
        {
            Array.Resize(ref _counts[rule], Math.Max(counts.Length * 2, at + Stride));
            counts = _counts[rule];
        }

        CohortCounting.Add(counts.AsSpan(at, Stride), cohorts, numerator, denominator, Sign);
        if (_live)
        {
            _dirty.Add((rule, at / Stride));
        }
    }

    /// <summary>+1 while a fact's contributions are added, −1 while a live plan takes an old fact's back.</summary>
    public int Sign { get; set; } = 1;

    public void Distinct(int rule, string key, IEnumerable<string> ids)
    {
        var slot = Slot(key);
        if (!_ids[rule].TryGetValue(slot, out var counts))
        {
            _ids[rule][slot] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        foreach (var id in ids)
        {
            var count = counts.GetValueOrDefault(id) + Sign;
            if (count <= 0)
            {
                counts.Remove(id);
            }
            else
            {
                counts[id] = count;
            }
        }

        if (_live)
        {
            _dirty.Add((rule, slot));
        }
    }

    /// <summary>
    /// For a live plan taking a fact back: drops the findings a rule put for it when the fact was added (their
    /// key was kept), so that the fact is not described again only to be dropped. False when there is nothing
    /// kept: the rule's value is then computed and yielded with the sign −1 as before.
    /// </summary>
    public bool TookBack(int rule, object fact)
    {
        if (!_live || Sign > 0 || IdOf(fact) is not { } id || !_yielded.Remove((rule, id), out var key))
        {
            return false;
        }

        _results.DropFindings(key.Rule, key.Record);
        return true;
    }

    public void Yield(int rule, object? value, object fact)
    {
        if (value is RecordFindings findings && _live)
        {
            if (Sign > 0)
            {
                _results.Put(findings);
                if (IdOf(fact) is { } id)
                {
                    _yielded[(rule, id)] = (findings.Rule, findings.Record); // a rule matches facts of one type: its record's id names it
                }
            }
            else
            {
                _results.DropFindings(findings.Rule, findings.Record);
            }
        }
        else if (value is RecordFindings batch)
        {
            _results.TakeFindings(batch);
        }
        else
        {
            _results.Put(value);
        }
    }

    public void Fail(int rule, Exception exception, object fact)
    {
        if (Sign > 0) // taking an old fact back fails as adding it did: its failure was forgotten with it
        {
            _results.Fail(_rules[rule].Name, exception, [fact]);
        }
    }

    /// <summary>The results this state writes yields and failures to.</summary>
    public SessionResults Results => _results;

    /// <summary>Adds another state's counts (of another part of the facts) to this one's: counts are additive.</summary>
    public void Add(PlanState other)
    {
        for (var rule = 0; rule < _rules.Count; rule++)
        {
            var theirs = other._counts[rule];
            for (var slot = 0; slot < other._keys.Count && slot * Stride < theirs.Length; slot++)
            {
                var at = slot * Stride;
                if (!CohortCounting.HasMembers(theirs.AsSpan(at, Stride)))
                {
                    continue;
                }

                var mine = Slot(other._keys[slot]) * Stride;
                if (mine + Stride > _counts[rule].Length)
                {
                    Array.Resize(ref _counts[rule], Math.Max(_counts[rule].Length * 2, mine + Stride));
                }

                for (var i = 0; i < Stride; i++)
                {
                    _counts[rule][mine + i] += theirs[at + i];
                }
            }

            foreach (var (slot, counts) in other._ids[rule])
            {
                Distinct(rule, other._keys[slot], counts.Keys);
            }
        }

        _results.Add(other._results);
    }

    /// <summary>
    /// For a live plan counted in parts: adds another live state's counters exactly (each id with how many
    /// facts name it, so that contributions can be taken back later), its findings and failures, and
    /// marks every row it counted as changed (the next <see cref="Flush"/> hands them over as tallies).
    /// </summary>
    public void AddLive(PlanState other)
    {
        for (var rule = 0; rule < _rules.Count; rule++)
        {
            var theirs = other._counts[rule];
            for (var slot = 0; slot < other._keys.Count && slot * Stride < theirs.Length; slot++)
            {
                var at = slot * Stride;
                var row = theirs.AsSpan(at, Stride);
                if (row.IndexOfAnyExcept(0L) < 0)
                {
                    continue;
                }

                var mine = Slot(other._keys[slot]);
                if ((mine + 1) * Stride > _counts[rule].Length)
                {
                    Array.Resize(ref _counts[rule], Math.Max(_counts[rule].Length * 2, (mine + 1) * Stride));
                }

                var target = _counts[rule].AsSpan(mine * Stride, Stride);
                for (var i = 0; i < Stride; i++)
                {
                    target[i] += row[i];
                }

                _dirty.Add((rule, mine));
            }

            foreach (var (slot, counts) in other._ids[rule])
            {
                var mine = Slot(other._keys[slot]);
                if (!_ids[rule].TryGetValue(mine, out var ids))
                {
                    _ids[rule][mine] = ids = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                foreach (var (id, count) in counts)
                {
                    ids[id] = ids.GetValueOrDefault(id) + count;
                }

                _dirty.Add((rule, mine));
            }
        }

        foreach (var (key, findings) in other._yielded)
        {
            _yielded[key] = findings;
        }

        _results.AddLive(other._results);
    }

    /// <summary>Hands the counts over as tallies, one per rule and college that had a fact.</summary>
    public void Complete()
    {
        for (var rule = 0; rule < _rules.Count; rule++)
        {
            var code = _rules[rule].Code!;
            if (_rules[rule].Form == PlannedRuleForm.Tally)
            {
                var counts = _counts[rule];
                for (var slot = 0; slot < _keys.Count && slot * Stride < counts.Length; slot++)
                {
                    var at = slot * Stride;
                    var row = counts.AsSpan(at, Stride);
                    if (CohortCounting.HasMembers(row))
                    {
                        _results.Put(CohortCounting.Snapshot(row, code, _keys[slot]));
                    }
                }
            }
            else if (_rules[rule].Form == PlannedRuleForm.DistinctIds)
            {
                foreach (var (slot, counts) in _ids[rule])
                {
                    var ids = counts.Keys.Order(StringComparer.Ordinal).ToArray();
                    _results.Put(new CriterionTally
                    {
                        Code = code,
                        CollegeId = _keys[slot],
                        Numerators = new CohortCounts(ids.Length, null, null, null, null),
                        Denominators = new CohortCounts(null, null, null, null, null),
                        Ids = ids.ToValueArray(),
                    });
                }
            }
        }
    }

    /// <summary>For a live plan: the tallies of the rows that changed since the last flush, as the rules' results.</summary>
    public void Flush()
    {
        foreach (var (rule, slot) in _dirty)
        {
            var code = _rules[rule].Code!;
            var key = _keys[slot];
            if (_rules[rule].Form == PlannedRuleForm.Tally)
            {
                var row = _counts[rule].AsSpan(slot * Stride, Stride);
                if (CohortCounting.HasMembers(row))
                {
                    // A fact's old contribution taken out and its new one put in often leave the counts as they were.
                    if (!_results.Tallies.TryGetValue((code, key), out var held) || !CohortCounting.Describes(row, held))
                    {
                        _results.Put(CohortCounting.Snapshot(row, code, key));
                    }
                }
                else
                {
                    _results.Drop(code, key);
                }
            }
            else if (_ids[rule].TryGetValue(slot, out var counts) && counts.Count > 0)
            {
                var ids = counts.Keys.Order(StringComparer.Ordinal).ToArray();
                _results.Put(new CriterionTally
                {
                    Code = code,
                    CollegeId = key,
                    Numerators = new CohortCounts(ids.Length, null, null, null, null),
                    Denominators = new CohortCounts(null, null, null, null, null),
                    Ids = ids.ToValueArray(),
                });
            }
            else
            {
                _results.Drop(code, key);
            }
        }

        // Clearing costs what the set once held: the opening's set is let go rather than cleared after each change.
        if (_dirty.Count > 1024)
        {
            _dirty = [];
        }
        else
        {
            _dirty.Clear();
        }
    }

    private int Slot(string key)
    {
        if (ReferenceEquals(key, _lastKey))
        {
            return _lastSlot; // the criteria of one fact name its college with the same string
        }

        if (!_slots.TryGetValue(key, out var slot))
        {
            slot = _keys.Count;
            _slots[key] = slot;
            _keys.Add(key);
        }

        _lastKey = key;
        _lastSlot = slot;
        return slot;
    }

    private static string? IdOf(object fact) => fact switch
    {
        GraduateFact graduate => graduate.Id,
        CollegeFact college => college.Id,
        EventFact careerEvent => careerEvent.Id,
        _ => null,
    };
}
