using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Criteria.Catalog;
using Criteria.Facts;
using Criteria.Profiles;

namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// The counters of the graduate criteria: per college, per cohort, a numerator and a denominator of each
/// graduate-based criterion (in <see cref="Codes"/> order), and the contingent (5.1's a). One graduate is
/// added at a time, into every cohort it belongs to, in plain loops. Shared by the hand-written baseline
/// over loaded records and the equal-work pass over the JSON text.
/// </summary>
internal sealed class GraduateCounters
{
    /// <summary>The graduate-based shares and counts, in catalog order.</summary>
    public static readonly string[] Codes = ["2.1", "2.2", "3.1", "3.2", "3.4", "3.6", "3.7", "4.1", "4.2", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9", "5.10"];

    /// <summary>The cohorts a graduate can be in.</summary>
    public const int CohortCount = 5;

    private const int Row = 18 * 2; // one cohort of one college: numerator, denominator of each criterion

    private readonly long[] _counts; // [college, cohort, criterion, numerator|denominator]
    private readonly long[] _contingent; // [college, cohort]
    private readonly bool[] _employed;
    private readonly bool[] _outside;
    private readonly bool[] _atRisk;
    private readonly long _trackWindow;

    /// <summary>Counters for <paramref name="colleges"/> colleges, with the profile's status sets and window.</summary>
    /// <param name="colleges">The number of colleges.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="cutoff">The cut-off date of the period.</param>
    public GraduateCounters(int colleges, EvaluationProfile profile, DateOnly cutoff)
    {
        Colleges = colleges;
        _counts = new long[colleges * CohortCount * Row];
        _contingent = new long[colleges * CohortCount];
        var statuses = Enum.GetValues<EmploymentStatus>().Length;
        _employed = new bool[statuses];
        _outside = new bool[statuses];
        _atRisk = new bool[statuses];
        foreach (var s in profile.EmployedStatuses)
        {
            _employed[(int)s] = true;
        }

        foreach (var s in profile.OutsideLabourMarketStatuses)
        {
            _outside[(int)s] = true;
        }

        foreach (var s in profile.AtRiskStatuses)
        {
            _atRisk[(int)s] = true;
        }

        _trackWindow = (long)cutoff.DayNumber - profile.TrackFreshnessDays; // a window past year 1 is always fresh
    }

    /// <summary>The number of colleges counted.</summary>
    public int Colleges { get; }

    /// <summary>True when the status is in the profile's <c>atRiskStatuses</c>.</summary>
    /// <param name="status">A status.</param>
    /// <returns>True when at risk.</returns>
    public bool IsAtRiskStatus(EmploymentStatus status) => _atRisk[(int)status];

    /// <summary>Adds one graduate of a college to the numerators and denominators of every cohort it is in.</summary>
    /// <param name="college">The college's position.</param>
    /// <param name="g">The graduate.</param>
    [SkipLocalsInit] // every counter of the row is set below
    public void Add(int college, in GraduateSummary g)
    {
        Span<long> nd = stackalloc long[Row];
        var status = (int)g.Status;
        var employed = g.Status == EmploymentStatus.Employed;
        var outside = _outside[status];

        // numerator, denominator of each graduate criterion, in Codes order
        nd[0] = g.Registered ? 1 : 0; nd[1] = 1; // 2.1
        nd[2] = g.TrackFormed ? 1 : 0; nd[3] = 1; // 2.2
        nd[4] = g.Attended & 1; nd[5] = 1; // 3.1
        nd[6] = (g.Attended >> 1) & 1; nd[7] = 1; // 3.2
        nd[8] = g.YoungSpecialistEligible && g.RegionalMeasures ? 1 : 0; nd[9] = g.YoungSpecialistEligible ? 1 : 0; // 3.4
        nd[10] = g.ResumeAndInterview ? 1 : 0; nd[11] = 1; // 3.6
        nd[12] = g.CorrectResumes; nd[13] = g.PostedResumes; // 3.7
        nd[14] = g.AtRisk && g.DiagnosticsRecommendation ? 1 : 0; nd[15] = g.AtRisk ? 1 : 0; // 4.1
        nd[16] = g.AtRisk && g.Invited ? 1 : 0; nd[17] = g.AtRisk ? 1 : 0; // 4.2
        nd[18] = g.TrackFormed && g.TrackUpdated && g.TrackUpdatedDay >= _trackWindow && (g.TrackStatus is null || g.TrackStatus == g.Status) ? 1 : 0; // 5.2
        nd[19] = g.TrackFormed ? 1 : 0;
        nd[20] = !outside && _employed[status] && g.ByProfile ? 1 : 0; nd[21] = outside ? 0 : 1; // 5.3
        nd[22] = employed ? 1 : 0; nd[23] = 1; // 5.4
        nd[24] = employed && g.DefenseEmployer ? 1 : 0; nd[25] = 0; // 5.5, a count
        nd[26] = g.HasContract && employed && g.ContractEmployer ? 1 : 0; nd[27] = g.HasContract ? 1 : 0; // 5.6
        nd[28] = g.Status == EmploymentStatus.Entrepreneur ? 1 : 0; nd[29] = 1; // 5.7
        nd[30] = g.Status == EmploymentStatus.SelfEmployed ? 1 : 0; nd[31] = 1; // 5.8
        nd[32] = _atRisk[status] ? 1 : 0; nd[33] = 1; // 5.9
        nd[34] = g.Status == EmploymentStatus.RegisteredUnemployed ? 1 : 0; nd[35] = 1; // 5.10

        AddTo(college, Cohort.All, nd);
        var health = g.Health;
        if (health == HealthCategories.None)
        {
            return;
        }

        AddTo(college, Cohort.Inclusive, nd);
        if ((health & HealthCategories.Disabled) != 0)
        {
            AddTo(college, Cohort.Disabled, nd);
        }

        if ((health & HealthCategories.DisabledChild) != 0)
        {
            AddTo(college, Cohort.DisabledChild, nd);
        }

        if ((health & HealthCategories.LimitedHealth) != 0)
        {
            AddTo(college, Cohort.LimitedHealth, nd);
        }
    }

    /// <summary>A college's numerator of a criterion (its value, for a count) in a cohort.</summary>
    /// <param name="college">The college's position.</param>
    /// <param name="criterion">The criterion's position in <see cref="Codes"/>.</param>
    /// <param name="cohort">The cohort.</param>
    /// <returns>The numerator.</returns>
    public long Numerator(int college, int criterion, Cohort cohort) => _counts[At(college, cohort) + (criterion * 2)];

    /// <summary>A college's denominator of a criterion in a cohort.</summary>
    /// <param name="college">The college's position.</param>
    /// <param name="criterion">The criterion's position in <see cref="Codes"/>.</param>
    /// <param name="cohort">The cohort.</param>
    /// <returns>The denominator.</returns>
    public long Denominator(int college, int criterion, Cohort cohort) => _counts[At(college, cohort) + (criterion * 2) + 1];

    /// <summary>A college's graduate records in a cohort (5.1's a).</summary>
    /// <param name="college">The college's position.</param>
    /// <param name="cohort">The cohort.</param>
    /// <returns>The contingent.</returns>
    public long Contingent(int college, Cohort cohort) => _contingent[(college * CohortCount) + (int)cohort];

    private static int At(int college, Cohort cohort) => ((college * CohortCount) + (int)cohort) * Row;

    private void AddTo(int college, Cohort cohort, ReadOnlySpan<long> nd)
    {
        _contingent[(college * CohortCount) + (int)cohort]++;
        var row = _counts.AsSpan(At(college, cohort), Row);
        var rowVectors = MemoryMarshal.Cast<long, Vector<long>>(row);
        var addVectors = MemoryMarshal.Cast<long, Vector<long>>(nd);
        for (var i = 0; i < rowVectors.Length; i++)
        {
            rowVectors[i] += addVectors[i];
        }

        for (var i = rowVectors.Length * Vector<long>.Count; i < Row; i++)
        {
            row[i] += nd[i];
        }
    }
}
