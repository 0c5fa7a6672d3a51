namespace Criteria.Facts;

/// <summary>Career guidance given to a graduate at risk (criterion 4.1).</summary>
public sealed record Guidance
{
    /// <summary>No guidance: what an absent <c>guidance</c> means.</summary>
    public static Guidance None { get; } = new();

    /// <summary>A career-track recommendation based on career-guidance diagnostics was given.</summary>
    public bool DiagnosticsRecommendation { get; init; }
}
