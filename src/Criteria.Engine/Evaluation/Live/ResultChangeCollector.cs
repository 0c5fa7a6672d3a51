using Criteria.Catalog;
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
    private HashSet<string> _failed = new(StringComparer.Ordinal);

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
            }
        }
    }

    /// <summary>Notes a college that came or went: all its results are recomputed (or taken back).</summary>
    public void CollegeChanged(string collegeId) => _collegesChanged.Add(collegeId);

    /// <summary>Notes every college as changed (at the opening, so that every result becomes known).</summary>
    public void AllCollegesChanged(IEnumerable<string> collegeIds) => _collegesChanged.UnionWith(collegeIds);

    /// <summary>The results that moved since the last call, in report order (criterion, cohort, college, then the region).</summary>
    public List<ResultChange> Collect(LiveSessions sessions, LiveRecords records)
    {
        var failed = sessions.Failed();
        var touched = sessions.TakeChanged();
        var regions = new HashSet<(string Code, Cohort Cohort)>();

        // A criterion whose rule started or stopped failing: every college's result, and its regions.
        var toggled = failed.Where(c => !_failed.Contains(c)).Concat(_failed.Where(c => !failed.Contains(c))).ToHashSet(StringComparer.Ordinal);
        foreach (var code in toggled)
        {
            touched.UnionWith(records.CollegeIds.Select(collegeId => (code, collegeId)));
            regions.UnionWith(_regions.Keys.Where(k => k.Code == code));
        }

        _failed = failed;
        var changes = new List<ResultChange>();
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

        var recomputeAll = new HashSet<string>(_collegesChanged, StringComparer.Ordinal);
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
            foreach (var cohort in criterion.Cohorts)
            {
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
                changes.Add(new ResultChange(collegeId, result));
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
                state.Last = result;
                changes.Add(new ResultChange(null, result));
            }
        }

        changes.Sort((a, b) =>
            _order[a.Result.Code].CompareTo(_order[b.Result.Code]) is var byCriterion and not 0 ? byCriterion
            : a.Result.Cohort.CompareTo(b.Result.Cohort) is var byCohort and not 0 ? byCohort
            : Position(a).CompareTo(Position(b)));
        return changes;

        int Position(ResultChange change) => change.CollegeId is null ? int.MaxValue : records.CollegeIndex(change.CollegeId);
    }

    /// <summary>Takes a retracted college's results out of the totals and out of what is known.</summary>
    private void Forget(string collegeId, HashSet<(string Code, Cohort Cohort)> regions)
    {
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
