namespace Criteria.Facts;

/// <summary>A resume of a graduate (criterion 3.7).</summary>
public sealed record Resume
{
    /// <summary>The resume is posted in the AIS.</summary>
    public bool PostedInAis { get; init; }

    /// <summary>The resume is filled in correctly.</summary>
    public bool Correct { get; init; }
}
