using Criteria.Collections;

namespace Criteria.Facts;

/// <summary>
/// A mass event held by a college (group 3): its kind, date, the employers who took part and the
/// graduates who attended. <see cref="EmployerIds"/> and <see cref="ParticipantIds"/> are sets:
/// a repeated id counts once.
/// </summary>
public sealed record CareerEvent
{
    private readonly string _id = "";
    private readonly string _collegeId = "";

    /// <summary>The event id, unique among events.</summary>
    /// <exception cref="ArgumentException">The value is null or empty.</exception>
    public required string Id { get => _id; init => _id = Guard.NotEmpty(value); }

    /// <summary>The id of the college that held the event.</summary>
    /// <exception cref="ArgumentException">The value is null or empty.</exception>
    public required string CollegeId { get => _collegeId; init => _collegeId = Guard.NotEmpty(value); }

    /// <summary>The kind of event.</summary>
    public required EventKind Kind { get; init; }

    /// <summary>The day of the event.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The employers who took part, as given.</summary>
    public ValueArray<string> EmployerIds { get; init; }

    /// <summary>The graduates who attended, as given (graduates of any college).</summary>
    public ValueArray<string> ParticipantIds { get; init; }

    /// <summary>Plugin data, kept verbatim.</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;
}
