using System.Linq.Expressions;
using NRules.Fluent.Dsl;

namespace Criteria.Sdk.Aggregation;

/// <summary>The distinct-count aggregate of the criteria DSL (3.3: distinct employers per college).</summary>
public static class DistinctIdsQueryExtensions
{
    /// <summary>The aggregate's name in the rule model.</summary>
    public const string AggregateName = "DistinctIdsByCollege";

    /// <summary>The name of the ids expression in the rule model.</summary>
    public const string IdsName = "Ids";

    /// <summary>Collects the distinct ids the matched facts name, per college.</summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="source">The matched facts.</param>
    /// <param name="collegeId">The college a fact counts for.</param>
    /// <param name="ids">The ids a fact names.</param>
    /// <returns>The query of id sets, one per college with facts.</returns>
    public static IQuery<CollegeIdSet> DistinctIdsByCollege<TFact>(
        this IQuery<TFact> source,
        Expression<Func<TFact, string>> collegeId,
        Expression<Func<TFact, IEnumerable<string>>> ids)
        where TFact : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        var expressions = new List<KeyValuePair<string, LambdaExpression>>
        {
            new(TallyQueryExtensions.KeyName, collegeId),
            new(IdsName, ids),
        };
        source.Builder.Aggregate<TFact, CollegeIdSet>(AggregateName, expressions, typeof(DistinctIdsAggregatorFactory));
        return new QueryExpression<CollegeIdSet>(source.Builder);
    }
}
