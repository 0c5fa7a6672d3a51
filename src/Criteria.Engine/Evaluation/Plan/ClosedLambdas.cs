using System.Linq.Expressions;

namespace Criteria.Evaluation.Plan;

/// <summary>
/// Compiles the nested lambdas of a rule's expression that use nothing of the expressions around them
/// (<c>g => g.Resumes.CountOf(r => r.PostedInAis)</c>) once, into constants: a compiled expression
/// tree otherwise makes a new delegate for such a lambda every time it runs, once per graduate.
/// </summary>
internal sealed class ClosedLambdas : ExpressionVisitor
{
    private readonly Stack<IReadOnlyCollection<ParameterExpression>> _outer = new();

    private ClosedLambdas()
    {
    }

    /// <summary>The lambda with each closed nested lambda replaced by its compiled delegate.</summary>
    public static LambdaExpression Hoist(LambdaExpression lambda)
    {
        var visitor = new ClosedLambdas();
        visitor._outer.Push(lambda.Parameters);
        return Expression.Lambda(lambda.Type, visitor.Visit(lambda.Body), lambda.Parameters);
    }

    /// <inheritdoc />
    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        if (!Uses(node, _outer.SelectMany(p => p).ToHashSet()))
        {
            return Expression.Constant(node.Compile(), node.Type);
        }

        _outer.Push(node.Parameters);
        try
        {
            return base.VisitLambda(node);
        }
        finally
        {
            _outer.Pop();
        }
    }

    /// <inheritdoc />
    protected override Expression VisitUnary(UnaryExpression node) =>
        node.NodeType == ExpressionType.Quote ? node : base.VisitUnary(node); // a quoted lambda is data, not code to run

    private static bool Uses(Expression expression, HashSet<ParameterExpression> parameters)
    {
        var finder = new Finder(parameters);
        finder.Visit(expression);
        return finder.Found;
    }

    private sealed class Finder(HashSet<ParameterExpression> parameters) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= parameters.Contains(node);
            return node;
        }
    }
}
