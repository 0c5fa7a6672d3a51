using Criteria.Quality;
using NRules;

namespace Criteria.Evaluation.Live;

/// <summary>
/// The NRules sessions of a live evaluation — the standard catalog's and each plugin's — that one change
/// goes to: the same fact object (built once) is inserted, updated or retracted in each, then each fires.
/// What the sessions hold (tallies, findings, failures) is read through their <see cref="SessionResults"/>.
/// </summary>
internal sealed class LiveSessions
{
    private readonly List<(ISession Session, SessionResults Results)> _sessions = [];

    /// <summary>Opens a session per engine over the same facts and fires each.</summary>
    public LiveSessions(IReadOnlyList<CriteriaEngine> engines, (CollegeFact[] Colleges, EventFact[] Events, GraduateFact[] Graduates) facts, CancellationToken cancellationToken)
    {
        foreach (var engine in engines)
        {
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
    public void Insert(object fact) => ForEach(s => s.Insert(fact));

    /// <summary>Updates a fact in every session.</summary>
    public void Update(object fact) => ForEach(s => s.Update(fact));

    /// <summary>Retracts a fact from every session.</summary>
    public void Retract(object fact) => ForEach(s => s.Retract(fact));

    /// <summary>Fires every session.</summary>
    public void Fire() => ForEach(s => s.Fire());

    /// <summary>The criterion and college of every tally that changed since the last call.</summary>
    public HashSet<(string Code, string CollegeId)> TakeChanged() => _sessions.SelectMany(s => s.Results.TakeChanged()).ToHashSet();

    /// <summary>Every tally the sessions hold, by criterion and college.</summary>
    public Dictionary<(string Code, string CollegeId), CriterionTally> Tallies()
    {
        var tallies = new Dictionary<(string Code, string CollegeId), CriterionTally>();
        foreach (var (key, tally) in _sessions.SelectMany(s => s.Results.Tallies))
        {
            tallies[key] = tally;
        }

        return tallies;
    }

    /// <summary>The tally of a criterion for a college, if the rules made one.</summary>
    public CriterionTally? Tally(string code, string collegeId)
    {
        CriterionTally? found = null;
        foreach (var (_, results) in _sessions)
        {
            if (results.Tallies.TryGetValue((code, collegeId), out var tally))
            {
                found = tally;
            }
        }

        return found;
    }

    /// <summary>The codes of the criteria whose rule failed.</summary>
    public HashSet<string> Failed() => _sessions.SelectMany(s => s.Results.Failures.Keys).ToHashSet(StringComparer.Ordinal);

    /// <summary>What the rules found, then what failed.</summary>
    public IEnumerable<Finding> Findings() =>
        _sessions.SelectMany(s => s.Results.Findings.Values).SelectMany(f => f.Findings)
            .Concat(_sessions.SelectMany(s => s.Results.Failures.Values));

    private void ForEach(Action<ISession> action)
    {
        foreach (var (session, _) in _sessions)
        {
            action(session);
        }
    }
}
