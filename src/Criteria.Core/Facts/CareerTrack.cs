namespace Criteria.Facts;

/// <summary>A graduate's career track in the AIS «Трудовые ресурсы» (criteria 2.2, 5.2).</summary>
public sealed record CareerTrack
{
    /// <summary>The track is formed.</summary>
    public bool Formed { get; init; }

    /// <summary>The day the track was last updated; null when unknown.</summary>
    public DateOnly? UpdatedOn { get; init; }

    /// <summary>The status recorded in the track; null when none is recorded.</summary>
    public EmploymentStatus? Status { get; init; }
}
