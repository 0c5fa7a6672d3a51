using NRules.Aggregators;
using NRules.RuleModel;

namespace Criteria.Sdk.Aggregation;

/// <summary>Creates <see cref="TallyAggregator"/>s for the engine. Used by NRules; not called directly.</summary>
public sealed class TallyAggregatorFactory : IAggregatorFactory
{
    private IAggregateExpression? _key;
    private IAggregateExpression? _cohorts;
    private IAggregateExpression? _numerator;
    private IAggregateExpression? _denominator;

    /// <summary>Takes the compiled expressions of the aggregate.</summary>
    /// <param name="element">The aggregate element of the rule model.</param>
    /// <param name="compiledExpressions">Its compiled expressions.</param>
    public void Compile(AggregateElement element, IReadOnlyCollection<IAggregateExpression> compiledExpressions)
    {
        _key = compiledExpressions.FindSingle(TallyQueryExtensions.KeyName);
        _cohorts = compiledExpressions.FindSingle(TallyQueryExtensions.CohortsName);
        _numerator = compiledExpressions.FindSingle(TallyQueryExtensions.NumeratorName);
        _denominator = compiledExpressions.FindSingle(TallyQueryExtensions.DenominatorName);
    }

    /// <summary>Creates an aggregator for one partial match.</summary>
    /// <param name="context">The engine's aggregation context.</param>
    /// <returns>A new aggregator.</returns>
    public IAggregator Create(AggregationContext context) =>
        new TallyAggregator(
            _key ?? throw new InvalidOperationException("The factory was not compiled."),
            _cohorts!,
            _numerator!,
            _denominator!);
}
