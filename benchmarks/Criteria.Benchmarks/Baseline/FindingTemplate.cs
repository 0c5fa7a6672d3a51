namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// How a finding is worded: <see cref="Text"/> for one whose path and message were written out when it was
/// found (colleges, events, unknown properties: few), otherwise the rule of a graduate finding, whose path
/// and message are composed from the graduate's position, id and statuses only when the report is written.
/// </summary>
internal enum FindingTemplate : byte
{
    /// <summary>Path and message given as text.</summary>
    Text,

    /// <summary>DQ4: a formed career track, not registered in the AIS.</summary>
    TrackWithoutRegistration,

    /// <summary>DQ5: the track's status contradicts the outcome's.</summary>
    TrackStatusContradiction,

    /// <summary>DQ6: employed, no employer named.</summary>
    EmployedWithoutEmployer,

    /// <summary>DQ7: the track updated after the cut-off.</summary>
    TrackUpdatedAfterCutoff,

    /// <summary>DQ11: both disabled and a disabled child.</summary>
    ExclusiveHealthCategories,

    /// <summary>DQ12: the outcome's status is unknown.</summary>
    UnknownOutcomeStatus,

    /// <summary>DQ13: a status at risk, not flagged atRisk.</summary>
    AtRiskNotFlagged,
}
