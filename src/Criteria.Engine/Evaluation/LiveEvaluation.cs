using System.Diagnostics;
using Criteria.Catalog;
using Criteria.Diagnostics;
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
/// Data stays valid as in strict mode: a batch of changes (<see cref="Apply"/>) that would leave a
/// duplicate id or a reference to an id that does not exist (DQ1, DQ2) is rejected whole with
/// <see cref="DatasetRejectedException"/>, naming the change, and changes nothing; references are checked
/// on the batch's final state. Each applied batch gets the next <see cref="Sequence"/> number.
/// </para>
/// <para>
/// Threading: writers are serialised — a second writer waits (<see cref="Apply"/>,
/// <see cref="ApplyAsync"/>) or is told at once (<see cref="TryApply"/>); readers never wait and never
/// throw: <see cref="Latest"/>, <see cref="Snapshot"/> and <see cref="Dataset"/> return the last published
/// state (the same object until a batch is applied; while a writer works, the state before its batch).
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
    private readonly ValueArray<ReportCriterion> _reportCriteria;
    private readonly LiveRecords _records;
    private readonly LiveSessions _sessions;
    private readonly ResultChangeCollector _changes;
    private readonly LiveFindings _findings;
    private readonly EvaluationProfile _profile;
    private readonly ReportSettings _settings;
    private readonly RatingCache _rating = new(); // a college whose results did not move keeps its scores from one snapshot to the next
    private readonly SemaphoreSlim _writer = new(1, 1);
    private long _sequence;
    private LiveSnapshot _published;
    private int _building;
    private PublishedDataset _publishedDataset;

    internal LiveEvaluation(
        string catalogId,
        IReadOnlyList<CriterionDescriptor> criteria,
        IReadOnlyList<CriteriaEngine> engines,
        Dataset dataset,
        DatasetFacts facts,
        EvaluationProfile profile,
        EvaluationContext context,
        IReadOnlySet<string> extensionOwners,
        IReadOnlyCollection<string> pluginIds,
        BatchExecution execution,
        CancellationToken cancellationToken = default)
    {
        _catalogId = catalogId;
        _profile = profile;
        _settings = ReportSettings.Of(profile);
        _reportCriteria = ReportBuilder.Criteria(criteria);
        Period = dataset.Period;
        Region = dataset.Region;
        _records = new LiveRecords(dataset, context);

        // The facts of the dataset as a batch evaluation resolves them, shared by every session (the standard one
        // and each plugin's); a plan counts the graduates as a batch does, without keeping their facts.
        _sessions = new LiveSessions(engines, facts, execution, cancellationToken);

        // Every result once, to know what each is: a change is reported only when a result moves.
        _changes = new ResultChangeCollector(criteria, profile);
        // The first results are built as a batch report is (on every core); the collector goes on from them.
        var tallies = _sessions.Tallies();
        var failed = _sessions.Failed();
        var first = ReportBuilder.Build(catalogId, new Dataset { Region = Region, Period = Period }, [.. _records.CollegeIds.Select(_records.CollegeFact)], criteria, tallies, failed, profile, [], cancellationToken);
        _changes.Seed(first, tallies, failed, _sessions);
        _findings = new LiveFindings(extensionOwners, pluginIds);
        _published = Build();
        _publishedDataset = new PublishedDataset(0, _published.Dataset);
    }

    /// <summary>The period evaluated.</summary>
    public Period Period { get; }

    /// <summary>The region's name.</summary>
    public string? Region { get; }

    /// <summary>The data as it is now: the records in the order they were first added.</summary>
    public Dataset Dataset
    {
        get
        {
            var published = Volatile.Read(ref _publishedDataset);
            if (published.Sequence == Sequence)
            {
                return published.Dataset;
            }

            var snapshot = Volatile.Read(ref _published);
            if (snapshot.Sequence == Sequence)
            {
                return snapshot.Dataset; // the last snapshot's, made of the same records
            }

            if (!_writer.Wait(0))
            {
                return snapshot.Sequence > published.Sequence ? snapshot.Dataset : published.Dataset; // the newest before the writer's batch
            }

            long sequence;
            FrozenRecords records;
            try
            {
                (sequence, records) = (Sequence, _records.Freeze());
            }
            finally
            {
                _writer.Release();
            }

            published = new PublishedDataset(sequence, records.ToDataset(Region, Period));
            if (published.Sequence > Volatile.Read(ref _publishedDataset).Sequence)
            {
                Volatile.Write(ref _publishedDataset, published);
            }

            return published.Dataset;
        }
    }

    /// <summary>The number of batches applied since the evaluation was opened.</summary>
    public long Sequence => Interlocked.Read(ref _sequence);

    /// <summary>
    /// Applies a batch of changes all or nothing: each change is checked as it comes (the dataset contract,
    /// an id that exists or is new), references on the batch's final state (so a graduate may be retracted
    /// and the events that name it updated in either order). Waits while another writer works.
    /// </summary>
    /// <param name="changes">The changes, in order.</param>
    /// <returns>The batch's sequence number.</returns>
    /// <exception cref="DatasetRejectedException">A change is wrong: the error names it; nothing was applied.</exception>
    /// <exception cref="InvalidInputException">A record breaks the dataset contract; nothing was applied.</exception>
    public long Apply(IReadOnlyList<RecordChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return Locked(() => ApplyLocked(changes));
    }

    /// <summary>Applies a batch of changes all or nothing (<see cref="Apply"/>), waiting asynchronously while another writer works.</summary>
    /// <param name="changes">The changes, in order.</param>
    /// <param name="cancellationToken">Cancels the wait (not a batch being applied).</param>
    /// <returns>The batch's sequence number.</returns>
    /// <exception cref="DatasetRejectedException">A change is wrong: the error names it; nothing was applied.</exception>
    public async Task<long> ApplyAsync(IReadOnlyList<RecordChange> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return ApplyLocked(changes);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Applies a batch of changes all or nothing (<see cref="Apply"/>) if no other writer is working; does not wait.</summary>
    /// <param name="changes">The changes, in order.</param>
    /// <param name="sequence">The batch's sequence number; the current one when nothing was applied.</param>
    /// <returns>False when another writer was working (nothing was applied).</returns>
    /// <exception cref="DatasetRejectedException">A change is wrong: the error names it; nothing was applied.</exception>
    public bool TryApply(IReadOnlyList<RecordChange> changes, out long sequence)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (!_writer.Wait(0))
        {
            sequence = Sequence;
            return false;
        }

        try
        {
            sequence = ApplyLocked(changes);
            return true;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Adds a graduate (a batch of one change: <see cref="Apply"/>).</summary>
    /// <param name="graduate">The graduate; its id must be new and its references must exist.</param>
    /// <exception cref="DatasetRejectedException">The id exists, or a reference names no record.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void InsertGraduate(Graduate graduate) => Apply([RecordChange.Insert(graduate)]);

    /// <summary>Replaces a graduate's record (a new status, a new resume, another college…).</summary>
    /// <param name="graduate">The new record; a graduate with its id must exist.</param>
    /// <exception cref="DatasetRejectedException">No such graduate, or a reference names no record.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void UpdateGraduate(Graduate graduate) => Apply([RecordChange.Update(graduate)]);

    /// <summary>Removes a graduate.</summary>
    /// <param name="graduateId">The graduate's id.</param>
    /// <exception cref="DatasetRejectedException">No such graduate, or an event still lists it as a participant.</exception>
    public void RetractGraduate(string graduateId) => Apply([RecordChange.RetractGraduate(graduateId)]);

    /// <summary>Adds a resume to a graduate.</summary>
    /// <param name="graduateId">The graduate's id.</param>
    /// <param name="resume">The resume.</param>
    /// <exception cref="DatasetRejectedException">No such graduate.</exception>
    public void AddResume(string graduateId, Resume resume)
    {
        ArgumentNullException.ThrowIfNull(resume);
        Locked(() =>
        {
            var graduate = _records.Graduate(graduateId);
            return ApplyLocked([RecordChange.Update(graduate with { Resumes = graduate.Resumes.Append(resume).ToValueArray() })]);
        });
    }

    /// <summary>Removes a graduate's resume.</summary>
    /// <param name="graduateId">The graduate's id.</param>
    /// <param name="index">The resume's position in the graduate's list.</param>
    /// <exception cref="DatasetRejectedException">No such graduate.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No resume at that position.</exception>
    public void RemoveResume(string graduateId, int index) => Locked(() =>
    {
        var graduate = _records.Graduate(graduateId);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, graduate.Resumes.Count);
        return ApplyLocked([RecordChange.Update(graduate with { Resumes = graduate.Resumes.Where((_, i) => i != index).ToValueArray() })]);
    });

    /// <summary>Adds a college.</summary>
    /// <param name="college">The college; its id must be new.</param>
    /// <exception cref="DatasetRejectedException">The id exists.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void InsertCollege(College college) => Apply([RecordChange.Insert(college)]);

    /// <summary>Replaces a college's record.</summary>
    /// <param name="college">The new record; a college with its id must exist.</param>
    /// <exception cref="DatasetRejectedException">No such college.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void UpdateCollege(College college) => Apply([RecordChange.Update(college)]);

    /// <summary>Removes a college that no graduate or event belongs to any more.</summary>
    /// <param name="collegeId">The college's id.</param>
    /// <exception cref="DatasetRejectedException">No such college, or graduates or events still belong to it.</exception>
    public void RetractCollege(string collegeId) => Apply([RecordChange.RetractCollege(collegeId)]);

    /// <summary>Adds an employer.</summary>
    /// <param name="employer">The employer; its id must be new.</param>
    /// <exception cref="DatasetRejectedException">The id exists.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void InsertEmployer(Employer employer) => Apply([RecordChange.Insert(employer)]);

    /// <summary>Replaces an employer's record; the graduates who work for it or have a contract with it follow.</summary>
    /// <param name="employer">The new record; an employer with its id must exist.</param>
    /// <exception cref="DatasetRejectedException">No such employer.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void UpdateEmployer(Employer employer) => Apply([RecordChange.Update(employer)]);

    /// <summary>Removes an employer that no graduate or event names any more.</summary>
    /// <param name="employerId">The employer's id.</param>
    /// <exception cref="DatasetRejectedException">No such employer, or a graduate or event still names it.</exception>
    public void RetractEmployer(string employerId) => Apply([RecordChange.RetractEmployer(employerId)]);

    /// <summary>Adds an event; its participants follow.</summary>
    /// <param name="careerEvent">The event; its id must be new and its references must exist.</param>
    /// <exception cref="DatasetRejectedException">The id exists, or a reference names no record.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void InsertEvent(CareerEvent careerEvent) => Apply([RecordChange.Insert(careerEvent)]);

    /// <summary>Replaces an event's record; its participants, old and new, follow.</summary>
    /// <param name="careerEvent">The new record; an event with its id must exist.</param>
    /// <exception cref="DatasetRejectedException">No such event, or a reference names no record.</exception>
    /// <exception cref="InvalidInputException">The record breaks the dataset contract (a string too long, a required value null, an enum value out of range).</exception>
    public void UpdateEvent(CareerEvent careerEvent) => Apply([RecordChange.Update(careerEvent)]);

    /// <summary>Removes an event; its participants follow.</summary>
    /// <param name="eventId">The event's id.</param>
    /// <exception cref="DatasetRejectedException">No such event.</exception>
    public void RetractEvent(string eventId) => Apply([RecordChange.RetractEvent(eventId)]);

    /// <summary>
    /// The results that moved since the last call (or since the evaluation was opened): exactly the
    /// college and region results, of any criterion and cohort, that differ from what they were —
    /// a result recomputed to the same value is not reported. A retracted college's results are not reported.
    /// </summary>
    /// <returns>The changed results; empty when nothing changed.</returns>
    public IReadOnlyList<ResultChange> TakeChanges() => Locked(() =>
    {
        _changes.Update(_sessions, _records);
        return _changes.Take(_records);
    });

    /// <summary>The report of the data as it is now; immutable, safe to read from any thread.</summary>
    /// <returns>The report, equal to a batch evaluation of <see cref="Dataset"/>.</returns>
    public Report Snapshot() => Latest().Report;

    /// <summary>
    /// The last published state: its sequence number, data and report. Never waits and never throws: the
    /// same object until a batch is applied; while a writer works, the state before its batch.
    /// </summary>
    /// <returns>The snapshot.</returns>
    public LiveSnapshot Latest()
    {
        var published = Volatile.Read(ref _published);
        if (published.Sequence == Sequence || Interlocked.CompareExchange(ref _building, 1, 0) != 0)
        {
            return published; // current, or another reader is making the next one
        }

        try
        {
            if (!_writer.Wait(0))
            {
                return published; // a writer works: the state before its batch
            }

            (long Sequence, FrozenRecords Records, Report Report) capture;
            try
            {
                // Taken under the writer's lock from what the last batches moved: the report's lists, the
                // results and findings that moved placed anew, and the records' chunks (not the records).
                capture = Capture();
            }
            finally
            {
                _writer.Release();
            }

            // The records are laid out in one array off the lock: writers go on meanwhile.
            var built = new LiveSnapshot(capture.Sequence, capture.Records.ToDataset(Region, Period), capture.Report);
            if (built.Sequence > Volatile.Read(ref _published).Sequence)
            {
                Volatile.Write(ref _published, built);
            }

            return Volatile.Read(ref _published);
        }
        finally
        {
            Volatile.Write(ref _building, 0);
        }
    }

    /// <summary>The snapshot of the records as they are now, made at once (the constructor's).</summary>
    private LiveSnapshot Build()
    {
        var (sequence, records, report) = Capture();
        return new LiveSnapshot(sequence, records.ToDataset(Region, Period), report);
    }

    /// <summary>What a snapshot is made of: its sequence, the records' chunks and the report (the caller holds the writer's lock, or is the constructor).</summary>
    private (long Sequence, FrozenRecords Records, Report Report) Capture()
    {
        _changes.Update(_sessions, _records);
        var colleges = _changes.Colleges(_records);
        var report = new Report
        {
            Catalog = _catalogId,
            Region = Region,
            Period = Period,
            Settings = _settings,
            Criteria = _reportCriteria,
            Colleges = colleges,
            RegionResults = _changes.Region(),
            Rating = ReportBuilder.Rate(_reportCriteria, colleges, (k, cohort) => _records.Contingent(colleges[k].Id, cohort), _profile, _rating),
            Findings = _findings.Refresh(_records, _sessions.AllResults, ReportBuilder.UnknownTargetColleges(_profile, id => _records.PositionOf("colleges", id) >= 0).ToList()),
        };
        return (Sequence, _records.Freeze(), report);
    }

    private long ApplyLocked(IReadOnlyList<RecordChange> changes)
    {
        using var activity = Telemetry.Source.StartActivity("criteria.live.apply");
        activity?.SetTag("criteria.changes", changes.Count);
        var started = Stopwatch.GetTimestamp();
        _records.Begin();
        BatchEffect effect;
        var at = 0;
        try
        {
            for (; at < changes.Count; at++)
            {
                _records.Change = at;
                ApplyToRecords(changes[at] ?? throw new ArgumentException($"change {at + 1} of the batch is null", nameof(changes)));
            }

            effect = _records.Complete();
        }
        catch (Exception error)
        {
            _records.Rollback();
            Telemetry.Batch(applied: false, changes.Count, started);
            activity?.SetStatus(ActivityStatusCode.Error, error.Message);
            switch (error)
            {
                case RejectedChangeException late:
                    throw Rejected(late.Rejection, late.Change, changes);
                case DatasetRejectedException rejected:
                    throw Rejected(rejected, at, changes);
                default:
                    throw;
            }
        }

        // The records are final and valid: the facts follow, each made once and given to every session.
        foreach (var section in (string[])["colleges", "events", "graduates"])
        {
            for (var t = 0; t < effect.Touched.Count; t++)
            {
                var (of, id, before, after) = effect.Touched[t];
                if (of != section)
                {
                    continue;
                }

                if (before && !after)
                {
                    _sessions.Retract(effect.OldFacts[(section, id)]);
                }
                else if (after)
                {
                    object fact = section switch
                    {
                        "colleges" => _records.CollegeFact(id),
                        "events" => _records.EventFact(id),
                        _ => _records.GraduateFact(id),
                    };
                    if (before)
                    {
                        _sessions.Update(effect.OldFacts[(section, id)], fact);
                    }
                    else
                    {
                        _sessions.Insert(fact);
                    }
                }

                if (section == "colleges" && before != after)
                {
                    _changes.CollegeChanged(id);
                }
                else if (section == "colleges")
                {
                    _changes.CollegeRecordChanged(id);
                }
            }
        }

        // What the snapshot reads again: the records' own findings, and the positions after a removal.
        for (var t = 0; t < effect.Touched.Count; t++)
        {
            _findings.Touched(effect.Touched[t].Section, effect.Touched[t].Id);
        }

        for (var c = 0; c < changes.Count; c++)
        {
            _findings.Touched(changes[c].Section, changes[c].Id);
        }

        for (var r = 0; r < effect.Removals.Count; r++)
        {
            _findings.Removed(effect.Removals[r].Section, effect.Removals[r].Position);
        }

        _sessions.Fire();
        Telemetry.Batch(applied: true, changes.Count, started);
        return Interlocked.Increment(ref _sequence);
    }

    private void ApplyToRecords(RecordChange change)
    {
        switch (change.Action, change.Record)
        {
            case (RecordChangeAction.Insert, Graduate graduate): _records.AddGraduate(graduate); break;
            case (RecordChangeAction.Update, Graduate graduate): _records.ReplaceGraduate(graduate); break;
            case (RecordChangeAction.Insert, College college): _records.AddCollege(college); break;
            case (RecordChangeAction.Update, College college): _records.ReplaceCollege(college); break;
            case (RecordChangeAction.Insert, Employer employer): _records.AddEmployer(employer); break;
            case (RecordChangeAction.Update, Employer employer): _records.ReplaceEmployer(employer); break;
            case (RecordChangeAction.Insert, CareerEvent careerEvent): _records.AddEvent(careerEvent); break;
            case (RecordChangeAction.Update, CareerEvent careerEvent): _records.ReplaceEvent(careerEvent); break;
            case (RecordChangeAction.Retract, null) when change.Section == "graduates": _records.RemoveGraduate(change.Id); break;
            case (RecordChangeAction.Retract, null) when change.Section == "colleges": _records.RemoveCollege(change.Id); break;
            case (RecordChangeAction.Retract, null) when change.Section == "employers": _records.RemoveEmployer(change.Id); break;
            case (RecordChangeAction.Retract, null) when change.Section == "events": _records.RemoveEvent(change.Id); break;
            default: throw new ArgumentException($"not a change of a record: {change}", nameof(change));
        }
    }

    /// <summary>The rejection of a batch in the live evaluation's words: which change, what is wrong, and that nothing was applied.</summary>
    private static DatasetRejectedException Rejected(DatasetRejectedException rejection, int change, IReadOnlyList<RecordChange> changes)
    {
        var single = changes.Count == 1;
        var errors = rejection.Errors
            .Select(f => f with { Message = single ? f.Message : $"change {change + 1} of {changes.Count} ({changes[change]}): {f.Message}" })
            .ToList();
        return new DatasetRejectedException(errors, single ? "The change was not applied." : "No change of the batch was applied.");
    }

    private T Locked<T>(Func<T> body)
    {
        _writer.Wait();
        try
        {
            return body();
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>The data as published for a sequence number.</summary>
    private sealed record PublishedDataset(long Sequence, Dataset Dataset);
}
