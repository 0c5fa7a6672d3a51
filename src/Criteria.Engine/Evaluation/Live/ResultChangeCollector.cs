using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Kinds;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Evaluation.Live;

/// <summary>
/// Tells which results moved, at a cost proportional to what moved: it keeps the last result of every
/// college, criterion and cohort (a row of the report: criterion, then cohort) and, per row, the totals of
/// the colleges' results the region is made of (<see cref="RegionTotals"/>). A changed tally recomputes
/// that college's results of that criterion; a result that moved replaces the old one in the totals, and
/// the region is made again from the totals. A college that came or went recomputes (or takes back) its
/// results of every criterion; a criterion whose rule started or stopped failing recomputes every college's.
/// <para>
/// The results it keeps are the report's: it starts from a batch-built report (<see cref="Seed"/>),
/// <see cref="Update"/> brings them up to date (for a snapshot, or before <see cref="Take"/>), and the
/// snapshot reuses each college's results as long as none of them moved (<see cref="Colleges"/>). What
/// moved is remembered with the result it had at the last <see cref="Take"/>, so that a result that moved
/// and came back is not reported.
/// </para>
/// </summary>
internal sealed class ResultChangeCollector
{
    private static readonly HashSet<string> NoneToggled = new(StringComparer.Ordinal); // never changed

    private readonly IReadOnlyList<CriterionDescriptor> _criteria;
    private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);
    private readonly EvaluationProfile _profile;
    private readonly List<(int Criterion, Cohort Cohort)> _rows = [];
    private readonly int[] _firstRow; // by criterion: its first row (its cohorts follow in order)
    private readonly RegionState[] _regions; // by row
    private readonly Dictionary<string, CriterionResult?[]> _colleges = new(StringComparer.Ordinal); // by college: its result of each row
    private readonly Dictionary<(string Code, string CollegeId), CriterionTally?> _tallies = [];
    private readonly HashSet<string> _collegesChanged = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stale = new(StringComparer.Ordinal); // colleges whose published results moved
    private readonly Dictionary<string, CollegeResults> _published = new(StringComparer.Ordinal);
    private readonly HashSet<int> _regionsMoved = []; // reused by each update
    private Dictionary<(string? CollegeId, int Row), CriterionResult?> _pending = []; // what moved, with the result it had at the last take
    private HashSet<string> _failed = new(StringComparer.Ordinal);

    public ResultChangeCollector(IReadOnlyList<CriterionDescriptor> criteria, EvaluationProfile profile)
    {
        _criteria = criteria;
        _profile = profile;
        _firstRow = new int[criteria.Count];
        for (var i = 0; i < criteria.Count; i++)
        {
            _order.TryAdd(criteria[i].Code, i);
            _firstRow[i] = _rows.Count;
            foreach (var cohort in criteria[i].Cohorts)
            {
                _rows.Add((i, cohort));
            }
        }

        _regions = [.. _rows.Select(_ => new RegionState())];
    }

    /// <summary>
    /// Starts from a report built in batch from the sessions' tallies (its rows in this collector's order):
    /// every result and region result known, the totals made, the published colleges the report's own.
    /// The sessions' changes so far are what the report was made from.
    /// </summary>
    public void Seed(Report report, IReadOnlyDictionary<(string Code, string CollegeId), CriterionTally> tallies, HashSet<string> failed, LiveSessions sessions)
    {
        sessions.TakeChanged();
        _failed = failed;
        foreach (var college in report.Colleges)
        {
            var results = new CriterionResult?[_rows.Count];
            for (var row = 0; row < results.Length; row++)
            {
                results[row] = college.Results[row];
                _regions[row].Totals.Add(college.Results[row], +1);
            }

            _colleges[college.Id] = results;
            _published[college.Id] = college;
            foreach (var criterion in _criteria)
            {
                _tallies[(criterion.Code, college.Id)] = tallies.GetValueOrDefault((criterion.Code, college.Id));
            }
        }

        for (var row = 0; row < _rows.Count; row++)
        {
            _regions[row].Last = report.RegionResults[row];
        }
    }

    /// <summary>Notes a college that came or went: all its results are recomputed (or taken back).</summary>
    public void CollegeChanged(string collegeId) => _collegesChanged.Add(collegeId);

    /// <summary>Notes a college whose record changed (its name is in the snapshot).</summary>
    public void CollegeRecordChanged(string collegeId) => _stale.Add(collegeId);

    /// <summary>The results that moved since the last take and differ from what they were then, in report order (criterion, cohort, college, then the region).</summary>
    public List<ResultChange> Take(LiveRecords records)
    {
        var changes = new List<(int Criterion, int Cohort, int Position, ResultChange Change)>(_pending.Count);
        foreach (var ((collegeId, row), was) in _pending)
        {
            CriterionResult? now;
            if (collegeId is null)
            {
                now = _regions[row].Last;
            }
            else if (!records.HasCollege(collegeId) || !_colleges.TryGetValue(collegeId, out var results))
            {
                continue; // a retracted college's results are not reported
            }
            else
            {
                now = results[row];
            }

            if (now is not null && now != was)
            {
                // Sorted by keys found once: criterion, cohort, the college's position (the region last).
                var position = collegeId is null ? int.MaxValue : records.CollegeIndex(collegeId);
                changes.Add((_rows[row].Criterion, (int)_rows[row].Cohort, position, new ResultChange(collegeId, now)));
            }
        }

        _pending = _pending.Count > 1024 ? [] : _pending; // clearing costs what it once held
        _pending.Clear();
        changes.Sort(static (a, b) =>
            a.Criterion != b.Criterion ? a.Criterion.CompareTo(b.Criterion)
            : a.Cohort != b.Cohort ? a.Cohort.CompareTo(b.Cohort)
            : a.Position.CompareTo(b.Position));
        return changes.ConvertAll(c => c.Change);
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
                Array.Copy(_colleges[collegeId], results, results.Length);
                _published[collegeId] = published = new CollegeResults(collegeId, records.College(collegeId).Name, ValueArray<CriterionResult>.TakeOwnership(results));
            }

            colleges[i] = published;
        }

        _stale.Clear();
        return ValueArray<CollegeResults>.TakeOwnership(colleges);
    }

    /// <summary>The region's results, in the report's order (criterion, then cohort).</summary>
    public ValueArray<CriterionResult> Region() => _regions.Select(region => region.Last!).ToValueArray();

    /// <summary>Brings the results up to date with the sessions: what moved is remembered for the next take.</summary>
    public void Update(LiveSessions sessions, LiveRecords records)
    {
        var failed = sessions.Failed();
        var touched = sessions.TakeChanged();
        var regions = _regionsMoved;
        regions.Clear();

        // A criterion whose rule started or stopped failing: every college's result, and its regions.
        var toggled = failed.Count == 0 && _failed.Count == 0 ? NoneToggled
            : failed.Where(c => !_failed.Contains(c)).Concat(_failed.Where(c => !failed.Contains(c))).ToHashSet(StringComparer.Ordinal);
        foreach (var code in toggled)
        {
            touched.UnionWith(records.CollegeIds.Select(collegeId => (code, collegeId)));
            if (_order.TryGetValue(code, out var index))
            {
                regions.UnionWith(Enumerable.Range(_firstRow[index], _criteria[index].Cohorts.Count));
            }
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
            if (!_colleges.TryGetValue(collegeId, out var results))
            {
                _colleges[collegeId] = results = new CriterionResult?[_rows.Count];
            }

            for (var c = 0; c < criterion.Cohorts.Count; c++)
            {
                var cohort = criterion.Cohorts[c];
                if (sameInputs && previous!.Numerators[cohort] == tally!.Numerators[cohort] && previous.Denominators[cohort] == tally.Denominators[cohort])
                {
                    continue;
                }

                var result = isFailed ? ReportBuilder.Failed(criterion, cohort, _profile, collegeId) : ReportBuilder.College(criterion, cohort, tally, _profile, collegeId);
                var row = _firstRow[index] + c;
                var old = results[row];
                if (old == result)
                {
                    continue;
                }

                if (old is not null)
                {
                    _regions[row].Totals.Add(old, -1);
                }

                _regions[row].Totals.Add(result, +1);
                results[row] = result;
                _pending.TryAdd((collegeId, row), old);
                _stale.Add(collegeId);
                regions.Add(row);
            }
        }

        foreach (var row in regions)
        {
            var (index, cohort) = _rows[row];
            var criterion = _criteria[index];
            var state = _regions[row];
            var result = failed.Contains(criterion.Code)
                ? ReportBuilder.Failed(criterion, cohort, _profile, collegeId: null)
                : ReportBuilder.Region(criterion, cohort, state.Totals, _profile);
            if (state.Last != result)
            {
                _pending.TryAdd((null, row), state.Last);
                state.Last = result;
            }
        }
    }

    /// <summary>Takes a retracted college's results out of the totals and out of what is known.</summary>
    private void Forget(string collegeId, HashSet<int> regions)
    {
        _published.Remove(collegeId);
        foreach (var criterion in _criteria)
        {
            _tallies.Remove((criterion.Code, collegeId));
        }

        if (!_colleges.Remove(collegeId, out var results))
        {
            return;
        }

        for (var row = 0; row < results.Length; row++)
        {
            if (results[row] is { } old)
            {
                _regions[row].Totals.Add(old, -1);
                regions.Add(row);
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
