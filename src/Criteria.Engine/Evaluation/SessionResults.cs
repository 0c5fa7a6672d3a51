using Criteria.Quality;
using NRules;
using NRules.Diagnostics;
using NRules.RuleModel;

namespace Criteria.Evaluation;

/// <summary>
/// Follows a session's result facts through its events (querying the session would scan every
/// fact): the latest tally per criterion and college, the findings per rule and record, and the
/// failures of rules. Not thread-safe: it belongs to its session.
/// </summary>
internal sealed class SessionResults
{
    private readonly IReadOnlyDictionary<string, string> _ruleToCode;
    private readonly bool _trackChanges;

    /// <summary>Results of a batch run: no change tracking, and findings taken as they come (<see cref="TakeFindings"/>).</summary>
    public SessionResults(IReadOnlyDictionary<string, string> ruleToCode) => _ruleToCode = ruleToCode;

    /// <summary>Follows a session; a live session tracks which tallies changed.</summary>
    public SessionResults(ISession session, IReadOnlyDictionary<string, string> ruleToCode)
        : this(ruleToCode)
    {
        _trackChanges = true;
        Attach(session);
    }

    /// <summary>Follows a session's events.</summary>
    public void Attach(ISession session)
    {
        session.Events.FactInsertedEvent += (_, e) => Put(e.Fact.Value);
        session.Events.FactUpdatedEvent += (_, e) => Put(e.Fact.Value);
        session.Events.FactRetractedEvent += (_, e) => Remove(e.Fact.Value);
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            foreach (var rule in e.Rules)
            {
                Fail(rule.Name, e.Exception, e.Facts.Select(f => f.Value));
            }
        };
        session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            Fail(e.Match.Rule.Name, e.Exception, e.Match.Facts.Select(f => f.Value));
        };
    }

    /// <summary>The latest tally of each criterion and college.</summary>
    public Dictionary<(string Code, string CollegeId), CriterionTally> Tallies { get; } = [];

    /// <summary>The findings of each quality rule and record.</summary>
    public Dictionary<(string Rule, string Record), RecordFindings> Findings { get; } = [];

    /// <summary>Findings taken from a batch run as they came, without per-record bookkeeping.</summary>
    public List<Finding> BatchFindings { get; } = [];

    /// <summary>Every finding: the batch ones and those of each quality rule and record.</summary>
    public IEnumerable<Finding> AllFindings => BatchFindings.Concat(Findings.Values.SelectMany(f => f.Findings));

    /// <summary>Takes the findings a compiled rule yielded for one record: a batch run never updates or retracts them.</summary>
    public void TakeFindings(RecordFindings findings) => BatchFindings.AddRange(findings.Findings);

    /// <summary>The first failure of each rule, by criterion code or (for a quality rule) rule name.</summary>
    public Dictionary<string, Finding> Failures { get; } = new(StringComparer.Ordinal);

    /// <summary>Codes whose tallies changed since the last <see cref="TakeChanged"/>.</summary>
    private HashSet<(string Code, string CollegeId)> Changed { get; } = [];

    public IReadOnlySet<(string Code, string CollegeId)> TakeChanged()
    {
        var changed = Changed.ToHashSet();
        Changed.Clear();
        return changed;
    }

    /// <summary>Takes the results of another part of the same facts; of two failures of one rule, the one earlier in the document stays.</summary>
    public void Add(SessionResults other)
    {
        foreach (var tally in other.Tallies.Values)
        {
            Put(tally);
        }

        foreach (var findings in other.Findings.Values)
        {
            Put(findings);
        }

        BatchFindings.AddRange(other.BatchFindings);

        foreach (var (key, failure) in other.Failures)
        {
            if (!Failures.TryGetValue(key, out var mine) || DocumentOrder.Instance.Compare(failure.Path, mine.Path) < 0)
            {
                Failures[key] = failure;
            }
        }
    }

    /// <summary>Takes a result fact (a tally or findings) yielded by a rule.</summary>
    public void Put(object? fact)
    {
        switch (fact)
        {
            case CriterionTally tally:
                var key = (tally.Code, tally.CollegeId);
                if (_trackChanges && (!Tallies.TryGetValue(key, out var previous) || !previous.Equals(tally)))
                {
                    Changed.Add(key); // the engine re-yields every tally an update touches; only a new count is a change
                }

                Tallies[key] = tally;
                break;
            case RecordFindings findings:
                Findings[(findings.Rule, findings.Record)] = findings;
                break;
        }
    }

    private void Remove(object? fact)
    {
        switch (fact)
        {
            case CriterionTally tally when Tallies.TryGetValue((tally.Code, tally.CollegeId), out var current) && ReferenceEquals(current, tally):
                Tallies.Remove((tally.Code, tally.CollegeId));
                Changed.Add((tally.Code, tally.CollegeId));
                break;
            case RecordFindings findings when Findings.TryGetValue((findings.Rule, findings.Record), out var current) && ReferenceEquals(current, findings):
                Findings.Remove((findings.Rule, findings.Record));
                break;
        }
    }

    /// <summary>Records the first failure of a rule, as a RULE finding naming the record it failed on.</summary>
    public void Fail(string ruleName, Exception? exception, IEnumerable<object?> facts)
    {
        var key = _ruleToCode.GetValueOrDefault(ruleName, ruleName);
        if (Failures.ContainsKey(key))
        {
            return;
        }

        var record = facts.FirstOrDefault(f => f is GraduateFact or CollegeFact or EventFact);
        var (path, collegeId, recordId) = record switch
        {
            GraduateFact g => (g.Path, g.CollegeId, g.Id),
            CollegeFact c => (c.Path, c.Id, c.Id),
            EventFact e => (e.Path, e.CollegeId, e.Id),
            _ => ("$", null, null),
        };
        var cause = exception is RuleExpressionEvaluationException { InnerException: { } inner } ? inner : exception ?? new InvalidOperationException("unknown failure");
        var what = _ruleToCode.ContainsKey(ruleName) ? $"criterion {key}" : $"data-quality rule {ruleName}";
        Failures[key] = new Finding
        {
            Code = FindingCodes.RuleFailed,
            Severity = FindingSeverity.Error,
            CollegeId = collegeId,
            RecordId = recordId,
            Path = path,
            Message = $"the rule of {what} failed on this record ({cause.GetType().Name}: {cause.Message}); its results have status error, every other criterion is intact",
        };
    }
}
