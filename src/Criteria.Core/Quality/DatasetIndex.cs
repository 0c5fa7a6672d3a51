namespace Criteria.Quality;

/// <summary>The position of the first record of each id: colleges, employers and graduates.</summary>
/// <param name="Colleges">College id → position of its first record.</param>
/// <param name="Employers">Employer id → position of its first record.</param>
/// <param name="Graduates">Graduate id → position of its first record.</param>
/// <param name="EveryGraduateHasItsCollege">True when no graduate names a college that does not exist (no lenient exclusion to make).</param>
internal sealed record DatasetIndex(
    IReadOnlyDictionary<string, int> Colleges,
    IReadOnlyDictionary<string, int> Employers,
    IReadOnlyDictionary<string, int> Graduates,
    bool EveryGraduateHasItsCollege);
