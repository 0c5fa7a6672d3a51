using Criteria.Quality;
using NRules;

namespace Criteria.Evaluation.Live;

/// <summary>
/// The sessions of a live evaluation — the standard catalog's and each plugin's — that one change goes to:
/// the same fact object (built once) is inserted, updated or retracted in each, then each fires. A session
/// is a <see cref="LivePlan"/> (the compiled plan's counters, Rete only for rules of other forms) or, with
/// <see cref="BatchExecution.Rete"/>, an NRules session of every rule. What they hold (tallies, findings,
/// failures) is read through their <see cref="SessionResults"/>.
/// </summary>
internal sealed class LiveSessions
{
    private readonly List<(ISession Session, SessionResults Results)> _sessions = [];
    private readonly List<LivePlan> _plans = [];

    /// <summary>Opens a session per engine over the same facts and fires each.</summary>
    public LiveSessions(IReadOnlyList<CriteriaEngine> engines, (CollegeFact[] Colleges, EventFact[] Events, GraduateFact[] Graduates) facts, BatchExecution execution, CancellationToken cancellationToken)
    {
        foreach (var engine in engines)
        {
            if (execution == BatchExecution.Compiled)
            {
                _plans.Add(new LivePlan(engine, facts, cancellationToken));
                continue;
            }

            var session = engine.Factory.CreateSession();
            _sessions.Add((session, new SessionResults(session, engine.RuleToCode)));
            session.InsertAll(facts.Colleges);
            session.InsertAll(facts.Events);
            foreach (var batch in facts.Graduates.Chunk(4096))
            {
                cancellationToken.ThrowIfCancellationRequested();
                session.InsertAll(batch);
            }

            session.Fire(cancellationToken);
        }
    }

    /// <summary>Inserts a fact into every session.</summary>
    public void Insert(object fact)
    {
        ForEach(s => s.Insert(fact));
        _plans.ForEach(p => p.Insert(fact));
    }

    /// <summary>Updates a fact in every session.</summary>
    public void Update(object fact)
    {
        Forget(fact);
        ForEach(s => s.Update(fact));
        _plans.ForEach(p => p.Update(fact));
    }

    /// <summary>Retracts a fact from every session.</summary>
    public void Retract(object fact)
    {
        Forget(fact);
        ForEach(s => s.Retract(fact));
        _plans.ForEach(p => p.Retract(fact));
    }

    /// <summary>Fires every session.</summary>
    public void Fire()
    {
        ForEach(s => s.Fire());
        _plans.ForEach(p => p.Fire());
    }

    /// <summary>The criterion and college of every tally that changed since the last call.</summary>
    public HashSet<(string Code, string CollegeId)> TakeChanged() => Results.SelectMany(r => r.TakeChanged()).ToHashSet();

    /// <summary>Every tally the sessions hold, by criterion and college.</summary>
    public Dictionary<(string Code, string CollegeId), CriterionTally> Tallies()
    {
        var tallies = new Dictionary<(string Code, string CollegeId), CriterionTally>();
        foreach (var (key, tally) in Results.SelectMany(r => r.Tallies))
        {
            tallies[key] = tally;
        }

        return tallies;
    }

    /// <summary>The tally of a criterion for a college, if the rules made one.</summary>
    public CriterionTally? Tally(string code, string collegeId)
    {
        CriterionTally? found = null;
        foreach (var results in Results)
        {
            if (results.Tallies.TryGetValue((code, collegeId), out var tally))
            {
                found = tally;
            }
        }

        return found;
    }

    /// <summary>The codes of the criteria whose rule failed.</summary>
    public HashSet<string> Failed() => Results.SelectMany(r => r.Failures.Keys).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// What the rules found, then what failed: of the records a rule fails on now, the first in the
    /// document (as a batch evaluation reports it), each finding placed where its record is now.
    /// </summary>
    public IEnumerable<Finding> Findings(Func<Finding, Finding> relocate) =>
        Results.SelectMany(r => r.Findings.Values).SelectMany(f => f.Findings).Select(relocate)
            .Concat(Results.SelectMany(r => r.FailuresByRecord.Values)
                .Select(failures => failures.Values.Select(relocate).MinBy(f => f.Path, DocumentOrder.Instance)!));

    private void Forget(object fact)
    {
        var record = SessionResults.RecordKey(fact);
        foreach (var results in Results)
        {
            results.ForgetFailures(record);
        }
    }

    /// <summary>The results of every session, in the order of the engines.</summary>
    private IEnumerable<SessionResults> Results => _sessions.Select(s => s.Results).Concat(_plans.Select(p => p.Results));

    private void ForEach(Action<ISession> action)
    {
        foreach (var (session, _) in _sessions)
        {
            action(session);
        }
    }
}
