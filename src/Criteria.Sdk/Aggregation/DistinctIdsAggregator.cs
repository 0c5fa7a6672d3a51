using NRules.Aggregators;
using NRules.RuleModel;

namespace Criteria.Sdk.Aggregation;

/// <summary>Collects distinct ids per college (see <see cref="DistinctIdsQueryExtensions.DistinctIdsByCollege{TFact}"/>).</summary>
internal sealed class DistinctIdsAggregator(IAggregateExpression key, IAggregateExpression ids)
    : KeyedAggregator<IReadOnlyList<string>, CollegeIdSet>
{
    protected override (string Key, IReadOnlyList<string> Value) Evaluate(AggregationContext context, ITuple tuple, IFact fact) =>
        ((string)key.Invoke(context, tuple, fact), ((IEnumerable<string>)ids.Invoke(context, tuple, fact)).Distinct(StringComparer.Ordinal).ToArray());

    protected override CollegeIdSet CreateGroup(string key) => new(key);

    protected override void Apply(CollegeIdSet group, IReadOnlyList<string> value, int sign) => group.Apply(value, sign);
}
