using NRules.Fluent.Dsl;
using System.Linq.Expressions;
using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Evaluation;
using Criteria.Sdk.Aggregation;

namespace Criteria.Sdk.Criteria;

/// <summary>
/// A share of graduates, per college and cohort: numerator ÷ denominator, where the denominator is
/// the graduates of <see cref="Population"/> (by default the contingent, every graduate) and the
/// numerator those of them that satisfy <see cref="Numerator"/>.
/// </summary>
public abstract class GraduateShareCriterion : CriterionRule
{
    /// <inheritdoc />
    public sealed override CriterionKind Kind => CriterionKind.Share;

    /// <inheritdoc />
    public override ValueArray<Cohort> ReportedCohorts => Catalog.Cohorts.Graduate;

    /// <summary>The graduates of the denominator; by default every graduate of the college (the contingent).</summary>
    protected virtual Expression<Func<GraduateFact, bool>> Population => g => true;

    /// <summary>The graduates of the population that count in the numerator.</summary>
    protected abstract Expression<Func<GraduateFact, bool>> Numerator { get; }

    /// <inheritdoc />
    public override void Define() =>
        DefineTally(Population, g => g.CollegeId, g => g.Cohorts, RuleExpressions.OneIf(Numerator), g => 1);
}
