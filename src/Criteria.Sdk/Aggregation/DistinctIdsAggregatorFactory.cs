using NRules.Aggregators;
using NRules.RuleModel;

namespace Criteria.Sdk.Aggregation;

/// <summary>Creates <see cref="DistinctIdsAggregator"/>s for the engine. Used by NRules; not called directly.</summary>
public sealed class DistinctIdsAggregatorFactory : IAggregatorFactory
{
    private IAggregateExpression? _key;
    private IAggregateExpression? _ids;

    /// <summary>Takes the compiled expressions of the aggregate.</summary>
    /// <param name="element">The aggregate element of the rule model.</param>
    /// <param name="compiledExpressions">Its compiled expressions.</param>
    public void Compile(AggregateElement element, IReadOnlyCollection<IAggregateExpression> compiledExpressions)
    {
        _key = compiledExpressions.FindSingle(TallyQueryExtensions.KeyName);
        _ids = compiledExpressions.FindSingle(DistinctIdsQueryExtensions.IdsName);
    }

    /// <summary>Creates an aggregator for one partial match.</summary>
    /// <param name="context">The engine's aggregation context.</param>
    /// <returns>A new aggregator.</returns>
    public IAggregator Create(AggregationContext context) =>
        new DistinctIdsAggregator(_key ?? throw new InvalidOperationException("The factory was not compiled."), _ids!);
}
