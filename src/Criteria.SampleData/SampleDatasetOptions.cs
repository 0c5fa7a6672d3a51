namespace Criteria.Samples;

/// <summary>The size and seed of a synthetic dataset made by <see cref="SampleDatasetGenerator"/>.</summary>
public sealed record SampleDatasetOptions
{
    private readonly int _colleges = 55;
    private readonly int _graduates = 20_000;

    /// <summary>The seed: the same options always give the same dataset. Default 2023.</summary>
    public int Seed { get; init; } = 2023;

    /// <summary>The number of colleges, 1 or more. Default 55 (a region).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int Colleges { get => _colleges; init => _colleges = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Colleges), value, "A dataset needs at least one college."); }

    /// <summary>The number of graduates, 0 or more, spread over the colleges. Default 20,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Graduates { get => _graduates; init => _graduates = Guard.NotNegative(value); }

    /// <summary>The region's name. Default «Самарская область».</summary>
    public string Region { get; init; } = "Самарская область";
}
