using Criteria.Catalog;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Evaluation.Live;

/// <summary>
/// Tells which results moved: it remembers the last result it reported of every college (and the
/// region), criterion and cohort, recomputes the results of the criteria whose tallies changed (all of
/// them when a college came or went or changed), and reports exactly those that differ.
/// </summary>
internal sealed class ResultChangeCollector(IReadOnlyList<CriterionDescriptor> criteria, EvaluationProfile profile)
{
    private readonly Dictionary<string, Dictionary<(string Code, Cohort Cohort), CriterionResult>> _lastResults = new(StringComparer.Ordinal);
    private readonly HashSet<string> _collegesChanged = new(StringComparer.Ordinal);

    /// <summary>Notes a college whose record or existence changed: all its results are recomputed.</summary>
    public void CollegeChanged(string collegeId) => _collegesChanged.Add(collegeId);

    /// <summary>Notes every college as changed (at the opening, so that every result becomes known).</summary>
    public void AllCollegesChanged(IEnumerable<string> collegeIds) => _collegesChanged.UnionWith(collegeIds);

    /// <summary>The results that moved since the last call.</summary>
    public List<ResultChange> Collect(LiveSessions sessions, LiveRecords records)
    {
        var changed = sessions.TakeChanged();
        var codes = changed.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        if (_collegesChanged.Count > 0)
        {
            codes.UnionWith(criteria.Select(c => c.Code));
        }

        var failed = sessions.Failed();
        var tallies = sessions.Tallies();
        var changes = new List<ResultChange>();
        foreach (var criterion in criteria.Where(c => codes.Contains(c.Code)))
        {
            foreach (var cohort in criterion.Cohorts)
            {
                var all = new List<CriterionResult>(records.CollegeIds.Count);
                foreach (var collegeId in records.CollegeIds)
                {
                    var result = failed.Contains(criterion.Code)
                        ? ReportBuilder.Failed(criterion, cohort, profile)
                        : ReportBuilder.College(criterion, cohort, tallies.GetValueOrDefault((criterion.Code, collegeId)), profile);
                    all.Add(result);
                    if ((changed.Contains((criterion.Code, collegeId)) || _collegesChanged.Contains(collegeId)) && Moved(collegeId, result))
                    {
                        changes.Add(new ResultChange(collegeId, result));
                    }
                }

                var region = failed.Contains(criterion.Code) ? ReportBuilder.Failed(criterion, cohort, profile, region: true) : ReportBuilder.Region(criterion, cohort, [.. all], profile);
                if (Moved(null, region))
                {
                    changes.Add(new ResultChange(null, region));
                }
            }
        }

        foreach (var collegeId in _collegesChanged.Where(id => !records.HasCollege(id)))
        {
            _lastResults.Remove(collegeId); // retracted: nothing of it is reported any more
        }

        _collegesChanged.Clear();
        return changes;
    }

    /// <summary>True when the result differs from the one last known for its college (null: the region), criterion and cohort; it is then remembered.</summary>
    private bool Moved(string? collegeId, CriterionResult result)
    {
        var key = collegeId ?? string.Empty; // no college has an empty id
        if (!_lastResults.TryGetValue(key, out var known))
        {
            _lastResults[key] = known = new Dictionary<(string, Cohort), CriterionResult>();
        }

        if (known.TryGetValue((result.Code, result.Cohort), out var last) && last == result)
        {
            return false;
        }

        known[(result.Code, result.Cohort)] = result;
        return true;
    }
}
