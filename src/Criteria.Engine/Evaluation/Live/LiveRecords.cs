using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Quality;

namespace Criteria.Evaluation.Live;

/// <summary>
/// The records of a live evaluation, in the order they were first added, with the reverse indexes a
/// change needs (participant → events, employer → graduates and events, college → graduates and events)
/// and each college's contingent by cohort. Every change is checked before anything moves — the dataset
/// contract, duplicate ids (DQ1) and references (DQ2, in the validator's words: <see cref="ReferenceFinding"/>)
/// — and rejected whole with <see cref="DatasetRejectedException"/>. It also makes the facts the rules
/// match from the records (the same way the batch path does, <see cref="FactResolver"/>).
/// </summary>
internal sealed class LiveRecords
{
    private readonly EvaluationContext _context;
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

    /// <summary>Takes the records of a dataset (valid: the evaluator checked it).</summary>
    public LiveRecords(Dataset dataset, EvaluationContext context)
    {
        _context = context;
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
    }

    /// <summary>The colleges' ids, in order.</summary>
    public IReadOnlyList<string> CollegeIds => _colleges.Keys;

    /// <summary>Whether a college exists.</summary>
    public bool HasCollege(string collegeId) => _colleges.ContainsKey(collegeId);

    /// <summary>The records as a dataset, in the order they were first added.</summary>
    public Dataset ToDataset(string? region, Period period) => new()
    {
        Region = region,
        Period = period,
        Colleges = _colleges.Values.ToValueArray(),
        Employers = _employers.Values.ToValueArray(),
        Events = _events.Values.ToValueArray(),
        Graduates = _graduates.Values.ToValueArray(),
    };

    /// <summary>Where each record of a section is now: a finding's path names its record by position.</summary>
    public Dictionary<(string Section, string Id), int> Positions()
    {
        var positions = new Dictionary<(string Section, string Id), int>();
        Add("colleges", _colleges.Keys);
        Add("events", _events.Keys);
        Add("graduates", _graduates.Keys);
        return positions;

        void Add(string section, IEnumerable<string> ids)
        {
            var i = 0;
            foreach (var id in ids)
            {
                positions[(section, id)] = i++;
            }
        }
    }

    /// <summary>A graduate's record.</summary>
    /// <exception cref="DatasetRejectedException">No such graduate.</exception>
    public Graduate Graduate(string graduateId) => Existing(_graduates, graduateId, "graduates", "graduate");

    /// <summary>The fact of every college, event and graduate, in order.</summary>
    public (CollegeFact[] Colleges, EventFact[] Events, GraduateFact[] Graduates) AllFacts() =>
        (_colleges.Keys.Select(CollegeFact).ToArray(), _events.Values.Select(EventFact).ToArray(), _graduates.Keys.Select(GraduateFact).ToArray());

    /// <summary>A graduate's fact: its record with the events it attended (in the events' order), its employers and cohorts.</summary>
    public GraduateFact GraduateFact(string graduateId)
    {
        var graduate = _graduates[graduateId];
        var attended = _eventsOfParticipant.TryGetValue(graduateId, out var events)
            ? events.Select(id => _events[id]).OrderBy(e => _events.IndexOf(e.Id)).ToValueArray()
            : default;
        return FactResolver.Graduate(graduate, _graduates.IndexOf(graduateId), attended, _employers, _context);
    }

    /// <summary>A college's fact: its record and its contingent by cohort.</summary>
    public CollegeFact CollegeFact(string collegeId) =>
        new(_colleges[collegeId], _colleges.IndexOf(collegeId), CohortCounts.From(_contingent[collegeId]), _context);

    /// <summary>An event's fact.</summary>
    public EventFact EventFact(CareerEvent careerEvent) => FactResolver.Event(careerEvent, _events.IndexOf(careerEvent.Id), _employers, _context);

    /// <summary>Adds a graduate.</summary>
    public void AddGraduate(Graduate graduate)
    {
        DatasetContract.Check(graduate, _graduates.Count);
        RejectIf(_graduates.ContainsKey(graduate.Id), FindingCodes.DuplicateId, graduate.Id, graduate.CollegeId, "graduates", "id", $"the graduate id '{graduate.Id}' is already used");
        CheckReferences(graduate);
        _graduates.Add(graduate.Id, graduate);
        Index(graduate, +1);
    }

    /// <summary>Replaces a graduate's record; returns the old one.</summary>
    public Graduate ReplaceGraduate(Graduate graduate)
    {
        DatasetContract.Check(graduate, Math.Max(_graduates.IndexOf(graduate.Id), 0));
        var old = Graduate(graduate.Id);
        CheckReferences(graduate);
        Index(old, -1);
        _graduates[graduate.Id] = graduate;
        Index(graduate, +1);
        return old;
    }

    /// <summary>Removes a graduate no event names; returns its record and the fact to retract.</summary>
    public (Graduate Old, GraduateFact Fact) RemoveGraduate(string graduateId)
    {
        var old = Graduate(graduateId);
        RejectIfReferenced(_eventsOfParticipant, graduateId, "graduates", old.CollegeId, "graduate", "events");
        var fact = GraduateFact(graduateId);
        Index(old, -1);
        _graduates.Remove(graduateId);
        return (old, fact);
    }

    /// <summary>Adds a college.</summary>
    public void AddCollege(College college)
    {
        DatasetContract.Check(college, _colleges.Count);
        RejectIf(_colleges.ContainsKey(college.Id), FindingCodes.DuplicateId, college.Id, college.Id, "colleges", "id", $"the college id '{college.Id}' is already used");
        _colleges.Add(college.Id, college);
        _contingent[college.Id] = new long[Cohorts.Count];
    }

    /// <summary>Replaces a college's record.</summary>
    public void ReplaceCollege(College college)
    {
        DatasetContract.Check(college, Math.Max(_colleges.IndexOf(college.Id), 0));
        Existing(_colleges, college.Id, "colleges", "college");
        _colleges[college.Id] = college;
    }

    /// <summary>Removes a college no graduate or event belongs to; returns the fact to retract.</summary>
    public CollegeFact RemoveCollege(string collegeId)
    {
        Existing(_colleges, collegeId, "colleges", "college");
        RejectIfReferenced(_graduatesOfCollege, collegeId, "colleges", collegeId, "college", "graduates");
        RejectIfReferenced(_eventsOfCollege, collegeId, "colleges", collegeId, "college", "events");
        var fact = CollegeFact(collegeId);
        _colleges.Remove(collegeId);
        _contingent.Remove(collegeId);
        return fact;
    }

    /// <summary>Adds an employer.</summary>
    public void AddEmployer(Employer employer)
    {
        DatasetContract.Check(employer, _employers.Count);
        RejectIf(_employers.ContainsKey(employer.Id), FindingCodes.DuplicateId, employer.Id, null, "employers", "id", $"the employer id '{employer.Id}' is already used");
        _employers.Add(employer.Id, employer);
    }

    /// <summary>Replaces an employer's record; returns the graduates whose facts name it.</summary>
    public IReadOnlyCollection<string> ReplaceEmployer(Employer employer)
    {
        DatasetContract.Check(employer, Math.Max(_employers.IndexOf(employer.Id), 0));
        Existing(_employers, employer.Id, "employers", "employer");
        _employers[employer.Id] = employer;
        return _graduatesOfEmployer.TryGetValue(employer.Id, out var graduates) ? graduates : [];
    }

    /// <summary>Removes an employer no graduate or event names.</summary>
    public void RemoveEmployer(string employerId)
    {
        Existing(_employers, employerId, "employers", "employer");
        RejectIfReferenced(_graduatesOfEmployer, employerId, "employers", null, "employer", "graduates");
        RejectIfReferenced(_eventsOfEmployer, employerId, "employers", null, "employer", "events");
        _employers.Remove(employerId);
    }

    /// <summary>Adds an event.</summary>
    public void AddEvent(CareerEvent careerEvent)
    {
        DatasetContract.Check(careerEvent, _events.Count);
        RejectIf(_events.ContainsKey(careerEvent.Id), FindingCodes.DuplicateId, careerEvent.Id, careerEvent.CollegeId, "events", "id", $"the event id '{careerEvent.Id}' is already used");
        CheckReferences(careerEvent);
        _events.Add(careerEvent.Id, careerEvent);
        Index(careerEvent, +1);
    }

    /// <summary>Replaces an event's record; returns the old one.</summary>
    public CareerEvent ReplaceEvent(CareerEvent careerEvent)
    {
        DatasetContract.Check(careerEvent, Math.Max(_events.IndexOf(careerEvent.Id), 0));
        var old = Existing(_events, careerEvent.Id, "events", "event");
        CheckReferences(careerEvent);
        Index(old, -1);
        _events[careerEvent.Id] = careerEvent;
        Index(careerEvent, +1);
        return old;
    }

    /// <summary>Removes an event; returns its record and the fact to retract.</summary>
    public (CareerEvent Old, EventFact Fact) RemoveEvent(string eventId)
    {
        var old = Existing(_events, eventId, "events", "event");
        var fact = EventFact(old);
        Index(old, -1);
        _events.Remove(eventId);
        return (old, fact);
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
}
