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
    private readonly Dictionary<int, HashSet<string>>[] _ids;
    private string? _lastKey;
    private int _lastSlot;

    /// <param name="rules">The planned rules.</param>
    /// <param name="results">Where yields, failures and (on completion) tallies go.</param>
    /// <param name="colleges">How many colleges to make room for at once (counters grow past it if a rule keys by something else).</param>
    public PlanState(IReadOnlyList<PlannedRule> rules, SessionResults results, int colleges)
    {
        _rules = rules;
        _results = results;
        var slots = Math.Max(colleges, 1) * Stride;
        _counts = rules.Select(r => r.Form == PlannedRuleForm.Tally ? new long[slots] : []).ToArray();
        _ids = rules.Select(_ => new Dictionary<int, HashSet<string>>()).ToArray();
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

        CohortCounting.Add(counts.AsSpan(at, Stride), cohorts, numerator, denominator);
    }

    public void Distinct(int rule, string key, IEnumerable<string> ids)
    {
        var slot = Slot(key);
        if (!_ids[rule].TryGetValue(slot, out var set))
        {
            _ids[rule][slot] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.UnionWith(ids);
    }

    public void Yield(int rule, object? value)
    {
        if (value is RecordFindings findings)
        {
            _results.TakeFindings(findings);
        }
        else
        {
            _results.Put(value);
        }
    }

    public void Fail(int rule, Exception exception, object fact) => _results.Fail(_rules[rule].Name, exception, [fact]);

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

            foreach (var (slot, set) in other._ids[rule])
            {
                Distinct(rule, other._keys[slot], set);
            }
        }

        _results.Add(other._results);
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
                foreach (var (slot, set) in _ids[rule])
                {
                    var ids = set.Order(StringComparer.Ordinal).ToArray();
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
}
