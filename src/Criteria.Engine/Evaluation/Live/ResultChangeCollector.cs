using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Kinds;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Evaluation.Live;

/// <summary>
/// Tells which results moved, at a cost proportional to what moved: it keeps the last result of every
/// college, criterion and cohort and, per criterion and cohort, the totals of the colleges' results the
/// region is made of (<see cref="RegionTotals"/>). A changed tally recomputes that college's results of
/// that criterion; a result that moved replaces the old one in the totals, and the region is made again
/// from the totals. A college that came or went recomputes (or takes back) its results of every
/// criterion; a criterion whose rule started or stopped failing recomputes every college's.
/// <para>
/// The results it keeps are the report's: <see cref="Update"/> brings them up to date (for a snapshot, or
/// before <see cref="Take"/>), and the snapshot reuses each college's results as long as none of them moved
/// (<see cref="Colleges"/>). What moved is remembered with the result it had at the last <see cref="Take"/>,
/// so that a result that moved and came back is not reported.
/// </para>
/// </summary>
internal sealed class ResultChangeCollector
{
    private readonly IReadOnlyList<CriterionDescriptor> _criteria;
    private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);
    private readonly EvaluationProfile _profile;
    private readonly Dictionary<(string CollegeId, string Code, Cohort Cohort), CriterionResult> _colleges = [];
    private readonly Dictionary<(string Code, Cohort Cohort), RegionState> _regions = [];
    private readonly Dictionary<(string Code, string CollegeId), CriterionTally?> _tallies = [];
    private readonly HashSet<string> _collegesChanged = new(StringComparer.Ordinal);
    private Dictionary<(string? CollegeId, string Code, Cohort Cohort), CriterionResult?> _pending = []; // what moved, with the result it had at the last take
    private readonly HashSet<string> _stale = new(StringComparer.Ordinal); // colleges whose published results moved
    private readonly Dictionary<string, CollegeResults> _published = new(StringComparer.Ordinal);
    private readonly List<(int Criterion, Cohort Cohort)> _rows = [];
    private static readonly HashSet<string> NoneToggled = new(StringComparer.Ordinal); // never changed
    private HashSet<string> _failed = new(StringComparer.Ordinal);
    private readonly HashSet<(string Code, Cohort Cohort)> _regionsMoved = []; // reused by each update
    private bool _regionsKnown;

    public ResultChangeCollector(IReadOnlyList<CriterionDescriptor> criteria, EvaluationProfile profile)
    {
        _criteria = criteria;
        _profile = profile;
        for (var i = 0; i < criteria.Count; i++)
        {
            _order.TryAdd(criteria[i].Code, i);
            foreach (var cohort in criteria[i].Cohorts)
            {
                _regions[(criteria[i].Code, cohort)] = new RegionState();
                _rows.Add((i, cohort));
            }
        }
    }

    /// <summary>Notes a college that came or went: all its results are recomputed (or taken back).</summary>
    public void CollegeChanged(string collegeId) => _collegesChanged.Add(collegeId);

    /// <summary>Notes every college as changed (at the opening, so that every result becomes known).</summary>
    public void AllCollegesChanged(IEnumerable<string> collegeIds) => _collegesChanged.UnionWith(collegeIds);

    /// <summary>Notes a college whose record changed (its name is in the snapshot).</summary>
    public void CollegeRecordChanged(string collegeId) => _stale.Add(collegeId);

    /// <summary>Forgets what moved so far (at the opening: the first take tells what moved after it).</summary>
    public void ForgetMoved() => _pending = []; // let go, not cleared: clearing costs what it once held

    /// <summary>The results that moved since the last take and differ from what they were then, in report order (criterion, cohort, college, then the region).</summary>
    public List<ResultChange> Take(LiveRecords records)
    {
        var changes = new List<ResultChange>();
        foreach (var ((collegeId, code, cohort), was) in _pending)
        {
            CriterionResult? now;
            if (collegeId is null)
            {
                now = _regions[(code, cohort)].Last;
            }
            else if (!records.HasCollege(collegeId) || !_colleges.TryGetValue((collegeId, code, cohort), out now))
            {
                continue; // a retracted college's results are not reported
            }

            if (now is not null && now != was)
            {
                changes.Add(new ResultChange(collegeId, now));
            }
        }

        _pending = _pending.Count > 1024 ? [] : _pending;
        _pending.Clear();
        changes.Sort((a, b) =>
            _order[a.Result.Code].CompareTo(_order[b.Result.Code]) is var byCriterion and not 0 ? byCriterion
            : ((int)a.Result.Cohort).CompareTo((int)b.Result.Cohort) is var byCohort and not 0 ? byCohort
            : Position(a).CompareTo(Position(b)));
        return changes;

        int Position(ResultChange change) => change.CollegeId is null ? int.MaxValue : records.CollegeIndex(change.CollegeId);
    }

    /// <summary>Every college's results, in the colleges' order: the same object for a college none of whose results moved since the last call.</summary>
    public ValueArray<CollegeResults> Colleges(LiveRecords records)
    {
        var colleges = new CollegeResults[records.CollegeIds.Count];
        for (var i = 0; i < colleges.Length; i++)
        {
            var collegeId = records.CollegeIds[i];
            if (_stale.Contains(collegeId) || !_published.TryGetValue(collegeId, out var published))
            {
                var results = new CriterionResult[_rows.Count];
                for (var row = 0; row < results.Length; row++)
                {
                    var (criterion, cohort) = _rows[row];
                    results[row] = _colleges[(collegeId, _criteria[criterion].Code, cohort)];
                }

                _published[collegeId] = published = new CollegeResults(collegeId, records.College(collegeId).Name, ValueArray<CriterionResult>.TakeOwnership(results));
            }

            colleges[i] = published;
        }

        _stale.Clear();
        return ValueArray<CollegeResults>.TakeOwnership(colleges);
    }

    /// <summary>The region's results, in the report's order (criterion, then cohort).</summary>
    public ValueArray<CriterionResult> Region() =>
        _rows.Select(row => _regions[(_criteria[row.Criterion].Code, row.Cohort)].Last!).ToValueArray();

    /// <summary>Brings the results up to date with the sessions: what moved is remembered for the next take.</summary>
    public void Update(LiveSessions sessions, LiveRecords records)
    {
        var failed = sessions.Failed();
        var touched = sessions.TakeChanged();
        var regions = _regionsMoved;
        regions.Clear();
        if (!_regionsKnown)
        {
            regions.UnionWith(_regions.Keys); // every region once, colleges or none
            _regionsKnown = true;
        }

        // A criterion whose rule started or stopped failing: every college's result, and its regions.
        var toggled = failed.Count == 0 && _failed.Count == 0 ? NoneToggled
            : failed.Where(c => !_failed.Contains(c)).Concat(_failed.Where(c => !failed.Contains(c))).ToHashSet(StringComparer.Ordinal);
        foreach (var code in toggled)
        {
            touched.UnionWith(records.CollegeIds.Select(collegeId => (code, collegeId)));
            regions.UnionWith(_regions.Keys.Where(k => k.Code == code));
        }

        _failed = failed;
        foreach (var collegeId in _collegesChanged)
        {
            if (records.HasCollege(collegeId))
            {
                touched.UnionWith(_criteria.Select(c => (c.Code, collegeId)));
            }
            else
            {
                Forget(collegeId, regions); // retracted: its results leave the region, and are not reported
            }
        }

        var recomputeAll = _collegesChanged.Count == 0 ? NoneToggled : new HashSet<string>(_collegesChanged, StringComparer.Ordinal);
        _collegesChanged.Clear();
        foreach (var (code, collegeId) in touched)
        {
            if (!records.HasCollege(collegeId) || !_order.TryGetValue(code, out var index))
            {
                continue;
            }

            var criterion = _criteria[index];
            var isFailed = failed.Contains(code);
            var tally = isFailed ? null : sessions.Tally(code, collegeId);

            // A cohort whose counts did not move keeps its result: a result is a function of its cohort's counts.
            CriterionTally? previous = null;
            var sameInputs = !isFailed && !toggled.Contains(code) && !recomputeAll.Contains(collegeId)
                && _tallies.TryGetValue((code, collegeId), out previous) && previous is not null && tally is not null
                && previous.Ids.Equals(tally.Ids);
            _tallies[(code, collegeId)] = tally;
            for (var c = 0; c < criterion.Cohorts.Count; c++)
            {
                var cohort = criterion.Cohorts[c];
                if (sameInputs && previous!.Numerators[cohort] == tally!.Numerators[cohort] && previous.Denominators[cohort] == tally.Denominators[cohort])
                {
                    continue;
                }

                var result = isFailed ? ReportBuilder.Failed(criterion, cohort, _profile) : ReportBuilder.College(criterion, cohort, tally, _profile);
                var key = (collegeId, code, cohort);
                var known = _colleges.TryGetValue(key, out var old);
                if (known && old == result)
                {
                    continue;
                }

                var region = _regions[(code, cohort)];
                if (known)
                {
                    region.Totals.Add(old!, -1);
                }

                region.Totals.Add(result, +1);
                _colleges[key] = result;
                _pending.TryAdd(key, known ? old : null);
                _stale.Add(collegeId);
                regions.Add((code, cohort));
            }
        }

        foreach (var (code, cohort) in regions)
        {
            var criterion = _criteria[_order[code]];
            var state = _regions[(code, cohort)];
            var result = failed.Contains(code)
                ? ReportBuilder.Failed(criterion, cohort, _profile, region: true)
                : ReportBuilder.Region(criterion, cohort, state.Totals, _profile);
            if (state.Last != result)
            {
                _pending.TryAdd((null, code, cohort), state.Last);
                state.Last = result;
            }
        }
    }

    /// <summary>Takes a retracted college's results out of the totals and out of what is known.</summary>
    private void Forget(string collegeId, HashSet<(string Code, Cohort Cohort)> regions)
    {
        _published.Remove(collegeId);
        foreach (var criterion in _criteria)
        {
            foreach (var cohort in criterion.Cohorts)
            {
                _tallies.Remove((criterion.Code, collegeId));
                if (_colleges.Remove((collegeId, criterion.Code, cohort), out var old))
                {
                    _regions[(criterion.Code, cohort)].Totals.Add(old, -1);
                    regions.Add((criterion.Code, cohort));
                }
            }
        }
    }

    /// <summary>A region's totals and the last result reported of it.</summary>
    private sealed class RegionState
    {
        public RegionTotals Totals { get; } = new();

        public CriterionResult? Last { get; set; }
    }
}
