using Criteria.Catalog;

namespace Criteria.Reporting;

/// <summary>A criterion as the report lists it.</summary>
public sealed record ReportCriterion
{
    /// <summary>The code.</summary>
    public required string Code { get; init; }

    /// <summary>The group.</summary>
    public required int Group { get; init; }

    /// <summary>The kind.</summary>
    public required CriterionKind Kind { get; init; }

    /// <summary>The Russian title.</summary>
    public required string Title { get; init; }

    /// <summary>The English title.</summary>
    public required string TitleEn { get; init; }

    /// <summary>True when lower is better.</summary>
    public required bool LowerIsBetter { get; init; }

    /// <summary><c>standard</c>, or the plugin's id.</summary>
    public required string Source { get; init; }

    /// <summary>The definition.</summary>
    public required string Definition { get; init; }
}
