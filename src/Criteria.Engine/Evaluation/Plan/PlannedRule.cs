using System.Linq.Expressions;

namespace Criteria.Evaluation.Plan;

/// <summary>A rule of a recognised form, with the expressions read from its rule model.</summary>
internal sealed record PlannedRule
{
    public required string Name { get; init; }

    public required PlannedRuleForm Form { get; init; }

    public required Type FactType { get; init; }

    /// <summary>The pattern's conditions, each over the fact alone.</summary>
    public required IReadOnlyList<LambdaExpression> Conditions { get; init; }

    /// <summary>Tally: the criterion code its snapshot carries.</summary>
    public string? Code { get; init; }

    /// <summary>Tally and distinct ids: the college key.</summary>
    public LambdaExpression? Key { get; init; }

    /// <summary>Tally: the cohorts.</summary>
    public LambdaExpression? Cohorts { get; init; }

    /// <summary>Tally: the numerator's weight.</summary>
    public LambdaExpression? Numerator { get; init; }

    /// <summary>Tally: the denominator's weight.</summary>
    public LambdaExpression? Denominator { get; init; }

    /// <summary>Distinct ids: the ids.</summary>
    public LambdaExpression? Ids { get; init; }

    /// <summary>Yield: the value yielded for a matching fact.</summary>
    public LambdaExpression? Value { get; init; }
}
