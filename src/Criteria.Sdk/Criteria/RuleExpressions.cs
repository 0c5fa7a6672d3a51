using System.Linq.Expressions;

namespace Criteria.Sdk.Criteria;

/// <summary>Builds the expressions the criteria's aggregates need from the author's conditions.</summary>
public static class RuleExpressions
{
    /// <summary>Turns a condition into a count: <c>x => condition(x) ? 1 : 0</c>, as one expression tree.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="condition">The condition.</param>
    /// <returns>The counting expression.</returns>
    public static Expression<Func<T, int>> OneIf<T>(Expression<Func<T, bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return Expression.Lambda<Func<T, int>>(
            Expression.Condition(condition.Body, Expression.Constant(1), Expression.Constant(0)),
            condition.Parameters);
    }
}
