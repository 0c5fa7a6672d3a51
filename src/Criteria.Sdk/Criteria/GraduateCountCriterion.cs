using NRules.Fluent.Dsl;
using System.Linq.Expressions;
using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Evaluation;
using Criteria.Sdk.Aggregation;

namespace Criteria.Sdk.Criteria;

/// <summary>A number of graduates, per college and cohort: those that satisfy <see cref="Counted"/>. The region sums the colleges.</summary>
public abstract class GraduateCountCriterion : CriterionRule
{
    /// <inheritdoc />
    public sealed override CriterionKind Kind => CriterionKind.Count;

    /// <inheritdoc />
    public override ValueArray<Cohort> ReportedCohorts => Catalog.Cohorts.Graduate;

    /// <summary>The graduates counted.</summary>
    protected abstract Expression<Func<GraduateFact, bool>> Counted { get; }

    /// <inheritdoc />
    public override void Define() =>
        DefineTally(Counted, g => g.CollegeId, g => g.Cohorts, g => 1, g => 0);
}
