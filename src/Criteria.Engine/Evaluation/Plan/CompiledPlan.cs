using System.Linq.Expressions;
using Criteria.Catalog;
using Criteria.Facts;
using NRules;
using NRules.RuleModel;

namespace Criteria.Evaluation.Plan;

/// <summary>
/// The batch execution of a catalog: every rule of a recognised form is compiled from its own rule
/// definition — the pattern's conditions, the aggregate's expressions, the yielded value — into one
/// fused pass per fact type that counts every criterion and cohort at once; the rules of any other
/// form run through a Rete session of their own. Built once per engine; thread-safe; each run keeps
/// its counters to itself. It holds no per-fact memory beyond the facts.
/// </summary>
internal sealed class CompiledPlan
{
    private const int CancellationStride = 8192;
    private const int GraduatesPerWorker = 50_000;
    private const int ReusedEventBuffers = 16; // attended-event arrays kept per length, up to this length

    private readonly IReadOnlyList<PlannedRule> _planned;
    private readonly Action<CollegeFact, PlanState> _colleges;
    private readonly Action<EventFact, PlanState> _events;
    private readonly Action<GraduateFact, PlanState> _graduates;
    private readonly ISessionFactory? _residual;

    public CompiledPlan(IReadOnlyList<IRuleDefinition> rules, Func<IReadOnlyList<IRuleDefinition>, ISessionFactory> compileResidual)
    {
        var planned = new List<PlannedRule>();
        var residual = new List<IRuleDefinition>();
        foreach (var rule in rules)
        {
            if (RuleShapes.Recognize(rule) is { } recognised)
            {
                planned.Add(recognised);
            }
            else
            {
                residual.Add(rule);
            }
        }

        _planned = planned;
        Residual = residual;
        _colleges = Fuse<CollegeFact>(planned);
        _events = Fuse<EventFact>(planned);
        _graduates = Fuse<GraduateFact>(planned);
        _residual = residual.Count > 0 ? compileResidual(residual) : null;
    }

    /// <summary>The rules left to the Rete network.</summary>
    public IReadOnlyList<IRuleDefinition> Residual { get; }

    /// <summary>The rules this plan runs (for a live plan's state).</summary>
    public IReadOnlyList<PlannedRule> Planned => _planned;

    /// <summary>A session of the rules the plan does not run (a plugin's joins); null when there are none.</summary>
    public ISession? CreateResidualSession() => _residual?.CreateSession();

    /// <summary>Runs every planned rule of a fact's type on one fact, into a state (with its sign).</summary>
    public void Apply(object fact, PlanState state)
    {
        switch (fact)
        {
            case GraduateFact graduate: _graduates(graduate, state); break;
            case CollegeFact college: _colleges(college, state); break;
            case EventFact careerEvent: _events(careerEvent, state); break;
        }
    }

    /// <summary>The names of the rules the plan compiled.</summary>
    public IEnumerable<string> Compiled => _planned.Select(p => p.Name);

    public SessionResults Run(DatasetFacts facts, IReadOnlyDictionary<string, string> ruleToCode, CancellationToken cancellationToken, RunProgress? progress = null)
    {
        var results = new SessionResults(ruleToCode);
        var state = new PlanState(_planned, results, facts.Colleges.Count);
        foreach (var college in facts.Colleges)
        {
            progress?.At(0, college);
            _colleges(college, state);
        }

        foreach (var careerEvent in facts.Events)
        {
            progress?.At(0, careerEvent);
            _events(careerEvent, state);
        }

        progress?.Done(0);

        // Counts are additive: large datasets are counted in parts on every core, then added up. Each
        // part makes one graduate fact and makes it each graduate's in turn (see Count).
        var records = facts.GraduateRecords;
        var workers = Math.Clamp(records / GraduatesPerWorker, 1, Environment.ProcessorCount);
        if (workers == 1)
        {
            Count(facts, 0, records, state, cancellationToken, progress, 0);
        }
        else
        {
            var parts = new PlanState[workers];
            Parallel.For(0, workers, new ParallelOptions { CancellationToken = cancellationToken }, w =>
            {
                parts[w] = new PlanState(_planned, new SessionResults(ruleToCode), facts.Colleges.Count);
                Count(facts, records * w / workers, records * (w + 1) / workers, parts[w], cancellationToken, progress, w);
            });
            foreach (var part in parts)
            {
                state.Add(part);
            }
        }

        state.Complete();
        if (_residual is not null)
        {
            var session = _residual.CreateSession();
            results.Attach(session);
            if (progress is null)
            {
                session.InsertAll(facts.Colleges);
                session.InsertAll(facts.Events);
                session.InsertAll(facts.Graduates);
            }
            else
            {
                // A plugin's join: one fact at a time, so that a run cut off by its budget names its record.
                progress.Insert(session, facts.Colleges);
                progress.Insert(session, facts.Events);
                progress.Insert(session, facts.Graduates);
            }

            session.Fire(cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return results;
    }

    /// <summary>Counts a part of the graduates into a state, as a batch pass does (one reused fact): a live plan's opening, part by part.</summary>
    public void CountGraduates(DatasetFacts facts, int from, int to, PlanState state, CancellationToken cancellationToken) =>
        Count(facts, from, to, state, cancellationToken, progress: null, worker: 0);

    private void Count(DatasetFacts facts, int from, int to, PlanState state, CancellationToken cancellationToken, RunProgress? progress, int worker)
    {
        // One fact object for the whole part, made each graduate's in turn (see GraduateFact.Reuse).
        GraduateFact? reused = null;
        var buffers = new CareerEvent[]?[ReusedEventBuffers];
        for (var i = from; i < to; i++)
        {
            if ((i - from) % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (facts.Graduate(i, reused, buffers) is { } graduate)
            {
                reused = graduate;
                progress?.AtGraduate(worker, i);
                _graduates(graduate, state);
            }
        }

        progress?.Done(worker);
    }

    /// <summary>
    /// One lambda for all planned rules over <typeparamref name="TFact"/>: for each rule, its conditions,
    /// then its counting or yield, inside a try/catch that records the rule's failure on this fact and
    /// goes on with the other rules — as the Rete network does.
    /// </summary>
    private static Action<TFact, PlanState> Fuse<TFact>(IReadOnlyList<PlannedRule> planned)
    {
        var fact = Expression.Parameter(typeof(TFact), "fact");
        var state = Expression.Parameter(typeof(PlanState), "state");
        var error = Expression.Parameter(typeof(Exception), "error");
        var steps = new List<Expression>();
        for (var index = 0; index < planned.Count; index++)
        {
            var rule = planned[index];
            if (rule.FactType != typeof(TFact))
            {
                continue;
            }

            var rank = Expression.Constant(index);
            Expression Of(LambdaExpression lambda) => Expression.Invoke(ClosedLambdas.Hoist(lambda), fact);

            // A graduate's fact is reused across the pass: what a rule yields, or a failure keeps, gets a copy of its own.
            Expression kept = typeof(TFact) == typeof(GraduateFact) ? Expression.Call(fact, nameof(GraduateFact.Detach), null) : fact;
            Expression act = rule.Form switch
            {
                PlannedRuleForm.Tally => Expression.Call(state, nameof(PlanState.Tally), null, rank, Of(rule.Key!), Of(rule.Cohorts!), Of(rule.Numerator!), Of(rule.Denominator!)),
                PlannedRuleForm.DistinctIds => Expression.Call(state, nameof(PlanState.Distinct), null, rank, Of(rule.Key!), Expression.Convert(Of(rule.Ids!), typeof(IEnumerable<string>))),
                // Taking a live fact back drops the findings it put, by their key, without describing the fact again.
                _ => Expression.IfThen(
                    Expression.Not(Expression.Call(state, nameof(PlanState.TookBack), null, rank, Expression.Convert(fact, typeof(object)))),
                    Expression.Call(state, nameof(PlanState.Yield), null, rank, Expression.Invoke(ClosedLambdas.Hoist(rule.Value!), kept), Expression.Convert(fact, typeof(object)))),
            };
            Expression step = rule.Conditions.Count == 0
                ? act
                : Expression.IfThen(rule.Conditions.Select(Of).Aggregate(Expression.AndAlso), act);
            steps.Add(Expression.TryCatch(
                Expression.Block(typeof(void), step),
                Expression.Catch(error, Expression.Call(state, nameof(PlanState.Fail), null, rank, error, Expression.Convert(kept, typeof(object))))));
        }

        if (steps.Count == 0)
        {
            return static (_, _) => { };
        }

        return Expression.Lambda<Action<TFact, PlanState>>(Expression.Block(steps), fact, state).Compile();
    }
}
