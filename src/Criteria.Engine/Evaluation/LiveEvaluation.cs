using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Profiles;
using Criteria.Quality;
using Criteria.Reporting;
using Criteria.Evaluation.Live;

namespace Criteria.Evaluation;

/// <summary>
/// A live evaluation for an embedding system: opened on a dataset, it follows inserts, updates and
/// retractions of colleges, employers, events, graduates and resumes incrementally through its NRules
/// sessions (only the facts a change touches are updated; the aggregates adjust in O(1) per fact),
/// and tells which results changed.
/// <para>
/// Data stays valid as in strict mode: a change that would create a duplicate id or a reference to an
/// id that does not exist (DQ1, DQ2) is rejected with <see cref="DatasetRejectedException"/> and changes
/// nothing. Threading: one caller at a time — a call made while another is running on another thread
/// throws <see cref="InvalidOperationException"/> at once and changes nothing; <see cref="Snapshot"/>
/// returns an immutable report that any thread may read.
/// </para>
/// <para>
/// It is made of three parts: the records with their reverse indexes and integrity checks
/// (<see cref="LiveRecords"/>), the NRules sessions a change goes to (<see cref="LiveSessions"/>), and the
/// collector of the results that moved (<see cref="ResultChangeCollector"/>); this class applies a change
/// to each in turn and guards them.
/// </para>
/// </summary>
public sealed class LiveEvaluation
{
    private readonly string _catalogId;
    private readonly IReadOnlyList<CriterionDescriptor> _criteria;
    private readonly EvaluationProfile _profile;
    private readonly IReadOnlySet<string> _extensionOwners;
    private readonly IReadOnlyCollection<string> _pluginIds;
    private readonly LiveRecords _records;
    private readonly LiveSessions _sessions;
    private readonly ResultChangeCollector _changes;
    private int _busy;

    internal LiveEvaluation(
        string catalogId,
        IReadOnlyList<CriterionDescriptor> criteria,
        IReadOnlyList<CriteriaEngine> engines,
        Dataset dataset,
        EvaluationProfile profile,
        EvaluationContext context,
        IReadOnlySet<string> extensionOwners,
        IReadOnlyCollection<string> pluginIds,
        CancellationToken cancellationToken = default)
    {
        _catalogId = catalogId;
        _criteria = criteria;
        _profile = profile;
        _extensionOwners = extensionOwners;
        _pluginIds = pluginIds;
        Period = dataset.Period;
        Region = dataset.Region;
        _records = new LiveRecords(dataset, context);

        // The facts are built once and shared by every session (the standard one and each plugin's).
        _sessions = new LiveSessions(engines, _records.AllFacts(), cancellationToken);

        // Every result once, to know what each is: a change is reported only when a result moves.
        _changes = new ResultChangeCollector(criteria, profile);
        _changes.AllCollegesChanged(_records.CollegeIds);
        _changes.Collect(_sessions, _records);
    }

    /// <summary>The period evaluated.</summary>
    public Period Period { get; }

    /// <summary>The region's name.</summary>
    public string? Region { get; }

    /// <summary>The data as it is now: the records in the order they were first added.</summary>
    public Dataset Dataset => Guarded(() => _records.ToDataset(Region, Period));

    /// <summary>Adds a graduate.</summary>
    /// <param name="graduate">The graduate; its id must be new and its references must exist.</param>
    /// <exception cref="DatasetRejectedException">The id exists, or a reference names no record.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void InsertGraduate(Graduate graduate) => Change(() =>
    {
        ArgumentNullException.ThrowIfNull(graduate);
        _records.AddGraduate(graduate);
        _sessions.Insert(_records.GraduateFact(graduate.Id));
        UpdateColleges(graduate.CollegeId);
    });

    /// <summary>Replaces a graduate's record (a new status, a new resume, another college…).</summary>
    /// <param name="graduate">The new record; a graduate with its id must exist.</param>
    /// <exception cref="DatasetRejectedException">No such graduate, or a reference names no record.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void UpdateGraduate(Graduate graduate) => Change(() =>
    {
        ArgumentNullException.ThrowIfNull(graduate);
        var old = _records.ReplaceGraduate(graduate);
        _sessions.Update(_records.GraduateFact(graduate.Id));
        if (old.CollegeId != graduate.CollegeId || old.Health != graduate.Health)
        {
            UpdateColleges(old.CollegeId, graduate.CollegeId);
        }
    });

    /// <summary>Removes a graduate.</summary>
    /// <param name="graduateId">The graduate's id.</param>
    /// <exception cref="DatasetRejectedException">No such graduate, or an event still lists it as a participant.</exception>
    public void RetractGraduate(string graduateId) => Change(() =>
    {
        var (old, fact) = _records.RemoveGraduate(graduateId);
        _sessions.Retract(fact);
        UpdateColleges(old.CollegeId);
    });

    /// <summary>Adds a resume to a graduate.</summary>
    /// <param name="graduateId">The graduate's id.</param>
    /// <param name="resume">The resume.</param>
    /// <exception cref="DatasetRejectedException">No such graduate.</exception>
    public void AddResume(string graduateId, Resume resume)
    {
        ArgumentNullException.ThrowIfNull(resume);
        var graduate = Guarded(() => _records.Graduate(graduateId));
        UpdateGraduate(graduate with { Resumes = graduate.Resumes.Append(resume).ToValueArray() });
    }

    /// <summary>Removes a graduate's resume.</summary>
    /// <param name="graduateId">The graduate's id.</param>
    /// <param name="index">The resume's position in the graduate's list.</param>
    /// <exception cref="DatasetRejectedException">No such graduate.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No resume at that position.</exception>
    public void RemoveResume(string graduateId, int index)
    {
        var graduate = Guarded(() => _records.Graduate(graduateId));
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, graduate.Resumes.Count);
        UpdateGraduate(graduate with { Resumes = graduate.Resumes.Where((_, i) => i != index).ToValueArray() });
    }

    /// <summary>Adds a college.</summary>
    /// <param name="college">The college; its id must be new.</param>
    /// <exception cref="DatasetRejectedException">The id exists.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void InsertCollege(College college) => Change(() =>
    {
        ArgumentNullException.ThrowIfNull(college);
        _records.AddCollege(college);
        _changes.CollegeChanged(college.Id);
        _sessions.Insert(_records.CollegeFact(college.Id));
    });

    /// <summary>Replaces a college's record.</summary>
    /// <param name="college">The new record; a college with its id must exist.</param>
    /// <exception cref="DatasetRejectedException">No such college.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void UpdateCollege(College college) => Change(() =>
    {
        ArgumentNullException.ThrowIfNull(college);
        _records.ReplaceCollege(college);
        UpdateColleges(college.Id);
    });

    /// <summary>Removes a college that no graduate or event belongs to any more.</summary>
    /// <param name="collegeId">The college's id.</param>
    /// <exception cref="DatasetRejectedException">No such college, or graduates or events still belong to it.</exception>
    public void RetractCollege(string collegeId) => Change(() =>
    {
        var fact = _records.RemoveCollege(collegeId);
        _changes.CollegeChanged(collegeId);
        _sessions.Retract(fact);
    });

    /// <summary>Adds an employer.</summary>
    /// <param name="employer">The employer; its id must be new.</param>
    /// <exception cref="DatasetRejectedException">The id exists.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void InsertEmployer(Employer employer) => Change(() =>
    {
        ArgumentNullException.ThrowIfNull(employer);
        _records.AddEmployer(employer);
    });

    /// <summary>Replaces an employer's record; the graduates who work for it or have a contract with it follow.</summary>
    /// <param name="employer">The new record; an employer with its id must exist.</param>
    /// <exception cref="DatasetRejectedException">No such employer.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void UpdateEmployer(Employer employer) => Change(() =>
    {
        ArgumentNullException.ThrowIfNull(employer);
        foreach (var graduateId in _records.ReplaceEmployer(employer))
        {
            _sessions.Update(_records.GraduateFact(graduateId));
        }
    });

    /// <summary>Removes an employer that no graduate or event names any more.</summary>
    /// <param name="employerId">The employer's id.</param>
    /// <exception cref="DatasetRejectedException">No such employer, or a graduate or event still names it.</exception>
    public void RetractEmployer(string employerId) => Change(() => _records.RemoveEmployer(employerId));

    /// <summary>Adds an event; its participants follow.</summary>
    /// <param name="careerEvent">The event; its id must be new and its references must exist.</param>
    /// <exception cref="DatasetRejectedException">The id exists, or a reference names no record.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void InsertEvent(CareerEvent careerEvent) => Change(() =>
    {
        ArgumentNullException.ThrowIfNull(careerEvent);
        _records.AddEvent(careerEvent);
        _sessions.Insert(_records.EventFact(careerEvent));
        UpdateGraduates(careerEvent.ParticipantIds);
    });

    /// <summary>Replaces an event's record; its participants, old and new, follow.</summary>
    /// <param name="careerEvent">The new record; an event with its id must exist.</param>
    /// <exception cref="DatasetRejectedException">No such event, or a reference names no record.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void UpdateEvent(CareerEvent careerEvent) => Change(() =>
    {
        ArgumentNullException.ThrowIfNull(careerEvent);
        var old = _records.ReplaceEvent(careerEvent);
        _sessions.Update(_records.EventFact(careerEvent));
        UpdateGraduates(old.ParticipantIds.Concat(careerEvent.ParticipantIds));
    });

    /// <summary>Removes an event; its participants follow.</summary>
    /// <param name="eventId">The event's id.</param>
    /// <exception cref="DatasetRejectedException">No such event.</exception>
    public void RetractEvent(string eventId) => Change(() =>
    {
        var (old, fact) = _records.RemoveEvent(eventId);
        _sessions.Retract(fact);
        UpdateGraduates(old.ParticipantIds);
    });

    /// <summary>
    /// The results that moved since the last call (or since the evaluation was opened): exactly the
    /// college and region results, of any criterion and cohort, that differ from what they were —
    /// a result recomputed to the same value is not reported. A retracted college's results are not reported.
    /// </summary>
    /// <returns>The changed results; empty when nothing changed.</returns>
    public IReadOnlyList<ResultChange> TakeChanges() => Guarded(() => _changes.Collect(_sessions, _records));

    /// <summary>The report of the data as it is now; immutable, safe to read from any thread.</summary>
    /// <returns>The report, equal to a batch evaluation of <see cref="Dataset"/>.</returns>
    public Report Snapshot() => Guarded(() =>
    {
        var dataset = _records.ToDataset(Region, Period);
        var positions = _records.Positions();
        var findings = DatasetValidator.Validate(dataset)
            .Concat(UnownedExtensions.Find(dataset, _extensionOwners, _pluginIds))
            .Concat(_sessions.Findings())
            .Select(f => Relocate(f, positions));
        var colleges = _records.CollegeIds.Select(_records.CollegeFact).ToArray();
        return ReportBuilder.Build(_catalogId, dataset, colleges, _criteria, _sessions.Tallies(), _sessions.Failed(), _profile, findings);
    });

    /// <summary>A finding's path names its record by position when it was made; positions move when records go.</summary>
    private static Finding Relocate(Finding finding, Dictionary<(string Section, string Id), int> positions)
    {
        if (finding.RecordId is null || !finding.Path.StartsWith("$.", StringComparison.Ordinal))
        {
            return finding;
        }

        var open = finding.Path.IndexOf('[', StringComparison.Ordinal);
        var close = open < 0 ? -1 : finding.Path.IndexOf(']', open);
        if (close < 0)
        {
            return finding;
        }

        var section = finding.Path[2..open];
        return positions.TryGetValue((section, finding.RecordId), out var position)
            ? finding with { Path = $"$.{section}[{position}]{finding.Path[(close + 1)..]}" }
            : finding;
    }

    private void UpdateColleges(params string[] collegeIds)
    {
        foreach (var collegeId in collegeIds.Distinct(StringComparer.Ordinal))
        {
            _sessions.Update(_records.CollegeFact(collegeId));
        }
    }

    private void UpdateGraduates(IEnumerable<string> graduateIds)
    {
        foreach (var graduateId in graduateIds.Distinct(StringComparer.Ordinal))
        {
            _sessions.Update(_records.GraduateFact(graduateId));
        }
    }

    private void Change(Action change) => Guarded(() =>
    {
        change();
        _sessions.Fire();
        return 0;
    });

    private T Guarded<T>(Func<T> body)
    {
        if (Interlocked.CompareExchange(ref _busy, 1, 0) != 0)
        {
            throw new InvalidOperationException(
                "A live evaluation is used by one thread at a time, and another call is still running. Serialise the calls (one writer), and share the immutable reports of Snapshot() with readers.");
        }

        try
        {
            return body();
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }
}
