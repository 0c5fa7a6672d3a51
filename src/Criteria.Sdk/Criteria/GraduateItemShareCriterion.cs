using NRules.Fluent.Dsl;
using System.Linq.Expressions;
using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Evaluation;
using Criteria.Sdk.Aggregation;

namespace Criteria.Sdk.Criteria;

/// <summary>
/// A share of items that graduates have (3.7: resumes), per college and cohort: each graduate adds
/// its own number of items to the numerator and the denominator; an item belongs to the cohorts of
/// its graduate.
/// </summary>
public abstract class GraduateItemShareCriterion : CriterionRule
{
    /// <inheritdoc />
    public sealed override CriterionKind Kind => CriterionKind.Share;

    /// <inheritdoc />
    public override ValueArray<Cohort> ReportedCohorts => Catalog.Cohorts.Graduate;

    /// <summary>The number of a graduate's items in the numerator.</summary>
    protected abstract Expression<Func<GraduateFact, int>> NumeratorItems { get; }

    /// <summary>The number of a graduate's items in the denominator.</summary>
    protected abstract Expression<Func<GraduateFact, int>> DenominatorItems { get; }

    /// <inheritdoc />
    public override void Define() =>
        DefineTally<GraduateFact>(null, g => g.CollegeId, g => g.Cohorts, NumeratorItems, DenominatorItems);
}
