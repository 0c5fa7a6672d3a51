using Criteria.Evaluation.Plan;
using NRules;

namespace Criteria.Evaluation.Live;

/// <summary>
/// A live session of one catalog that counts as the compiled plan does: each rule of the SDK's forms adds
/// a fact's contribution to a college's counters, and takes an old fact's back (the same compiled code run
/// with the sign −1), so a change costs the rules of the facts it touches — no Rete network holds a million
/// facts. The rules of other forms (a plugin's joins) run in a Rete session of their own, which follows the
/// same inserts, updates and retractions. It keeps no fact: a change brings the old fact (made from the
/// records as they were) whose contribution is taken back.
/// </summary>
internal sealed class LivePlan
{
    private const int GraduatesPerWorker = 50_000; // below this many graduates, counting on several cores costs more than it saves

    private readonly CompiledPlan _plan;
    private readonly PlanState _state;
    private readonly ISession? _residual;

    public LivePlan(CriteriaEngine engine, DatasetFacts facts, CancellationToken cancellationToken)
    {
        _plan = engine.Plan;
        Results = new SessionResults(engine.RuleToCode, trackChanges: true);
        _state = new PlanState(_plan.Planned, Results, facts.Colleges.Count, live: true);
        _residual = _plan.CreateResidualSession();
        if (_residual is not null)
        {
            Results.Attach(_residual);
        }

        foreach (var college in facts.Colleges)
        {
            Insert(college);
        }

        foreach (var careerEvent in facts.Events)
        {
            Insert(careerEvent);
        }

        // The graduates are counted as a batch evaluation counts them — in parts on every core, one reused
        // fact per part, no fact kept — into live counters (exact, so that contributions can be taken back
        // from the old fact a change brings), then added up. The Rete session, if any, takes every fact.
        var graduates = facts.GraduateRecords;
        var workers = Math.Clamp(graduates / GraduatesPerWorker, 1, Environment.ProcessorCount);
        var parts = new PlanState[workers];
        Parallel.For(0, workers, new ParallelOptions { CancellationToken = cancellationToken }, w =>
        {
            parts[w] = new PlanState(_plan.Planned, new SessionResults(engine.RuleToCode, trackChanges: true), facts.Colleges.Count, live: true);
            _plan.CountGraduates(facts, graduates * w / workers, graduates * (w + 1) / workers, parts[w], cancellationToken);
        });
        foreach (var part in parts)
        {
            _state.AddLive(part);
        }

        if (_residual is not null)
        {
            foreach (var graduate in facts.Graduates)
            {
                _residual.Insert(graduate);
            }
        }

        Fire();
    }

    /// <summary>The tallies, findings and failures of this catalog.</summary>
    public SessionResults Results { get; }

    /// <summary>Counts a new record's fact.</summary>
    public void Insert(object fact)
    {
        Count(fact, +1);
        _residual?.Insert(fact);
    }

    /// <summary>Takes an old fact's contribution back and counts the record's new fact.</summary>
    /// <param name="old">The fact as it was counted (made from the records before the change).</param>
    /// <param name="fact">The record's fact now.</param>
    public void Update(object old, object fact)
    {
        Count(old, -1);
        Count(fact, +1);
        _residual?.Update(fact);
    }

    /// <summary>Takes a retracted record's fact back.</summary>
    /// <param name="old">The fact as it was counted.</param>
    public void Retract(object old)
    {
        Count(old, -1);
        _residual?.Retract(old);
    }

    public void Fire()
    {
        _residual?.Fire();
        _state.Flush();
    }

    private void Count(object fact, int sign)
    {
        _state.Sign = sign;
        _plan.Apply(fact, _state);
        _state.Sign = +1;
    }
}
