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
    public SessionResults(IReadOnlyDictionary<string, string> ruleToCode, bool trackChanges = false)
    {
        _ruleToCode = ruleToCode;
        _trackChanges = trackChanges;
    }

    /// <summary>Follows a session; a live session tracks which tallies changed.</summary>
    public SessionResults(ISession session, IReadOnlyDictionary<string, string> ruleToCode)
        : this(ruleToCode, trackChanges: true)
    {
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

    /// <summary>
    /// For a live session: every record each rule fails on now, by criterion code (or rule name) and record,
    /// so that a record that changes or leaves takes its failure with it (<see cref="ForgetFailures"/>).
    /// </summary>
    public Dictionary<string, Dictionary<string, Finding>> FailuresByRecord { get; } = new(StringComparer.Ordinal);

    /// <summary>For a live session: forgets the failures of a record about to be updated or retracted (a rule that still fails on it fails again).</summary>
    public void ForgetFailures(string record)
    {
        if (FailuresByRecord.Count == 0)
        {
            return;
        }

        FailuresChanged = true;
        foreach (var key in FailuresByRecord.Keys.ToList())
        {
            var failures = FailuresByRecord[key];
            if (failures.Remove(record) && failures.Count == 0)
            {
                FailuresByRecord.Remove(key);
                Failures.Remove(key);
            }
            else if (failures.Count > 0)
            {
                Failures[key] = failures.Values.First();
            }
        }
    }

    /// <summary>The key of a record for <see cref="FailuresByRecord"/>.</summary>
    public static string RecordKey(object? fact) => fact switch
    {
        GraduateFact g => "graduates/" + g.Id,
        CollegeFact c => "colleges/" + c.Id,
        EventFact e => "events/" + e.Id,
        _ => string.Empty,
    };

    /// <summary>Codes whose tallies changed since the last <see cref="TakeChanged"/>.</summary>
    private HashSet<(string Code, string CollegeId)> Changed { get; set; } = [];

    private HashSet<(string Code, string CollegeId)> _spareChanged = [];

    /// <summary>The criterion and college of every tally that changed since the last call (valid until the next call).</summary>
    public HashSet<(string Code, string CollegeId)> TakeChanged()
    {
        // Handed over, not copied: the set handed over last time is cleared and collects the next changes.
        var changed = Changed;
        _spareChanged.Clear();
        Changed = _spareChanged;
        _spareChanged = changed.Count > 1024 ? [] : changed; // the opening's large set is let go: clearing costs what it once held
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
    /// <summary>Takes the findings and failures of another live part of the same facts (its tallies are made later, from the added counters).</summary>
    public void AddLive(SessionResults other)
    {
        foreach (var findings in other.Findings.Values)
        {
            Put(findings);
        }

        foreach (var (key, byRecord) in other.FailuresByRecord)
        {
            if (!FailuresByRecord.TryGetValue(key, out var mine))
            {
                FailuresByRecord[key] = mine = new Dictionary<string, Finding>(StringComparer.Ordinal);
            }

            foreach (var (record, failure) in byRecord)
            {
                mine.TryAdd(record, failure);
                Failures.TryAdd(key, failure);
            }

            FailuresChanged = true;
        }
    }

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
                if (_trackChanges)
                {
                    DirtyFindings.Add((findings.Rule, findings.Record));
                }

                break;
        }
    }

    /// <summary>Drops a college's tally of a criterion that no fact counts in any more (a live plan's row emptied).</summary>
    public void Drop(string code, string collegeId)
    {
        if (Tallies.Remove((code, collegeId)) && _trackChanges)
        {
            Changed.Add((code, collegeId));
        }
    }

    /// <summary>Drops the findings a rule yielded for a record (a live plan's record changed or left).</summary>
    public void DropFindings(string rule, string record)
    {
        if (Findings.Remove((rule, record)) && _trackChanges)
        {
            DirtyFindings.Add((rule, record));
        }
    }

    /// <summary>The (rule, record) findings put or dropped since they were last taken (a live session's; the snapshot places only those anew).</summary>
    public HashSet<(string Rule, string Record)> DirtyFindings { get; private set; } = [];

    /// <summary>Takes the (rule, record) findings put or dropped since the last call.</summary>
    public HashSet<(string Rule, string Record)> TakeDirtyFindings()
    {
        var dirty = DirtyFindings;
        DirtyFindings = [];
        return dirty;
    }

    /// <summary>Whether a rule's failures moved since the flag was last cleared (a live session's).</summary>
    public bool FailuresChanged { get; set; }

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
                if (_trackChanges)
                {
                    DirtyFindings.Add((findings.Rule, findings.Record));
                }

                break;
        }
    }

    /// <summary>Records the first failure of a rule, as a RULE finding naming the record it failed on.</summary>
    public void Fail(string ruleName, Exception? exception, IEnumerable<object?> facts)
    {
        var key = _ruleToCode.GetValueOrDefault(ruleName, ruleName);
        var record = facts.FirstOrDefault(f => f is GraduateFact or CollegeFact or EventFact);
        if (_trackChanges)
        {
            // A live session keeps every failing record: the one reported is chosen when the report is made.
            if (!FailuresByRecord.TryGetValue(key, out var byRecord))
            {
                FailuresByRecord[key] = byRecord = new Dictionary<string, Finding>(StringComparer.Ordinal);
            }

            var recordKey = RecordKey(record);
            if (!byRecord.ContainsKey(recordKey))
            {
                FailuresChanged = true;
                byRecord[recordKey] = Failure(ruleName, key, exception, record);
                Failures.TryAdd(key, byRecord[recordKey]);
            }

            return;
        }

        if (Failures.ContainsKey(key))
        {
            return;
        }

        Failures[key] = Failure(ruleName, key, exception, record);
    }

    private Finding Failure(string ruleName, string key, Exception? exception, object? record)
    {
        var (path, collegeId, recordId) = record switch
        {
            GraduateFact g => (g.Path, g.CollegeId, g.Id),
            CollegeFact c => (c.Path, c.Id, c.Id),
            EventFact e => (e.Path, e.CollegeId, e.Id),
            _ => ("$", null, null),
        };
        var cause = exception is RuleExpressionEvaluationException { InnerException: { } inner } ? inner : exception ?? new InvalidOperationException("unknown failure");
        var what = _ruleToCode.ContainsKey(ruleName) ? $"criterion {key}" : $"data-quality rule {ruleName}";
        return new Finding
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
