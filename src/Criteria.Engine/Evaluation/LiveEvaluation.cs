using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Profiles;
using Criteria.Quality;
using Criteria.Reporting;
using NRules;

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
/// </summary>
public sealed class LiveEvaluation
{
    private readonly string _catalogId;
    private readonly IReadOnlyList<CriterionDescriptor> _criteria;
    private readonly EvaluationProfile _profile;
    private readonly EvaluationContext _context;
    private readonly List<(ISession Session, SessionResults Results)> _sessions = [];

    private readonly IReadOnlySet<string> _extensionOwners;
    private readonly IReadOnlyCollection<string> _pluginIds;
    private readonly Dictionary<string, Dictionary<(string Code, Cohort Cohort), CriterionResult>> _lastResults = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, College> _colleges = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, Employer> _employers = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, CareerEvent> _events = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, Graduate> _graduates = new(StringComparer.Ordinal);

    private readonly Dictionary<string, HashSet<string>> _eventsOfParticipant = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _graduatesOfEmployer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _eventsOfEmployer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _graduatesOfCollege = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _eventsOfCollege = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long[]> _contingent = new(StringComparer.Ordinal);

    private readonly HashSet<string> _collegesChanged = new(StringComparer.Ordinal);
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
        _context = context;
        _extensionOwners = extensionOwners;
        _pluginIds = pluginIds;
        Period = dataset.Period;
        Region = dataset.Region;

        foreach (var college in dataset.Colleges)
        {
            _colleges.Add(college.Id, college);
            _contingent[college.Id] = new long[Cohorts.Count];
        }

        foreach (var employer in dataset.Employers)
        {
            _employers.Add(employer.Id, employer);
        }

        foreach (var careerEvent in dataset.Events)
        {
            _events.Add(careerEvent.Id, careerEvent);
            Index(careerEvent, +1);
        }

        foreach (var graduate in dataset.Graduates)
        {
            _graduates.Add(graduate.Id, graduate);
            Index(graduate, +1);
        }

        // The facts are built once and shared by every session (the standard one and each plugin's).
        var colleges = _colleges.Keys.Select(CollegeFact).ToArray();
        var events = _events.Values.Select(EventFact).ToArray();
        var graduates = _graduates.Keys.Select(GraduateFact).ToArray();
        foreach (var engine in engines)
        {
            var session = engine.Factory.CreateSession();
            _sessions.Add((session, new SessionResults(session, engine.RuleToCode)));
            session.InsertAll(colleges);
            session.InsertAll(events);
            foreach (var batch in graduates.Chunk(4096))
            {
                cancellationToken.ThrowIfCancellationRequested();
                session.InsertAll(batch);
            }

            session.Fire(cancellationToken);
        }

        // Every result once, to know what each is: a change is reported only when a result moves.
        _collegesChanged.UnionWith(_colleges.Keys);
        TakeChanges();
    }

    /// <summary>The period evaluated.</summary>
    public Period Period { get; }

    /// <summary>The region's name.</summary>
    public string? Region { get; }

    /// <summary>The data as it is now: the records in the order they were first added.</summary>
    public Dataset Dataset => Guarded(CurrentDataset);

    /// <summary>Adds a graduate.</summary>
    /// <param name="graduate">The graduate; its id must be new and its references must exist.</param>
    /// <exception cref="DatasetRejectedException">The id exists, or a reference names no record.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void InsertGraduate(Graduate graduate) => Change(() =>
    {
        ArgumentNullException.ThrowIfNull(graduate);
        DatasetContract.Check(graduate, _graduates.Count);
        RejectIf(_graduates.ContainsKey(graduate.Id), FindingCodes.DuplicateId, graduate.Id, graduate.CollegeId, "graduates", "id", $"the graduate id '{graduate.Id}' is already used");
        CheckReferences(graduate);
        _graduates.Add(graduate.Id, graduate);
        Index(graduate, +1);
        InsertFact(GraduateFact(graduate.Id));
        UpdateColleges(graduate.CollegeId);
    });

    /// <summary>Replaces a graduate's record (a new status, a new resume, another college…).</summary>
    /// <param name="graduate">The new record; a graduate with its id must exist.</param>
    /// <exception cref="DatasetRejectedException">No such graduate, or a reference names no record.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void UpdateGraduate(Graduate graduate) => Change(() =>
    {
        ArgumentNullException.ThrowIfNull(graduate);
        DatasetContract.Check(graduate, Math.Max(_graduates.IndexOf(graduate.Id), 0));
        var old = Existing(_graduates, graduate.Id, "graduates", "graduate");
        CheckReferences(graduate);
        Index(old, -1);
        _graduates[graduate.Id] = graduate;
        Index(graduate, +1);
        UpdateFact(GraduateFact(graduate.Id));
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
        var old = Existing(_graduates, graduateId, "graduates", "graduate");
        RejectIfReferenced(_eventsOfParticipant, graduateId, "graduates", old.CollegeId, "graduate", "events");
        var fact = GraduateFact(graduateId);
        Index(old, -1);
        _graduates.Remove(graduateId);
        ForEachSession(s => s.Retract(fact));
        UpdateColleges(old.CollegeId);
    });

    /// <summary>Adds a resume to a graduate.</summary>
    /// <param name="graduateId">The graduate's id.</param>
    /// <param name="resume">The resume.</param>
    /// <exception cref="DatasetRejectedException">No such graduate.</exception>
    public void AddResume(string graduateId, Resume resume)
    {
        ArgumentNullException.ThrowIfNull(resume);
        var graduate = Guarded(() => Existing(_graduates, graduateId, "graduates", "graduate"));
        UpdateGraduate(graduate with { Resumes = graduate.Resumes.Append(resume).ToValueArray() });
    }

    /// <summary>Removes a graduate's resume.</summary>
    /// <param name="graduateId">The graduate's id.</param>
    /// <param name="index">The resume's position in the graduate's list.</param>
    /// <exception cref="DatasetRejectedException">No such graduate.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No resume at that position.</exception>
    public void RemoveResume(string graduateId, int index)
    {
        var graduate = Guarded(() => Existing(_graduates, graduateId, "graduates", "graduate"));
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
        DatasetContract.Check(college, _colleges.Count);
        RejectIf(_colleges.ContainsKey(college.Id), FindingCodes.DuplicateId, college.Id, college.Id, "colleges", "id", $"the college id '{college.Id}' is already used");
        _colleges.Add(college.Id, college);
        _contingent[college.Id] = new long[Cohorts.Count];
        _collegesChanged.Add(college.Id);
        InsertFact(CollegeFact(college.Id));
    });

    /// <summary>Replaces a college's record.</summary>
    /// <param name="college">The new record; a college with its id must exist.</param>
    /// <exception cref="DatasetRejectedException">No such college.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void UpdateCollege(College college) => Change(() =>
    {
        ArgumentNullException.ThrowIfNull(college);
        DatasetContract.Check(college, Math.Max(_colleges.IndexOf(college.Id), 0));
        Existing(_colleges, college.Id, "colleges", "college");
        _colleges[college.Id] = college;
        UpdateColleges(college.Id);
    });

    /// <summary>Removes a college that no graduate or event belongs to any more.</summary>
    /// <param name="collegeId">The college's id.</param>
    /// <exception cref="DatasetRejectedException">No such college, or graduates or events still belong to it.</exception>
    public void RetractCollege(string collegeId) => Change(() =>
    {
        Existing(_colleges, collegeId, "colleges", "college");
        RejectIfReferenced(_graduatesOfCollege, collegeId, "colleges", collegeId, "college", "graduates");
        RejectIfReferenced(_eventsOfCollege, collegeId, "colleges", collegeId, "college", "events");
        var fact = CollegeFact(collegeId);
        _colleges.Remove(collegeId);
        _contingent.Remove(collegeId);
        _collegesChanged.Add(collegeId);
        ForEachSession(s => s.Retract(fact));
    });

    /// <summary>Adds an employer.</summary>
    /// <param name="employer">The employer; its id must be new.</param>
    /// <exception cref="DatasetRejectedException">The id exists.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void InsertEmployer(Employer employer) => Change(() =>
    {
        ArgumentNullException.ThrowIfNull(employer);
        DatasetContract.Check(employer, _employers.Count);
        RejectIf(_employers.ContainsKey(employer.Id), FindingCodes.DuplicateId, employer.Id, null, "employers", "id", $"the employer id '{employer.Id}' is already used");
        _employers.Add(employer.Id, employer);
    });

    /// <summary>Replaces an employer's record; the graduates who work for it or have a contract with it follow.</summary>
    /// <param name="employer">The new record; an employer with its id must exist.</param>
    /// <exception cref="DatasetRejectedException">No such employer.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void UpdateEmployer(Employer employer) => Change(() =>
    {
        ArgumentNullException.ThrowIfNull(employer);
        DatasetContract.Check(employer, Math.Max(_employers.IndexOf(employer.Id), 0));
        Existing(_employers, employer.Id, "employers", "employer");
        _employers[employer.Id] = employer;
        foreach (var graduateId in _graduatesOfEmployer.GetValueOrDefault(employer.Id) ?? [])
        {
            UpdateFact(GraduateFact(graduateId));
        }
    });

    /// <summary>Removes an employer that no graduate or event names any more.</summary>
    /// <param name="employerId">The employer's id.</param>
    /// <exception cref="DatasetRejectedException">No such employer, or a graduate or event still names it.</exception>
    public void RetractEmployer(string employerId) => Change(() =>
    {
        Existing(_employers, employerId, "employers", "employer");
        RejectIfReferenced(_graduatesOfEmployer, employerId, "employers", null, "employer", "graduates");
        RejectIfReferenced(_eventsOfEmployer, employerId, "employers", null, "employer", "events");
        _employers.Remove(employerId);
    });

    /// <summary>Adds an event; its participants follow.</summary>
    /// <param name="careerEvent">The event; its id must be new and its references must exist.</param>
    /// <exception cref="DatasetRejectedException">The id exists, or a reference names no record.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void InsertEvent(CareerEvent careerEvent) => Change(() =>
    {
        ArgumentNullException.ThrowIfNull(careerEvent);
        DatasetContract.Check(careerEvent, _events.Count);
        RejectIf(_events.ContainsKey(careerEvent.Id), FindingCodes.DuplicateId, careerEvent.Id, careerEvent.CollegeId, "events", "id", $"the event id '{careerEvent.Id}' is already used");
        CheckReferences(careerEvent);
        _events.Add(careerEvent.Id, careerEvent);
        Index(careerEvent, +1);
        InsertFact(EventFact(careerEvent));
        UpdateGraduates(careerEvent.ParticipantIds);
    });

    /// <summary>Replaces an event's record; its participants, old and new, follow.</summary>
    /// <param name="careerEvent">The new record; an event with its id must exist.</param>
    /// <exception cref="DatasetRejectedException">No such event, or a reference names no record.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void UpdateEvent(CareerEvent careerEvent) => Change(() =>
    {
        ArgumentNullException.ThrowIfNull(careerEvent);
        DatasetContract.Check(careerEvent, Math.Max(_events.IndexOf(careerEvent.Id), 0));
        var old = Existing(_events, careerEvent.Id, "events", "event");
        CheckReferences(careerEvent);
        Index(old, -1);
        _events[careerEvent.Id] = careerEvent;
        Index(careerEvent, +1);
        UpdateFact(EventFact(careerEvent));
        UpdateGraduates(old.ParticipantIds.Concat(careerEvent.ParticipantIds));
    });

    /// <summary>Removes an event; its participants follow.</summary>
    /// <param name="eventId">The event's id.</param>
    /// <exception cref="DatasetRejectedException">No such event.</exception>
    public void RetractEvent(string eventId) => Change(() =>
    {
        var old = Existing(_events, eventId, "events", "event");
        var fact = EventFact(old);
        Index(old, -1);
        _events.Remove(eventId);
        ForEachSession(s => s.Retract(fact));
        UpdateGraduates(old.ParticipantIds);
    });

    /// <summary>
    /// The results that moved since the last call (or since the evaluation was opened): exactly the
    /// college and region results, of any criterion and cohort, that differ from what they were —
    /// a result recomputed to the same value is not reported. A retracted college's results are not reported.
    /// </summary>
    /// <returns>The changed results; empty when nothing changed.</returns>
    public IReadOnlyList<ResultChange> TakeChanges() => Guarded(() =>
    {
        var changed = _sessions.SelectMany(s => s.Results.TakeChanged()).ToHashSet();
        var codes = changed.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        if (_collegesChanged.Count > 0)
        {
            codes.UnionWith(_criteria.Select(c => c.Code));
        }

        var failed = Failed();
        var tallies = Tallies();
        var changes = new List<ResultChange>();
        foreach (var criterion in _criteria.Where(c => codes.Contains(c.Code)))
        {
            foreach (var cohort in criterion.Cohorts)
            {
                var all = new List<CriterionResult>(_colleges.Count);
                foreach (var collegeId in _colleges.Keys)
                {
                    var result = failed.Contains(criterion.Code)
                        ? ReportBuilder.Failed(criterion, cohort, _profile)
                        : ReportBuilder.College(criterion, cohort, tallies.GetValueOrDefault((criterion.Code, collegeId)), _profile);
                    all.Add(result);
                    if ((changed.Contains((criterion.Code, collegeId)) || _collegesChanged.Contains(collegeId)) && Moved(collegeId, result))
                    {
                        changes.Add(new ResultChange(collegeId, result));
                    }
                }

                var region = failed.Contains(criterion.Code) ? ReportBuilder.Failed(criterion, cohort, _profile, region: true) : ReportBuilder.Region(criterion, cohort, [.. all], _profile);
                if (Moved(null, region))
                {
                    changes.Add(new ResultChange(null, region));
                }
            }
        }

        foreach (var collegeId in _collegesChanged.Where(id => !_colleges.ContainsKey(id)))
        {
            _lastResults.Remove(collegeId); // retracted: nothing of it is reported any more
        }

        _collegesChanged.Clear();
        return changes;
    });

    /// <summary>True when the result differs from the one last known for its college (null: the region), criterion and cohort; it is then remembered.</summary>
    private bool Moved(string? collegeId, CriterionResult result)
    {
        var key = collegeId ?? string.Empty; // no college has an empty id
        if (!_lastResults.TryGetValue(key, out var known))
        {
            _lastResults[key] = known = new Dictionary<(string, Cohort), CriterionResult>();
        }

        if (known.TryGetValue((result.Code, result.Cohort), out var last) && last == result)
        {
            return false;
        }

        known[(result.Code, result.Cohort)] = result;
        return true;
    }

    /// <summary>The report of the data as it is now; immutable, safe to read from any thread.</summary>
    /// <returns>The report, equal to a batch evaluation of <see cref="Dataset"/>.</returns>
    public Report Snapshot() => Guarded(() =>
    {
        var dataset = CurrentDataset();
        var positions = new Dictionary<(string Section, string Id), int>();
        AddPositions(positions, "colleges", _colleges.Keys);
        AddPositions(positions, "events", _events.Keys);
        AddPositions(positions, "graduates", _graduates.Keys);
        var findings = DatasetValidator.Validate(dataset)
            .Concat(UnownedExtensions.Find(dataset, _extensionOwners, _pluginIds))
            .Concat(_sessions.SelectMany(s => s.Results.Findings.Values).SelectMany(f => f.Findings))
            .Concat(_sessions.SelectMany(s => s.Results.Failures.Values))
            .Select(f => Relocate(f, positions));
        var colleges = _colleges.Keys.Select(CollegeFact).ToArray();
        return ReportBuilder.Build(_catalogId, dataset, colleges, _criteria, Tallies(), Failed(), _profile, findings);
    });

    private static void AddPositions(Dictionary<(string Section, string Id), int> positions, string section, IEnumerable<string> ids)
    {
        var i = 0;
        foreach (var id in ids)
        {
            positions[(section, id)] = i++;
        }
    }

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

    private Dataset CurrentDataset() => new()
    {
        Region = Region,
        Period = Period,
        Colleges = _colleges.Values.ToValueArray(),
        Employers = _employers.Values.ToValueArray(),
        Events = _events.Values.ToValueArray(),
        Graduates = _graduates.Values.ToValueArray(),
    };

    private Dictionary<(string Code, string CollegeId), CriterionTally> Tallies()
    {
        var tallies = new Dictionary<(string Code, string CollegeId), CriterionTally>();
        foreach (var (key, tally) in _sessions.SelectMany(s => s.Results.Tallies))
        {
            tallies[key] = tally;
        }

        return tallies;
    }

    private HashSet<string> Failed() => _sessions.SelectMany(s => s.Results.Failures.Keys).ToHashSet(StringComparer.Ordinal);

    private GraduateFact GraduateFact(string graduateId)
    {
        var graduate = _graduates[graduateId];
        var attended = _eventsOfParticipant.TryGetValue(graduateId, out var events)
            ? events.Select(id => _events[id]).OrderBy(e => _events.IndexOf(e.Id)).ToValueArray()
            : default;
        return FactResolver.Graduate(graduate, _graduates.IndexOf(graduateId), attended, _employers, _context);
    }

    private CollegeFact CollegeFact(string collegeId)
    {
        var counts = _contingent[collegeId];
        return new CollegeFact(_colleges[collegeId], _colleges.IndexOf(collegeId), CohortCounts.From(counts), _context);
    }

    private EventFact EventFact(CareerEvent careerEvent) => FactResolver.Event(careerEvent, _events.IndexOf(careerEvent.Id), _employers, _context);

    private void UpdateColleges(params string[] collegeIds)
    {
        foreach (var collegeId in collegeIds.Distinct(StringComparer.Ordinal))
        {
            UpdateFact(CollegeFact(collegeId));
        }
    }

    private void UpdateGraduates(IEnumerable<string> graduateIds)
    {
        foreach (var graduateId in graduateIds.Distinct(StringComparer.Ordinal))
        {
            UpdateFact(GraduateFact(graduateId));
        }
    }

    private void Index(Graduate graduate, int sign)
    {
        Link(_graduatesOfCollege, graduate.CollegeId, graduate.Id, sign);
        var counts = _contingent[graduate.CollegeId];
        foreach (var cohort in Cohorts.Of(graduate.Health))
        {
            counts[(int)cohort] += sign;
        }

        if (graduate.Outcome.EmployerId is { } employer)
        {
            Link(_graduatesOfEmployer, employer, graduate.Id, sign);
        }

        if (graduate.TargetedContract is { } contract)
        {
            Link(_graduatesOfEmployer, contract.EmployerId, graduate.Id, sign);
        }
    }

    private void Index(CareerEvent careerEvent, int sign)
    {
        Link(_eventsOfCollege, careerEvent.CollegeId, careerEvent.Id, sign);
        foreach (var participant in careerEvent.ParticipantIds)
        {
            Link(_eventsOfParticipant, participant, careerEvent.Id, sign);
        }

        foreach (var employer in careerEvent.EmployerIds)
        {
            Link(_eventsOfEmployer, employer, careerEvent.Id, sign);
        }
    }

    private static void Link(Dictionary<string, HashSet<string>> index, string key, string value, int sign)
    {
        if (sign > 0)
        {
            if (!index.TryGetValue(key, out var set))
            {
                index[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(value);
        }
        else if (index.TryGetValue(key, out var set) && set.Remove(value) && set.Count == 0)
        {
            index.Remove(key);
        }
    }

    private void CheckReferences(Graduate graduate)
    {
        RejectIf(!_colleges.ContainsKey(graduate.CollegeId), FindingCodes.DanglingReference, graduate.Id, graduate.CollegeId, "graduates", "collegeId",
            ReferenceFinding.Missing("graduate", graduate.Id, "college", graduate.CollegeId));
        if (graduate.Outcome.EmployerId is { } employer)
        {
            RejectIf(!_employers.ContainsKey(employer), FindingCodes.DanglingReference, graduate.Id, graduate.CollegeId, "graduates", "outcome.employerId",
                ReferenceFinding.Missing("graduate", graduate.Id, "employer", employer));
        }

        if (graduate.TargetedContract is { } contract)
        {
            RejectIf(!_employers.ContainsKey(contract.EmployerId), FindingCodes.DanglingReference, graduate.Id, graduate.CollegeId, "graduates", "targetedContract.employerId",
                ReferenceFinding.Missing("graduate", graduate.Id, "employer", contract.EmployerId));
        }
    }

    private void CheckReferences(CareerEvent careerEvent)
    {
        RejectIf(!_colleges.ContainsKey(careerEvent.CollegeId), FindingCodes.DanglingReference, careerEvent.Id, careerEvent.CollegeId, "events", "collegeId",
            ReferenceFinding.Missing("event", careerEvent.Id, "college", careerEvent.CollegeId));
        foreach (var employer in careerEvent.EmployerIds.Where(e => !_employers.ContainsKey(e)))
        {
            RejectIf(true, FindingCodes.DanglingReference, careerEvent.Id, careerEvent.CollegeId, "events", "employerIds",
                ReferenceFinding.Missing("event", careerEvent.Id, "employer", employer));
        }

        foreach (var participant in careerEvent.ParticipantIds.Where(p => !_graduates.ContainsKey(p)))
        {
            RejectIf(true, FindingCodes.DanglingReference, careerEvent.Id, careerEvent.CollegeId, "events", "participantIds",
                ReferenceFinding.Missing("event", careerEvent.Id, "graduate", participant));
        }
    }

    private static T Existing<T>(OrderedDictionary<string, T> records, string id, string section, string kind)
    {
        ArgumentNullException.ThrowIfNull(id);
        return records.TryGetValue(id, out var record)
            ? record
            : throw Rejected(FindingCodes.DanglingReference, id, null, section, "id", ReferenceFinding.NoSuch(kind, id));
    }

    private static void RejectIfReferenced(Dictionary<string, HashSet<string>> index, string id, string section, string? collegeId, string kind, string by)
    {
        if (index.TryGetValue(id, out var referrers) && referrers.Count > 0)
        {
            throw Rejected(FindingCodes.DanglingReference, id, collegeId, section, "id",
                ReferenceFinding.StillNamed(kind, id, by, referrers));
        }
    }

    private static void RejectIf(bool condition, string code, string recordId, string? collegeId, string section, string field, string message)
    {
        if (condition)
        {
            throw Rejected(code, recordId, collegeId, section, field, message);
        }
    }

    private static DatasetRejectedException Rejected(string code, string recordId, string? collegeId, string section, string field, string message) =>
        new([new Finding
        {
            Code = code,
            Severity = FindingSeverity.Error,
            CollegeId = collegeId,
            RecordId = recordId,
            Path = $"$.{section}[?(@.id=='{recordId}')].{field}",
            Message = message + "; the change was not applied",
        }]);

    /// <summary>Inserts one fact object into every session (built once: facts are immutable and shared).</summary>
    private void InsertFact(object fact) => ForEachSession(s => s.Insert(fact));

    /// <summary>Updates every session with one fact object (built once).</summary>
    private void UpdateFact(object fact) => ForEachSession(s => s.Update(fact));

    private void ForEachSession(Action<ISession> action)
    {
        foreach (var (session, _) in _sessions)
        {
            action(session);
        }
    }

    private void Change(Action change) => Guarded(() =>
    {
        change();
        foreach (var (session, _) in _sessions)
        {
            session.Fire();
        }

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
