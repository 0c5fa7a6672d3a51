using Criteria.Evaluation;

namespace Criteria.Sdk.Quality;

/// <summary>A data-quality rule on events.</summary>
public abstract class EventQualityRule : QualityRule<EventFact>
{
    /// <inheritdoc />
    protected sealed override string RecordOf(EventFact fact) => $"event {fact.Id}";
}
