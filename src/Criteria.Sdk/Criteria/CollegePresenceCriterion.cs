using NRules.Fluent.Dsl;
using System.Linq.Expressions;
using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Sdk.Aggregation;

namespace Criteria.Sdk.Criteria;

/// <summary>A college fact, true or false (<see cref="Present"/>); the region counts the colleges where it is true.</summary>
public abstract class CollegePresenceCriterion : CriterionRule
{
    /// <inheritdoc />
    public sealed override CriterionKind Kind => CriterionKind.Presence;

    /// <summary>True when the college has what the criterion asks for.</summary>
    protected abstract Expression<Func<CollegeFact, bool>> Present { get; }

    /// <inheritdoc />
    public override void Define() =>
        DefineTally<CollegeFact>(null, c => c.Id, c => CohortSet.All, RuleExpressions.OneIf(Present), c => 1);
}
