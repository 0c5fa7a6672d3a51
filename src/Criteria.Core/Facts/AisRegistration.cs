namespace Criteria.Facts;

/// <summary>A graduate's registration in the AIS «Трудовые ресурсы» and career track (criteria 2.1, 2.2, 5.2).</summary>
public sealed record AisRegistration
{
    /// <summary>A graduate who is not registered and has no track: what an absent <c>ais</c> means.</summary>
    public static AisRegistration None { get; } = new();

    /// <summary>The graduate is registered in the AIS.</summary>
    public bool Registered { get; init; }

    /// <summary>The career track; null when there is none.</summary>
    public CareerTrack? CareerTrack { get; init; }
}
