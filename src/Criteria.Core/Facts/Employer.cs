namespace Criteria.Facts;

/// <summary>An employer, reference data shared by all colleges of the region.</summary>
public sealed record Employer
{
    private readonly string _id = "";

    /// <summary>The employer id, unique among employers.</summary>
    /// <exception cref="ArgumentException">The value is null or empty.</exception>
    public required string Id { get => _id; init => _id = Guard.NotEmpty(value); }

    /// <summary>The employer's name; null when not given.</summary>
    public string? Name { get; init; }

    /// <summary>The employer belongs to the defence industry (ОПК, criterion 5.5).</summary>
    public bool DefenseIndustry { get; init; }

    /// <summary>Plugin data, kept verbatim.</summary>
    public ExtensionData Extensions { get; init; } = ExtensionData.Empty;
}
