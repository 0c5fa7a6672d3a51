using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Quality;
using Criteria.Sdk.Quality;

namespace Criteria.Rules.Quality;

/// <summary>DQ7 — an event dated after the cut-off.</summary>
public sealed class EventAfterCutoff : EventQualityRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.DateAfterCutoff;

    /// <inheritdoc />
    protected override Expression<Func<EventFact, bool>> Condition => e => e.Context.AfterCutoff(e.Date);

    /// <inheritdoc />
    protected override IEnumerable<Finding> Describe(EventFact fact)
    {
        yield return Finding(fact.CollegeId, fact.Id, fact.Path + ".date", $"the event is dated {fact.Date:yyyy-MM-dd}, after the cut-off {fact.Context.Period.Cutoff:yyyy-MM-dd}");
    }
}
