namespace Criteria.Sdk.Criteria;

/// <summary>
/// The metadata of a criterion rule class: its code, group, titles and definition. The kind and the
/// cohorts come from the base class the rule derives from.
/// </summary>
/// <param name="code">The criterion's code, unique in an evaluator, for example <c>2.1</c>.</param>
/// <param name="group">The group, 1 to 5 for the standard criteria.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CriterionAttribute(string code, int group) : Attribute
{
    /// <summary>The criterion's code.</summary>
    public string Code { get; } = code;

    /// <summary>The group.</summary>
    public int Group { get; } = group;

    /// <summary>The Russian title, as in the source document.</summary>
    public required string Title { get; init; }

    /// <summary>The English title.</summary>
    public required string TitleEn { get; init; }

    /// <summary>The exact definition: numerator, denominator, population.</summary>
    public required string Definition { get; init; }

    /// <summary>True when a lower value is better.</summary>
    public bool LowerIsBetter { get; init; }
}
