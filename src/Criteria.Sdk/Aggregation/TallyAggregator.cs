using Criteria.Catalog;
using NRules.Aggregators;
using NRules.RuleModel;

namespace Criteria.Sdk.Aggregation;

/// <summary>Counts numerators and denominators per college and cohort (see <see cref="TallyQueryExtensions.TallyByCollege{TFact}"/>).</summary>
internal sealed class TallyAggregator(
    IAggregateExpression key,
    IAggregateExpression cohorts,
    IAggregateExpression numerator,
    IAggregateExpression denominator) : KeyedAggregator<(CohortSet Cohorts, int Numerator, int Denominator), CollegeTally>
{
    protected override (string Key, (CohortSet Cohorts, int Numerator, int Denominator) Value) Evaluate(AggregationContext context, ITuple tuple, IFact fact) =>
        ((string)key.Invoke(context, tuple, fact),
         ((CohortSet)cohorts.Invoke(context, tuple, fact), (int)numerator.Invoke(context, tuple, fact), (int)denominator.Invoke(context, tuple, fact)));

    protected override CollegeTally CreateGroup(string key) => new(key);

    protected override void Apply(CollegeTally group, (CohortSet Cohorts, int Numerator, int Denominator) value, int sign) =>
        group.Apply(value.Cohorts, value.Numerator, value.Denominator, sign);
}
