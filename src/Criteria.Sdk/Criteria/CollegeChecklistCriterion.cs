using NRules.Fluent.Dsl;
using System.Linq.Expressions;
using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Sdk.Aggregation;

namespace Criteria.Sdk.Criteria;

/// <summary>
/// A checklist of a college: the numerator is the required items it has, the denominator the
/// required items; a college meets it when it has them all (and there is at least one).
/// </summary>
public abstract class CollegeChecklistCriterion : CriterionRule
{
    /// <inheritdoc />
    public sealed override CriterionKind Kind => CriterionKind.Checklist;

    /// <summary>The number of required items.</summary>
    protected abstract Expression<Func<CollegeFact, int>> Required { get; }

    /// <summary>The number of required items the college has.</summary>
    protected abstract Expression<Func<CollegeFact, int>> Present { get; }

    /// <inheritdoc />
    public override void Define() =>
        DefineTally<CollegeFact>(null, c => c.Id, c => CohortSet.All, Present, Required);
}
