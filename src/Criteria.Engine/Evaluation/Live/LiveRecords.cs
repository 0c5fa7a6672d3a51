using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Quality;

namespace Criteria.Evaluation.Live;

/// <summary>
/// The records of a live evaluation, in the order they were first added, with the reverse indexes a
/// change needs (participant → events, employer → graduates and events, how many events each college holds)
/// and each college's contingent by cohort. Every change is checked before anything moves — the dataset
/// contract, duplicate ids (DQ1) and references (DQ2, in the validator's words: <see cref="ReferenceFinding"/>)
/// — and rejected whole with <see cref="DatasetRejectedException"/>. Changes come in batches
/// (<see cref="Begin"/>, a change at a time, <see cref="Complete"/> or <see cref="Rollback"/>): references
/// are checked on the batch's final state, so a batch may retract a graduate and update the events that
/// name it in either order, and a rejected batch is undone step by step. It also makes the facts the
/// rules match from the records (the same way the batch path does, <see cref="FactResolver"/>).
/// </summary>
internal sealed class LiveRecords
{
    private readonly EvaluationContext _context;
    private readonly LiveSection<College> _colleges = new();
    private readonly LiveSection<Employer> _employers = new();
    private readonly LiveSection<CareerEvent> _events = new();
    private readonly LiveSection<Graduate> _graduates = new();

    private readonly Dictionary<string, string[]> _eventsOfParticipant = new(StringComparer.Ordinal); // a few each: arrays, not sets
    private readonly Dictionary<string, HashSet<string>> _graduatesOfEmployer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _eventsOfEmployer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _eventsOfCollege = new(StringComparer.Ordinal); // how many; which, only when a retraction is refused
    private readonly Dictionary<string, long[]> _contingent = new(StringComparer.Ordinal); // by college id, of the graduates that name it

    // The batch being applied: how to undo each step, the checks made on the final state, and what it touched.
    private readonly List<Action> _undo = [];
    private readonly List<(int Change, Action Check)> _finalChecks = [];
    private readonly Dictionary<(string Section, string Id), bool> _existedBefore = [];
    private readonly Dictionary<(string Section, string Id), object> _oldFacts = []; // the fact of each record the batch touched, as it was before
    private readonly List<(string Section, int Position)> _removals = [];
    private static readonly Dictionary<(string Section, string Id), object> NoOldFacts = []; // never changed

    /// <summary>Takes the records of a dataset (valid: the evaluator checked it).</summary>
    public LiveRecords(Dataset dataset, EvaluationContext context)
    {
        _context = context;

        // Three parts that share nothing, on every core: the small sections with the events' indexes, the
        // graduates by id, and the graduates' indexes (contingents, employers).
        Parallel.Invoke(
            () =>
            {
                foreach (var college in dataset.Colleges)
                {
                    _colleges.Add(college.Id, college);
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
            },
            () =>
            {
                _graduates.EnsureCapacity(dataset.Graduates.Count);
                foreach (var graduate in dataset.Graduates)
                {
                    _graduates.Add(graduate.Id, graduate);
                }
            },
            () =>
            {
                foreach (var graduate in dataset.Graduates)
                {
                    Index(graduate, +1);
                }
            });
    }

    /// <summary>The colleges' ids, in order.</summary>
    public IReadOnlyList<string> CollegeIds => _colleges.Ids;

    /// <summary>A college's position, or −1.</summary>
    public int CollegeIndex(string collegeId) => _colleges.IndexOf(collegeId);

    /// <summary>Whether a college exists.</summary>
    public bool HasCollege(string collegeId) => _colleges.ContainsKey(collegeId);

    /// <summary>The records as they are now, for a snapshot made off the writer's lock (<see cref="FrozenRecords.ToDataset"/>).</summary>
    public FrozenRecords Freeze() => new(_colleges.Freeze(), _employers.Freeze(), _events.Freeze(), _graduates.Freeze());

    /// <summary>Where a record of a section is now (a finding's path names its record by position); −1 when it is not there.</summary>
    public int PositionOf(ReadOnlySpan<char> section, string id) => section switch
    {
        "graduates" => _graduates.IndexOf(id),
        "colleges" => _colleges.IndexOf(id),
        "events" => _events.IndexOf(id),
        "employers" => _employers.IndexOf(id),
        _ => -1,
    };

    /// <summary>The records that may have findings of their own (every college; the others with extensions), by section and id.</summary>
    public IEnumerable<(string Section, string Id)> RecordsWithOwnFindings()
    {
        foreach (var id in _colleges.Keys)
        {
            yield return ("colleges", id);
        }

        foreach (var (id, _) in _employers.Where(e => e.Value.Extensions.Count > 0))
        {
            yield return ("employers", id);
        }

        foreach (var (id, _) in _events.Where(e => e.Value.Extensions.Count > 0))
        {
            yield return ("events", id);
        }

        foreach (var (id, _) in _graduates.Where(g => g.Value.Extensions.Count > 0))
        {
            yield return ("graduates", id);
        }
    }

    /// <summary>
    /// A record's findings of its own, at its position now: its СПО-1 counts (a college) and its extensions
    /// no plugin owns — what the validator and the extension check find in a dataset whose ids and
    /// references are valid. None when the record is not there.
    /// </summary>
    public IReadOnlyList<Finding> OwnFindings(string section, string id, IReadOnlySet<string> owners, IReadOnlyCollection<string> plugins)
    {
        var findings = new List<Finding>();
        switch (section)
        {
            case "colleges" when _colleges.TryGetValue(id, out var college):
                var position = _colleges.IndexOf(id);
                DatasetValidator.CheckCollege(college, position, findings);
                UnownedExtensions.Of(college.Extensions, section, position, college.Id, college.Id, owners, plugins, findings);
                break;
            case "employers" when _employers.TryGetValue(id, out var employer) && employer.Extensions.Count > 0:
                UnownedExtensions.Of(employer.Extensions, section, _employers.IndexOf(id), null, id, owners, plugins, findings);
                break;
            case "events" when _events.TryGetValue(id, out var careerEvent) && careerEvent.Extensions.Count > 0:
                UnownedExtensions.Of(careerEvent.Extensions, section, _events.IndexOf(id), careerEvent.CollegeId, id, owners, plugins, findings);
                break;
            case "graduates" when _graduates.TryGetValue(id, out var graduate) && graduate.Extensions.Count > 0:
                UnownedExtensions.Of(graduate.Extensions, section, _graduates.IndexOf(id), graduate.CollegeId, id, owners, plugins, findings);
                break;
        }

        return findings;
    }

    /// <summary>A college's record (it must exist).</summary>
    public College College(string collegeId) => _colleges[collegeId];

    /// <summary>A graduate's record.</summary>
    /// <exception cref="DatasetRejectedException">No such graduate.</exception>
    public Graduate Graduate(string graduateId) => Existing(_graduates, graduateId, "graduates", "graduate");

    /// <summary>A graduate's fact: its record with the events it attended (in the events' order), its employers and cohorts.</summary>
    public GraduateFact GraduateFact(string graduateId) => GraduateFact(graduateId, _graduates[graduateId], _graduates.IndexOf(graduateId));

    private GraduateFact GraduateFact(string graduateId, Graduate graduate, int position)
    {
        var attended = default(ValueArray<CareerEvent>);
        if (_eventsOfParticipant.TryGetValue(graduateId, out var events))
        {
            var records = new CareerEvent[events.Length];
            var positions = new int[events.Length];
            var at = 0;
            foreach (var id in events)
            {
                positions[at] = _events.IndexOf(id);
                records[at++] = _events.GetAt(positions[at - 1]).Value;
            }

            Array.Sort(positions, records);
            attended = ValueArray<CareerEvent>.TakeOwnership(records);
        }

        return FactResolver.Graduate(graduate, position, attended, _employers, _context);
    }

    /// <summary>The graduate records that name a college, in a cohort.</summary>
    public long Contingent(string collegeId, Cohort cohort) => _contingent.TryGetValue(collegeId, out var counts) ? counts[(int)cohort] : 0;

    /// <summary>A college's fact: its record and its contingent by cohort.</summary>
    public CollegeFact CollegeFact(string collegeId) =>
        new(_colleges[collegeId], _colleges.IndexOf(collegeId), _contingent.TryGetValue(collegeId, out var counts) ? CohortCounts.From(counts) : CohortCounts.Zero, _context);

    /// <summary>The fact of the event with an id.</summary>
    public EventFact EventFact(string eventId) => EventFact(_events[eventId]);

    /// <summary>An event's fact.</summary>
    public EventFact EventFact(CareerEvent careerEvent) => FactResolver.Event(careerEvent, _events.IndexOf(careerEvent.Id), _employers, _context);

    /// <summary>The change of the batch being applied (for the checks made at its end).</summary>
    public int Change { get; set; }

    /// <summary>Starts a batch.</summary>
    public void Begin()
    {
        _undo.Clear();
        _finalChecks.Clear();
        _existedBefore.Clear();
        _oldFacts.Clear();
        _removals.Clear();
        Change = 0;
    }

    /// <summary>
    /// Checks the references of the batch's final state, then tells what the batch did to the facts: for
    /// each record it touched, whether it existed before and exists now (the facts to insert, update or
    /// retract), and the facts to retract, made while their records existed.
    /// </summary>
    /// <exception cref="RejectedChangeException">A reference of the final state names no record; the batch is not undone (call <see cref="Rollback"/>).</exception>
    public BatchEffect Complete()
    {
        foreach (var (change, check) in _finalChecks)
        {
            try
            {
                check();
            }
            catch (DatasetRejectedException rejected)
            {
                throw new RejectedChangeException(change, rejected);
            }
        }

        var touched = new (string Section, string Id, bool Before, bool After)[_existedBefore.Count];
        var at = 0;
        foreach (var ((section, id), before) in _existedBefore)
        {
            touched[at++] = (section, id, before, Exists(section, id));
        }

        var effect = new BatchEffect(
            touched,
            _oldFacts.Count == 0 ? NoOldFacts : new Dictionary<(string Section, string Id), object>(_oldFacts),
            _removals.Count == 0 ? [] : [.. _removals]);
        Begin();
        return effect;
    }

    /// <summary>Undoes every step of the batch, last first: the records are as they were before it.</summary>
    public void Rollback()
    {
        for (var i = _undo.Count - 1; i >= 0; i--)
        {
            _undo[i]();
        }

        Begin();
    }

    /// <summary>Adds a graduate.</summary>
    public void AddGraduate(Graduate graduate)
    {
        DatasetContract.Check(graduate, _graduates.Count);
        if (_graduates.ContainsKey(graduate.Id))
        {
            throw Rejected(FindingCodes.DuplicateId, graduate.Id, graduate.CollegeId, "graduates", "id", $"the graduate id '{graduate.Id}' is already used");
        }

        Touch(graduate);
        _graduates.Add(graduate.Id, graduate);
        Index(graduate, +1);
        CheckAtEnd(() => CheckReferences(graduate), () => IsCurrent(_graduates, graduate.Id, graduate));
        _undo.Add(() =>
        {
            Index(graduate, -1);
            _graduates.Remove(graduate.Id);
        });
    }

    /// <summary>Replaces a graduate's record; returns the old one.</summary>
    public Graduate ReplaceGraduate(Graduate graduate)
    {
        DatasetContract.Check(graduate, Math.Max(_graduates.IndexOf(graduate.Id), 0));
        var old = Graduate(graduate.Id);
        Touch("graduates", graduate.Id);
        if (old.CollegeId != graduate.CollegeId || old.Health != graduate.Health)
        {
            Touch("colleges", old.CollegeId); // contingents move
            Touch("colleges", graduate.CollegeId);
        }

        Index(old, -1);
        _graduates[graduate.Id] = graduate;
        Index(graduate, +1);
        CheckAtEnd(() => CheckReferences(graduate), () => IsCurrent(_graduates, graduate.Id, graduate));
        _undo.Add(() =>
        {
            Index(graduate, -1);
            _graduates[graduate.Id] = old;
            Index(old, +1);
        });
        return old;
    }

    /// <summary>Removes a graduate no event names at the end of the batch; returns its record.</summary>
    public Graduate RemoveGraduate(string graduateId)
    {
        var old = Graduate(graduateId);
        Touch(old);
        var position = _graduates.IndexOf(graduateId);
        Index(old, -1);
        _graduates.Remove(graduateId);
        _removals.Add(("graduates", position));
        CheckAtEnd(() => RejectIfReferenced(_eventsOfParticipant.GetValueOrDefault(graduateId) ?? [], graduateId, "graduates", old.CollegeId, "graduate", "events"), () => !_graduates.ContainsKey(graduateId));
        _undo.Add(() =>
        {
            _graduates.Insert(position, graduateId, old);
            Index(old, +1);
        });
        return old;
    }

    /// <summary>Adds a college.</summary>
    public void AddCollege(College college)
    {
        DatasetContract.Check(college, _colleges.Count);
        if (_colleges.ContainsKey(college.Id))
        {
            throw Rejected(FindingCodes.DuplicateId, college.Id, college.Id, "colleges", "id", $"the college id '{college.Id}' is already used");
        }

        Touch("colleges", college.Id);
        _colleges.Add(college.Id, college);
        _undo.Add(() => _colleges.Remove(college.Id));
    }

    /// <summary>Replaces a college's record.</summary>
    public void ReplaceCollege(College college)
    {
        DatasetContract.Check(college, Math.Max(_colleges.IndexOf(college.Id), 0));
        var old = Existing(_colleges, college.Id, "colleges", "college");
        Touch("colleges", college.Id);
        _colleges[college.Id] = college;
        _undo.Add(() => _colleges[college.Id] = old);
    }

    /// <summary>Removes a college no graduate or event belongs to at the end of the batch.</summary>
    public void RemoveCollege(string collegeId)
    {
        var old = Existing(_colleges, collegeId, "colleges", "college");
        Touch("colleges", collegeId);
        var position = _colleges.IndexOf(collegeId);
        _colleges.Remove(collegeId);
        _removals.Add(("colleges", position));
        CheckAtEnd(
            () =>
            {
                // Which graduates and events still belong to it is looked up only to say so (both, in one message).
                string[] graduates = _contingent.TryGetValue(collegeId, out var counts) && counts[(int)Cohort.All] > 0
                    ? [.. _graduates.Values.Where(g => g.CollegeId == collegeId).Select(g => g.Id)]
                    : [];
                string[] events = _eventsOfCollege.GetValueOrDefault(collegeId) > 0 ? [.. _events.Values.Where(e => e.CollegeId == collegeId).Select(e => e.Id)] : [];
                RejectIfReferenced(collegeId, "colleges", collegeId, "college", ("graduates", graduates), ("events", events));
            },
            () => !_colleges.ContainsKey(collegeId));
        _undo.Add(() => _colleges.Insert(position, collegeId, old));
    }

    /// <summary>Adds an employer.</summary>
    public void AddEmployer(Employer employer)
    {
        DatasetContract.Check(employer, _employers.Count);
        if (_employers.ContainsKey(employer.Id))
        {
            throw Rejected(FindingCodes.DuplicateId, employer.Id, null, "employers", "id", $"the employer id '{employer.Id}' is already used");
        }

        _employers.Add(employer.Id, employer);
        _undo.Add(() => _employers.Remove(employer.Id));
    }

    /// <summary>Replaces an employer's record: the graduates and events that name it follow.</summary>
    public void ReplaceEmployer(Employer employer)
    {
        DatasetContract.Check(employer, Math.Max(_employers.IndexOf(employer.Id), 0));
        var old = Existing(_employers, employer.Id, "employers", "employer");
        foreach (var graduateId in _graduatesOfEmployer.GetValueOrDefault(employer.Id) ?? [])
        {
            Touch("graduates", graduateId);
        }

        foreach (var eventId in _eventsOfEmployer.GetValueOrDefault(employer.Id) ?? [])
        {
            Touch("events", eventId);
        }

        _employers[employer.Id] = employer;
        _undo.Add(() => _employers[employer.Id] = old);
    }

    /// <summary>Removes an employer no graduate or event names at the end of the batch.</summary>
    public void RemoveEmployer(string employerId)
    {
        var old = Existing(_employers, employerId, "employers", "employer");
        var position = _employers.IndexOf(employerId);
        _employers.Remove(employerId);
        _removals.Add(("employers", position));
        CheckAtEnd(
            () =>
            {
                RejectIfReferenced(
                    employerId,
                    "employers",
                    null,
                    "employer",
                    ("graduates", _graduatesOfEmployer.GetValueOrDefault(employerId) ?? []),
                    ("events", _eventsOfEmployer.GetValueOrDefault(employerId) ?? []));
            },
            () => !_employers.ContainsKey(employerId));
        _undo.Add(() => _employers.Insert(position, employerId, old));
    }

    /// <summary>Adds an event: its participants follow.</summary>
    public void AddEvent(CareerEvent careerEvent)
    {
        DatasetContract.Check(careerEvent, _events.Count);
        if (_events.ContainsKey(careerEvent.Id))
        {
            throw Rejected(FindingCodes.DuplicateId, careerEvent.Id, careerEvent.CollegeId, "events", "id", $"the event id '{careerEvent.Id}' is already used");
        }

        Touch(careerEvent);
        _events.Add(careerEvent.Id, careerEvent);
        Index(careerEvent, +1);
        CheckAtEnd(() => CheckReferences(careerEvent), () => IsCurrent(_events, careerEvent.Id, careerEvent));
        _undo.Add(() =>
        {
            Index(careerEvent, -1);
            _events.Remove(careerEvent.Id);
        });
    }

    /// <summary>Replaces an event's record: its participants, old and new, follow.</summary>
    public void ReplaceEvent(CareerEvent careerEvent)
    {
        DatasetContract.Check(careerEvent, Math.Max(_events.IndexOf(careerEvent.Id), 0));
        var old = Existing(_events, careerEvent.Id, "events", "event");
        Touch(old);
        Touch(careerEvent);
        Index(old, -1);
        _events[careerEvent.Id] = careerEvent;
        Index(careerEvent, +1);
        CheckAtEnd(() => CheckReferences(careerEvent), () => IsCurrent(_events, careerEvent.Id, careerEvent));
        _undo.Add(() =>
        {
            Index(careerEvent, -1);
            _events[careerEvent.Id] = old;
            Index(old, +1);
        });
    }

    /// <summary>Removes an event: its participants follow.</summary>
    public void RemoveEvent(string eventId)
    {
        var old = Existing(_events, eventId, "events", "event");
        Touch(old);
        var position = _events.IndexOf(eventId);
        Index(old, -1);
        _events.Remove(eventId);
        _removals.Add(("events", position));
        _undo.Add(() =>
        {
            _events.Insert(position, eventId, old);
            Index(old, +1);
        });
    }

    private bool Exists(string section, string id) => section switch
    {
        "graduates" => _graduates.ContainsKey(id),
        "colleges" => _colleges.ContainsKey(id),
        "events" => _events.ContainsKey(id),
        _ => _employers.ContainsKey(id),
    };

    /// <summary>Notes a record the batch touches, and whether it existed before the batch (the first time only).</summary>
    private void Touch(string section, string id)
    {
        var exists = Exists(section, id);
        if (_existedBefore.TryAdd((section, id), exists) && exists && section != "employers")
        {
            // Its fact as it was counted: the sessions take its contribution back when the batch is applied.
            _oldFacts[(section, id)] = section switch
            {
                "colleges" => CollegeFact(id),
                "events" => EventFact(id),
                _ => GraduateFact(id),
            };
        }
    }

    private void Touch(Graduate graduate)
    {
        Touch("graduates", graduate.Id);
        Touch("colleges", graduate.CollegeId);
    }

    private void Touch(CareerEvent careerEvent)
    {
        Touch("events", careerEvent.Id);
        foreach (var participant in careerEvent.ParticipantIds)
        {
            Touch("graduates", participant);
        }
    }

    private static bool IsCurrent<T>(LiveSection<T> records, string id, T record)
        where T : class => records.TryGetValue(id, out var now) && ReferenceEquals(now, record);

    /// <summary>A check made when the batch ends, if the record it is about is still as this change left it.</summary>
    private void CheckAtEnd(Action check, Func<bool> stillApplies)
    {
        var change = Change;
        _finalChecks.Add((change, () =>
        {
            if (stillApplies())
            {
                check();
            }
        }));
    }

    private void Index(Graduate graduate, int sign)
    {
        if (!_contingent.TryGetValue(graduate.CollegeId, out var counts))
        {
            _contingent[graduate.CollegeId] = counts = new long[Cohorts.Count];
        }

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
        _eventsOfCollege[careerEvent.CollegeId] = _eventsOfCollege.GetValueOrDefault(careerEvent.CollegeId) + sign;
        foreach (var participant in careerEvent.ParticipantIds)
        {
            LinkFew(_eventsOfParticipant, participant, careerEvent.Id, sign);
        }

        foreach (var employer in careerEvent.EmployerIds)
        {
            Link(_eventsOfEmployer, employer, careerEvent.Id, sign);
        }
    }

    /// <summary>Links a value to a key that has only a few (a graduate's events): a small array replaced on change, not a set per key.</summary>
    private static void LinkFew(Dictionary<string, string[]> index, string key, string value, int sign)
    {
        var values = index.GetValueOrDefault(key) ?? [];
        var at = Array.IndexOf(values, value);
        if (sign > 0 && at < 0)
        {
            index[key] = [.. values, value];
        }
        else if (sign < 0 && at >= 0 && values.Length == 1)
        {
            index.Remove(key);
        }
        else if (sign < 0 && at >= 0)
        {
            index[key] = [.. values.AsSpan(0, at), .. values.AsSpan(at + 1)];
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
        if (!_colleges.ContainsKey(graduate.CollegeId))
        {
            throw Rejected(FindingCodes.DanglingReference, graduate.Id, graduate.CollegeId, "graduates", "collegeId",
                ReferenceFinding.Missing("graduate", graduate.Id, "college", graduate.CollegeId));
        }

        if (graduate.Outcome.EmployerId is { } employer && !_employers.ContainsKey(employer))
        {
            throw Rejected(FindingCodes.DanglingReference, graduate.Id, graduate.CollegeId, "graduates", "outcome.employerId",
                ReferenceFinding.Missing("graduate", graduate.Id, "employer", employer));
        }

        if (graduate.TargetedContract is { } contract && !_employers.ContainsKey(contract.EmployerId))
        {
            throw Rejected(FindingCodes.DanglingReference, graduate.Id, graduate.CollegeId, "graduates", "targetedContract.employerId",
                ReferenceFinding.Missing("graduate", graduate.Id, "employer", contract.EmployerId));
        }
    }

    private void CheckReferences(CareerEvent careerEvent)
    {
        if (!_colleges.ContainsKey(careerEvent.CollegeId))
        {
            throw Rejected(FindingCodes.DanglingReference, careerEvent.Id, careerEvent.CollegeId, "events", "collegeId",
                ReferenceFinding.Missing("event", careerEvent.Id, "college", careerEvent.CollegeId));
        }

        foreach (var employer in careerEvent.EmployerIds.Where(e => !_employers.ContainsKey(e)))
        {
            throw Rejected(FindingCodes.DanglingReference, careerEvent.Id, careerEvent.CollegeId, "events", "employerIds",
                ReferenceFinding.Missing("event", careerEvent.Id, "employer", employer));
        }

        foreach (var participant in careerEvent.ParticipantIds.Where(p => !_graduates.ContainsKey(p)))
        {
            throw Rejected(FindingCodes.DanglingReference, careerEvent.Id, careerEvent.CollegeId, "events", "participantIds",
                ReferenceFinding.Missing("event", careerEvent.Id, "graduate", participant));
        }
    }

    private static T Existing<T>(LiveSection<T> records, string id, string section, string kind)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(id);
        return records.TryGetValue(id, out var record)
            ? record
            : throw Rejected(FindingCodes.DanglingReference, id, null, section, "id", ReferenceFinding.NoSuch(kind, id));
    }

    private static void RejectIfReferenced(IReadOnlyCollection<string> referrers, string id, string section, string? collegeId, string kind, string by) =>
        RejectIfReferenced(id, section, collegeId, kind, (by, referrers));

    /// <summary>Refuses a retraction while records name what it retracts, naming every kind of them at once (graduates and events).</summary>
    private static void RejectIfReferenced(string id, string section, string? collegeId, string kind, params (string By, IReadOnlyCollection<string> Referrers)[] holders)
    {
        var named = holders.Where(h => h.Referrers.Count > 0).ToArray();
        if (named.Length > 0)
        {
            throw Rejected(FindingCodes.DanglingReference, id, collegeId, section, "id",
                ReferenceFinding.StillNamed(kind, id, [.. named.Select(h => (h.By, h.Referrers))]));
        }
    }

    /// <summary>A live change refused: the outcome is the change's, not a dataset's (lenient mode never applies to a live evaluation).</summary>
    private static DatasetRejectedException Rejected(string code, string recordId, string? collegeId, string section, string field, string message) =>
        new(
            [
                new Finding
                {
                    Code = code,
                    Severity = FindingSeverity.Error,
                    CollegeId = collegeId,
                    RecordId = recordId,
                    Path = $"$.{section}[?(@.id=='{recordId}')].{field}",
                    Message = message,
                },
            ],
            "The change was not applied.");
}
