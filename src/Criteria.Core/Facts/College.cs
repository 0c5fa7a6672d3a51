using Criteria.Collections;

namespace Criteria.Facts;

/// <summary>A vocational college (ПОО) and the college-level facts of its ЦСТВ (criteria 1.1–1.3, 3.5, 5.1).</summary>
public sealed record College
{
    private readonly string _id = "";

    /// <summary>The college id, unique among colleges.</summary>
    /// <exception cref="ArgumentException">The value is null or empty.</exception>
    public required string Id { get => _id; init => _id = Guard.NotEmpty(value); }

    /// <summary>The college's name; null when not given.</summary>
    public string? Name { get; init; }

    /// <summary>The ЦСТВ work plan; null when there is none.</summary>
    public WorkPlan? WorkPlan { get; init; }

    /// <summary>The employment-assistance section of the website; null when there is none.</summary>
    public WebsiteSection? WebsiteSection { get; init; }

    /// <summary>The messenger group chats on employment assistance.</summary>
    public ValueArray<MessengerChat> MessengerChats { get; init; }

    /// <summary>The bank of partner vacancies; null when there is none.</summary>
    public VacancyBank? VacancyBank { get; init; }

    /// <summary>The counts of report СПО-1; null when the dataset has none for this college.</summary>
    public Spo1Counts? Spo1 { get; init; }

    /// <summary>Plugin data, kept verbatim.</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;
}
