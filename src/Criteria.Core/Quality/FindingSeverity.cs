namespace Criteria.Quality;

/// <summary>How serious a data-quality finding is.</summary>
public enum FindingSeverity
{
    /// <summary>The data is doubtful but every number is still computed from it as given.</summary>
    Warning,

    /// <summary>
    /// The data is wrong: strict mode refuses the evaluation; lenient mode leaves the record or the
    /// reference out as docs/criteria.md says and lists the finding.
    /// </summary>
    Error,
}
