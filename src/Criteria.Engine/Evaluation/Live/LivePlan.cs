using Criteria.Evaluation.Plan;
using NRules;

namespace Criteria.Evaluation.Live;

/// <summary>
/// A live session of one catalog that counts as the compiled plan does: each rule of the SDK's forms adds
/// a fact's contribution to a college's counters, and takes an old fact's back (the same compiled code run
/// with the sign −1), so a change costs the rules of the facts it touches — no Rete network holds a million
/// facts. The rules of other forms (a plugin's joins) run in a Rete session of their own, which follows the
/// same inserts, updates and retractions. It keeps the fact it counted of every record, to take it back.
/// </summary>
internal sealed class LivePlan
{
    private const int GraduatesPerWorker = 50_000; // below this many graduates, counting on several cores costs more than it saves

    private readonly CompiledPlan _plan;
    private readonly PlanState _state;
    private readonly ISession? _residual;
    private readonly Dictionary<string, object> _countedGraduates = new(StringComparer.Ordinal); // the fact counted of each record, by section
    private readonly Dictionary<string, object> _countedColleges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _countedEvents = new(StringComparer.Ordinal);

    public LivePlan(CriteriaEngine engine, (CollegeFact[] Colleges, EventFact[] Events, GraduateFact[] Graduates) facts, CancellationToken cancellationToken)
    {
        _plan = engine.Plan;
        Results = new SessionResults(engine.RuleToCode, trackChanges: true);
        _state = new PlanState(_plan.Planned, Results, facts.Colleges.Length, live: true);
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

        // The graduates are counted in parts on every core (counts are additive; each part keeps its
        // counters exact for taking contributions back), then added up; the Rete session, if any, takes them in order.
        var graduates = facts.Graduates;
        var workers = Math.Clamp(graduates.Length / GraduatesPerWorker, 1, Environment.ProcessorCount);
        var parts = new PlanState[workers];
        Parallel.For(0, workers, new ParallelOptions { CancellationToken = cancellationToken }, w =>
        {
            var part = parts[w] = new PlanState(_plan.Planned, new SessionResults(engine.RuleToCode, trackChanges: true), facts.Colleges.Length, live: true);
            for (int i = graduates.Length * w / workers, end = graduates.Length * (w + 1) / workers; i < end; i++)
            {
                if ((i & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                _plan.Apply(graduates[i], part);
            }
        });
        foreach (var part in parts)
        {
            _state.AddLive(part);
        }

        _countedGraduates.EnsureCapacity(graduates.Length);
        foreach (var graduate in graduates)
        {
            _countedGraduates[graduate.Id] = graduate;
            _residual?.Insert(graduate);
        }

        Fire();
    }

    /// <summary>The tallies, findings and failures of this catalog.</summary>
    public SessionResults Results { get; }

    public void Insert(object fact)
    {
        var (counted, id) = Counted(fact);
        counted[id] = fact;
        Count(fact, +1);
        _residual?.Insert(fact);
    }

    public void Update(object fact)
    {
        var (counted, id) = Counted(fact);
        if (counted.TryGetValue(id, out var old))
        {
            Count(old, -1);
        }

        counted[id] = fact;
        Count(fact, +1);
        _residual?.Update(fact);
    }

    public void Retract(object fact)
    {
        var (counted, id) = Counted(fact);
        if (counted.Remove(id, out var old))
        {
            Count(old, -1);
        }

        _residual?.Retract(fact);
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

    private (Dictionary<string, object> Counted, string Id) Counted(object fact) => fact switch
    {
        GraduateFact g => (_countedGraduates, g.Id),
        CollegeFact c => (_countedColleges, c.Id),
        EventFact e => (_countedEvents, e.Id),
        _ => throw new ArgumentException($"not a fact of a record: {fact.GetType().Name}", nameof(fact)),
    };
}
