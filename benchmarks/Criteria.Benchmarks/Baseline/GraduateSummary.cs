using Criteria.Facts;

namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// What the counting of the graduate criteria needs of one graduate, and nothing else: a few flags and
/// numbers, filled from a loaded <see cref="Graduate"/> record (<see cref="HandWrittenEvaluator"/>) or
/// straight from the JSON text (<see cref="SameWorkPass"/>), then added up by <see cref="GraduateCounters"/>.
/// References are already resolved: an employer that does not exist is no employer.
/// </summary>
internal struct GraduateSummary
{
    /// <summary>The health categories: which cohorts the graduate is in.</summary>
    public HealthCategories Health;

    /// <summary>The outcome's status on the cut-off date.</summary>
    public EmploymentStatus Status;

    /// <summary>Registered in the AIS (2.1).</summary>
    public bool Registered;

    /// <summary>A formed career track (2.2; 5.2's denominator).</summary>
    public bool TrackFormed;

    /// <summary>The track has an update date (5.2).</summary>
    public bool TrackUpdated;

    /// <summary>The day number of the track's update, when <see cref="TrackUpdated"/>.</summary>
    public int TrackUpdatedDay;

    /// <summary>The status the track records, if any (5.2: it must not contradict the outcome).</summary>
    public EmploymentStatus? TrackStatus;

    /// <summary>Events attended within the period: bit 1 master class, training or seminar (3.1); bit 2 job fair, career day or employer day (3.2).</summary>
    public int Attended;

    /// <summary>Entitled to the regional measures for young specialists (3.4's denominator).</summary>
    public bool YoungSpecialistEligible;

    /// <summary>Informed about the regional measures (3.4's numerator).</summary>
    public bool RegionalMeasures;

    /// <summary>Helped with a resume or an interview (3.6).</summary>
    public bool ResumeAndInterview;

    /// <summary>Resumes posted in the AIS (3.7's denominator).</summary>
    public int PostedResumes;

    /// <summary>Of those, the correct ones (3.7's numerator).</summary>
    public int CorrectResumes;

    /// <summary>On the college's risk list (4.1, 4.2's denominators).</summary>
    public bool AtRisk;

    /// <summary>Received a diagnostics-based recommendation (4.1).</summary>
    public bool DiagnosticsRecommendation;

    /// <summary>At least one vacancy invitation (4.2).</summary>
    public bool Invited;

    /// <summary>Employed by profile (5.3).</summary>
    public bool ByProfile;

    /// <summary>The outcome's employer exists and is of the defence industry (5.5).</summary>
    public bool DefenseEmployer;

    /// <summary>Has a targeted contract (5.6's denominator).</summary>
    public bool HasContract;

    /// <summary>The outcome's employer exists and is the contract's employer (5.6's numerator, with <c>employed</c>).</summary>
    public bool ContractEmployer;
}
