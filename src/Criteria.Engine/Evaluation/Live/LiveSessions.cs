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
    private static readonly HashSet<string> NoneFailed = new(StringComparer.Ordinal); // never changed: handed out when no rule failed
    private SessionResults[]? _results;

    /// <summary>Opens a session per engine over the same facts and fires each.</summary>
    public LiveSessions(IReadOnlyList<CriteriaEngine> engines, DatasetFacts facts, BatchExecution execution, CancellationToken cancellationToken)
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
        foreach (var (session, _) in _sessions)
        {
            session.Insert(fact);
        }

        foreach (var plan in _plans)
        {
            plan.Insert(fact);
        }
    }

    /// <summary>Updates a fact in every session.</summary>
    /// <param name="old">The fact as it was (made from the records before the change): a plan takes its contribution back.</param>
    /// <param name="fact">The record's fact now.</param>
    public void Update(object old, object fact)
    {
        Forget(fact);
        foreach (var (session, _) in _sessions)
        {
            session.Update(fact);
        }

        foreach (var plan in _plans)
        {
            plan.Update(old, fact);
        }
    }

    /// <summary>Retracts a fact from every session.</summary>
    /// <param name="old">The fact as it was (made from the records before the change).</param>
    public void Retract(object old)
    {
        Forget(old);
        foreach (var (session, _) in _sessions)
        {
            session.Retract(old);
        }

        foreach (var plan in _plans)
        {
            plan.Retract(old);
        }
    }

    /// <summary>Fires every session.</summary>
    public void Fire()
    {
        foreach (var (session, _) in _sessions)
        {
            session.Fire();
        }

        foreach (var plan in _plans)
        {
            plan.Fire();
        }
    }

    /// <summary>The criterion and college of every tally that changed since the last call.</summary>
    public HashSet<(string Code, string CollegeId)> TakeChanged()
    {
        var results = Every;
        if (results.Length == 1)
        {
            return results[0].TakeChanged();
        }

        var changed = new HashSet<(string Code, string CollegeId)>();
        foreach (var session in results)
        {
            changed.UnionWith(session.TakeChanged());
        }

        return changed;
    }

    /// <summary>Every tally the rules made, by criterion and college (a later session's wins, as <see cref="Tally"/>).</summary>
    public Dictionary<(string Code, string CollegeId), CriterionTally> Tallies()
    {
        var tallies = new Dictionary<(string Code, string CollegeId), CriterionTally>();
        foreach (var results in Every)
        {
            foreach (var (key, tally) in results.Tallies)
            {
                tallies[key] = tally;
            }
        }

        return tallies;
    }

    /// <summary>The tally of a criterion for a college, if the rules made one.</summary>
    public CriterionTally? Tally(string code, string collegeId)
    {
        CriterionTally? found = null;
        foreach (var results in Every)
        {
            if (results.Tallies.TryGetValue((code, collegeId), out var tally))
            {
                found = tally;
            }
        }

        return found;
    }

    /// <summary>The results of every session and plan, in a fixed order (the standard catalog's first).</summary>
    public IReadOnlyList<SessionResults> AllResults => Every;

    /// <summary>The codes of the criteria whose rule failed.</summary>
    public HashSet<string> Failed()
    {
        foreach (var results in Every)
        {
            if (results.Failures.Count > 0)
            {
                return Every.SelectMany(r => r.Failures.Keys).ToHashSet(StringComparer.Ordinal);
            }
        }

        return NoneFailed;
    }

    private void Forget(object fact)
    {
        string? record = null;
        foreach (var session in Every)
        {
            if (session.FailuresByRecord.Count > 0)
            {
                session.ForgetFailures(record ??= SessionResults.RecordKey(fact));
            }
        }
    }

    /// <summary>The results of every session, in the order of the engines.</summary>
    private SessionResults[] Every => _results ??= [.. _sessions.Select(s => s.Results), .. _plans.Select(p => p.Results)];
}
