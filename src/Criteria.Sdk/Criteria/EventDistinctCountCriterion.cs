using NRules.Fluent.Dsl;
using System.Linq.Expressions;
using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Sdk.Aggregation;

namespace Criteria.Sdk.Criteria;

/// <summary>
/// A number of distinct ids named by a college's events (3.3: employers): the events of
/// <see cref="Population"/>, the ids of <see cref="Ids"/>. The region counts distinct ids over all colleges.
/// </summary>
public abstract class EventDistinctCountCriterion : CriterionRule
{
    /// <inheritdoc />
    public sealed override CriterionKind Kind => CriterionKind.Count;

    /// <inheritdoc />
    public sealed override CountRollUp CountRollUp => CountRollUp.DistinctIds;

    /// <summary>The events that count.</summary>
    protected abstract Expression<Func<EventFact, bool>> Population { get; }

    /// <summary>The ids an event names.</summary>
    protected abstract Expression<Func<EventFact, IEnumerable<string>>> Ids { get; }

    /// <inheritdoc />
    public override void Define()
    {
        Name(Code);
        CollegeIdSet ids = null!;
        When().Query(() => ids, q => q
            .Match(Population)
            .DistinctIdsByCollege(e => e.CollegeId, Ids));
        Then().Yield(_ => ids.Snapshot(Code));
    }
}
