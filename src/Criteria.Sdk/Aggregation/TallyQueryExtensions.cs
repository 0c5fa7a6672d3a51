using System.Linq.Expressions;
using Criteria.Catalog;
using NRules.Fluent.Dsl;

namespace Criteria.Sdk.Aggregation;

/// <summary>
/// The counting aggregate of the criteria DSL. NRules has no count or sum aggregate; this one keeps
/// a numerator and a denominator per college and cohort, incrementally.
/// </summary>
public static class TallyQueryExtensions
{
    /// <summary>The aggregate's name in the rule model.</summary>
    public const string AggregateName = "TallyByCollege";

    /// <summary>The name of the college-key expression in the rule model.</summary>
    public const string KeyName = "Key";

    /// <summary>The name of the cohorts expression in the rule model.</summary>
    public const string CohortsName = "Cohorts";

    /// <summary>The name of the numerator expression in the rule model.</summary>
    public const string NumeratorName = "Numerator";

    /// <summary>The name of the denominator expression in the rule model.</summary>
    public const string DenominatorName = "Denominator";

    /// <summary>
    /// Counts the matched facts per college: each fact adds <paramref name="numerator"/> and
    /// <paramref name="denominator"/> to every cohort in <paramref name="cohorts"/> of the college
    /// <paramref name="collegeId"/>. Yields one <see cref="CollegeTally"/> per college with facts.
    /// </summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="source">The matched facts.</param>
    /// <param name="collegeId">The college a fact counts for.</param>
    /// <param name="cohorts">The cohorts a fact counts in.</param>
    /// <param name="numerator">What a fact adds to the numerator (0, 1, or a number of items).</param>
    /// <param name="denominator">What a fact adds to the denominator.</param>
    /// <returns>The query of tallies.</returns>
    public static IQuery<CollegeTally> TallyByCollege<TFact>(
        this IQuery<TFact> source,
        Expression<Func<TFact, string>> collegeId,
        Expression<Func<TFact, CohortSet>> cohorts,
        Expression<Func<TFact, int>> numerator,
        Expression<Func<TFact, int>> denominator)
        where TFact : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        var expressions = new List<KeyValuePair<string, LambdaExpression>>
        {
            new(KeyName, collegeId),
            new(CohortsName, cohorts),
            new(NumeratorName, numerator),
            new(DenominatorName, denominator),
        };
        source.Builder.Aggregate<TFact, CollegeTally>(AggregateName, expressions, typeof(TallyAggregatorFactory));
        return new QueryExpression<CollegeTally>(source.Builder);
    }
}
