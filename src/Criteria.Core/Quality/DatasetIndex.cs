namespace Criteria.Quality;

/// <summary>
/// The position of the first record of each id (colleges, employers and graduates), and the positions
/// the references were found at when they were checked, so that the evaluator resolves them without a
/// second lookup.
/// </summary>
/// <param name="Colleges">College id → position of its first record.</param>
/// <param name="Employers">Employer id → position of its first record.</param>
/// <param name="Graduates">Graduate id → position of its first record.</param>
/// <param name="EveryGraduateHasItsCollege">True when no graduate names a college that does not exist (no lenient exclusion to make).</param>
/// <param name="GraduateIdsUnique">True when no two graduate records share an id (every record is the first of its id).</param>
/// <param name="GraduateColleges">Per graduate record, the position of the first record of its college; -1 when there is none.</param>
/// <param name="OutcomeEmployers">Per graduate record, the position of the first record of its outcome's employer; -1 when none is named or it does not exist.</param>
/// <param name="ContractEmployers">Per graduate record, the position of the first record of its targeted contract's employer; -1 when there is none or it does not exist.</param>
/// <param name="Participants">Per event record, per participant, the position of the first graduate record of that id; -1 when there is none.</param>
internal sealed record DatasetIndex(
    IReadOnlyDictionary<string, int> Colleges,
    IReadOnlyDictionary<string, int> Employers,
    IReadOnlyDictionary<string, int> Graduates,
    bool EveryGraduateHasItsCollege,
    bool GraduateIdsUnique,
    int[] GraduateColleges,
    int[] OutcomeEmployers,
    int[] ContractEmployers,
    int[][] Participants);
