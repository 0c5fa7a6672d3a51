namespace Criteria.Facts;

/// <summary>A graduate's employment outcome on the period's cut-off (group 5).</summary>
public sealed record Outcome
{
    /// <summary>The status on the cut-off date.</summary>
    public required EmploymentStatus Status { get; init; }

    /// <summary>The employer, when the graduate works for one in the dataset; null otherwise.</summary>
    public string? EmployerId { get; init; }

    /// <summary>Employed according to the type of activity and competences acquired (criterion 5.3).</summary>
    public bool ByProfile { get; init; }
}
