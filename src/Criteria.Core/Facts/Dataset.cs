using Criteria.Collections;

namespace Criteria.Facts;

/// <summary>
/// One region's data for one period (the dataset contract, version 1): colleges, employers, events
/// and graduates, in document order. Immutable; two datasets are equal when their contents are.
/// </summary>
public sealed record Dataset
{
    private readonly string _schemaVersion = CurrentSchemaVersion;

    /// <summary>The contract version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The contract version, <c>major.minor</c>; the major version is always 1.</summary>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public string SchemaVersion { get => _schemaVersion; init => _schemaVersion = Guard.NotEmpty(value); }

    /// <summary>The region's name; null when not given.</summary>
    public string? Region { get; init; }

    /// <summary>The academic year and the cut-off.</summary>
    public required Period Period { get; init; }

    /// <summary>The colleges.</summary>
    public ValueArray<College> Colleges { get; init; }

    /// <summary>The employers.</summary>
    public ValueArray<Employer> Employers { get; init; }

    /// <summary>The mass events.</summary>
    public ValueArray<CareerEvent> Events { get; init; }

    /// <summary>The graduates.</summary>
    public ValueArray<Graduate> Graduates { get; init; }
}
