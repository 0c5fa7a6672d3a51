namespace Criteria.Quality;

/// <summary>The position of the first record of each id: colleges, employers and graduates.</summary>
internal sealed record DatasetIndex(
    IReadOnlyDictionary<string, int> Colleges,
    IReadOnlyDictionary<string, int> Employers,
    IReadOnlyDictionary<string, int> Graduates);
