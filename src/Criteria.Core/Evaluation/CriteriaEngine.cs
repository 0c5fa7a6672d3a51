using Criteria.Catalog;
using NRules;
using NRules.RuleModel;

namespace Criteria.Evaluation;

/// <summary>
/// The catalogs' rules compiled once into an NRules session factory (thread-safe; each evaluation
/// opens its own session). Input facts are identified by their record ids, so a live session can
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
        var compiler = new RuleCompiler();
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        compiler.FactIdentityComparerRegistry.RegisterComparer(new IdComparer<GraduateFact>(g => g.Id));
        compiler.FactIdentityComparerRegistry.RegisterComparer(new IdComparer<CollegeFact>(c => c.Id));
        compiler.FactIdentityComparerRegistry.RegisterComparer(new IdComparer<EventFact>(e => e.Id));
        Factory = compiler.Compile(criteria.SelectMany(c => c.Rules).Concat(qualityRules));
    }

    public IReadOnlyList<CriterionDescriptor> Criteria { get; }

    /// <summary>Rule name → criterion code; quality rules are not in it.</summary>
    public IReadOnlyDictionary<string, string> RuleToCode { get; }

    public ISessionFactory Factory { get; }

    private sealed class IdComparer<T>(Func<T, string> id) : IEqualityComparer<T>
    {
        public bool Equals(T? x, T? y) => ReferenceEquals(x, y) || (x is not null && y is not null && string.Equals(id(x), id(y), StringComparison.Ordinal));

        public int GetHashCode(T obj) => StringComparer.Ordinal.GetHashCode(id(obj));
    }
}
