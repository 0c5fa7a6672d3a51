using Criteria.Catalog;
using Criteria.Evaluation.Plan;
using NRules;
using NRules.RuleModel;

namespace Criteria.Evaluation;

/// <summary>
/// The catalogs' rules compiled once (on first use) into an NRules session factory and a compiled
/// batch plan (both thread-safe; each evaluation runs on its own). Input facts are identified by their record ids, so a live session can
/// update a graduate with a new object; results and findings are identified by reference.
/// </summary>
internal sealed class CriteriaEngine
{
    public CriteriaEngine(IReadOnlyList<CriterionDescriptor> criteria, IReadOnlyList<IRuleDefinition> qualityRules)
    {
        Criteria = criteria;
        var ruleToCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var criterion in criteria)
        {
            foreach (var rule in criterion.Rules)
            {
                ruleToCode[rule.Name] = criterion.Code;
            }
        }

        RuleToCode = ruleToCode;
        var rules = criteria.SelectMany(c => c.Rules).Concat(qualityRules).ToArray();
        _factory = new Lazy<ISessionFactory>(() => Compile(rules));
        _plan = new Lazy<CompiledPlan>(() => new CompiledPlan(rules, Compile));
    }

    private readonly Lazy<ISessionFactory> _factory;
    private readonly Lazy<CompiledPlan> _plan;

    /// <summary>The Rete network of every rule: live evaluations, and batch evaluations that ask for it.</summary>
    public ISessionFactory Factory => _factory.Value;

    /// <summary>The compiled batch plan.</summary>
    public CompiledPlan Plan => _plan.Value;

    private static ISessionFactory Compile(IReadOnlyList<IRuleDefinition> rules)
    {
        var compiler = new RuleCompiler();
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        compiler.FactIdentityComparerRegistry.RegisterComparer(new IdComparer<GraduateFact>(g => g.Id));
        compiler.FactIdentityComparerRegistry.RegisterComparer(new IdComparer<CollegeFact>(c => c.Id));
        compiler.FactIdentityComparerRegistry.RegisterComparer(new IdComparer<EventFact>(e => e.Id));
        return compiler.Compile(rules);
    }

    public IReadOnlyList<CriterionDescriptor> Criteria { get; }

    /// <summary>Rule name → criterion code; quality rules are not in it.</summary>
    public IReadOnlyDictionary<string, string> RuleToCode { get; }

    private sealed class IdComparer<T>(Func<T, string> id) : IEqualityComparer<T>
    {
        public bool Equals(T? x, T? y) => ReferenceEquals(x, y) || (x is not null && y is not null && string.Equals(id(x), id(y), StringComparison.Ordinal));

        public int GetHashCode(T obj) => StringComparer.Ordinal.GetHashCode(id(obj));
    }
}
