namespace Criteria.Facts;

/// <summary>The ЦСТВ work plan of a college (criterion 1.1).</summary>
public sealed record WorkPlan
{
    /// <summary>The plan is approved.</summary>
    public bool Approved { get; init; }

    /// <summary>Where the plan is published on the college website; null when it is not.</summary>
    public string? Url { get; init; }

    /// <summary>The plan contains effectiveness criteria.</summary>
    public bool ContainsCriteria { get; init; }
}
