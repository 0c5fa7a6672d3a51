using System.Linq.Expressions;
using Criteria.Sdk.Aggregation;
using NRules.RuleModel;

namespace Criteria.Evaluation.Plan;

/// <summary>
/// Reads a rule definition and recognises the forms the compiled plan can run: a single pattern over
/// one fact type, with conditions over that fact alone, either aggregated per college by the criteria's
/// own aggregates and yielding their snapshot, or yielding a value computed from the fact. Anything
/// else (joins, conditions on aggregates, other actions) is left to the Rete network.
/// The SDK's forms are recognised by the SDK's own markers: the aggregate's factory type and registered
/// name (<see cref="TallyQueryExtensions"/>, <see cref="DistinctIdsQueryExtensions"/>) and the snapshot
/// methods of its results (<see cref="CollegeTally.Snapshot"/>, <see cref="CollegeIdSet.Snapshot"/>). What
/// a rule yields is read where NRules' rule model puts it: the value its action passes to
/// <see cref="IContext.InsertLinked"/>, which is what <c>Yield</c> compiles to.
/// </summary>
internal static class RuleShapes
{
    private static readonly Type[] FactTypes = [typeof(GraduateFact), typeof(CollegeFact), typeof(EventFact)];

    public static PlannedRule? Recognize(IRuleDefinition rule)
    {
        if (rule.LeftHandSide.ChildElements.Count() != 1
            || rule.LeftHandSide.ChildElements.Single() is not PatternElement pattern
            || rule.RightHandSide.Actions.Count() != 1)
        {
            return null;
        }

        var action = rule.RightHandSide.Actions.Single().Expression;
        if (action.Parameters.Count != 2 || YieldedValue(action.Body) is not { } yielded)
        {
            return null;
        }

        var declared = action.Parameters[1];
        if (pattern.Source is null)
        {
            return Conditions(pattern) is { } conditions && FactTypes.Contains(pattern.ValueType) && UsesOnly(yielded, declared)
                ? new PlannedRule
                {
                    Name = rule.Name,
                    Form = PlannedRuleForm.Yield,
                    FactType = pattern.ValueType,
                    Conditions = conditions,
                    Value = Expression.Lambda(Expression.Convert(yielded, typeof(object)), declared),
                }
                : null;
        }

        if (pattern.Source is not AggregateElement { Source: { } source } aggregate
            || Conditions(pattern) is not { Count: 0 }
            || Conditions(source) is not { } sourceConditions
            || !FactTypes.Contains(source.ValueType)
            || SnapshotCode(yielded, declared) is not { } code)
        {
            return null;
        }

        LambdaExpression? Named(string name) =>
            aggregate.Expressions.FindSingleOrDefault(name)?.Expression is { Parameters.Count: 1 } lambda && lambda.Parameters[0].Type == source.ValueType ? lambda : null;

        return (aggregate.Name, aggregate.CustomFactoryType) switch
        {
            (TallyQueryExtensions.AggregateName, var factory) when factory == typeof(TallyAggregatorFactory)
                && Named(TallyQueryExtensions.KeyName) is { } key && Named(TallyQueryExtensions.CohortsName) is { } cohorts
                && Named(TallyQueryExtensions.NumeratorName) is { } numerator && Named(TallyQueryExtensions.DenominatorName) is { } denominator => new PlannedRule
                {
                    Name = rule.Name,
                    Form = PlannedRuleForm.Tally,
                    FactType = source.ValueType,
                    Conditions = sourceConditions,
                    Code = code,
                    Key = key,
                    Cohorts = cohorts,
                    Numerator = numerator,
                    Denominator = denominator,
                },
            (DistinctIdsQueryExtensions.AggregateName, var factory) when factory == typeof(DistinctIdsAggregatorFactory)
                && Named(TallyQueryExtensions.KeyName) is { } key && Named(DistinctIdsQueryExtensions.IdsName) is { } ids => new PlannedRule
            {
                Name = rule.Name,
                Form = PlannedRuleForm.DistinctIds,
                FactType = source.ValueType,
                Conditions = sourceConditions,
                Code = code,
                Key = key,
                Ids = ids,
            },
            _ => null,
        };
    }

    /// <summary>The pattern's conditions when each is over the pattern's fact alone; null otherwise.</summary>
    private static List<LambdaExpression>? Conditions(PatternElement pattern)
    {
        var conditions = new List<LambdaExpression>();
        foreach (var element in pattern.Expressions)
        {
            if (element.Name != PatternElement.ConditionName || element.Expression.Parameters.Count != 1 || element.Expression.Parameters[0].Type != pattern.ValueType)
            {
                return null;
            }

            conditions.Add(element.Expression);
        }

        return conditions;
    }

    /// <summary>The value a <c>Yield</c> action inserts: the second argument of <c>IContext.InsertLinked</c>.</summary>
    private static Expression? YieldedValue(Expression body)
    {
        var finder = new InsertLinkedFinder();
        finder.Visit(body);
        return finder.Found is { Count: 1 } found ? found[0] : null;
    }

    private static readonly System.Reflection.MethodInfo[] SnapshotMethods =
    [
        typeof(CollegeTally).GetMethod(nameof(CollegeTally.Snapshot))!,
        typeof(CollegeIdSet).GetMethod(nameof(CollegeIdSet.Snapshot))!,
    ];

    /// <summary>The code of <c>aggregate.Snapshot(code)</c> when that is what is yielded and the code is a constant of the rule.</summary>
    private static string? SnapshotCode(Expression yielded, ParameterExpression aggregate)
    {
        if (yielded is not MethodCallExpression { Arguments.Count: 1 } call
            || !SnapshotMethods.Contains(call.Method)
            || call.Object != aggregate
            || !UsesOnly(call.Arguments[0], null))
        {
            return null;
        }

        return Expression.Lambda<Func<string>>(call.Arguments[0]).Compile()();
    }

    private static bool UsesOnly(Expression expression, ParameterExpression? allowed)
    {
        var finder = new ParameterFinder();
        finder.Visit(expression);
        return finder.Parameters.All(p => p == allowed);
    }

    private sealed class InsertLinkedFinder : ExpressionVisitor
    {
        public List<Expression> Found { get; } = [];

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.Name == nameof(IContext.InsertLinked) && node.Method.DeclaringType == typeof(IContext) && node.Arguments.Count == 2)
            {
                Found.Add(node.Arguments[1] is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : node.Arguments[1]);
            }

            return base.VisitMethodCall(node);
        }
    }

    private sealed class ParameterFinder : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _local = [];

        public HashSet<ParameterExpression> Parameters { get; } = [];

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            _local.UnionWith(node.Parameters);
            return base.VisitLambda(node);
        }

        protected override Expression VisitBlock(BlockExpression node)
        {
            _local.UnionWith(node.Variables);
            return base.VisitBlock(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (!_local.Contains(node))
            {
                Parameters.Add(node);
            }

            return node;
        }
    }
}
