namespace Criteria.Facts;

/// <summary>Support a graduate received from the ЦСТВ (criteria 3.4, 3.6).</summary>
public sealed record GraduateSupport
{
    /// <summary>No support received: what an absent <c>support</c> means.</summary>
    public static GraduateSupport None { get; } = new();

    /// <summary>Informed of and helped with the regional support measures (the law «О молодом специалисте» among them).</summary>
    public bool RegionalMeasures { get; init; }

    /// <summary>Helped with writing and posting a resume or passing an interview, AIS included.</summary>
    public bool ResumeAndInterview { get; init; }
}
