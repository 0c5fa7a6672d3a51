using System.Text.Json;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Json.Contract;
using Criteria.Json.Converters;
using Criteria.Quality;

namespace Criteria.Json;

/// <summary>
/// Turns the JSON documents of the contract into the immutable fact model: required fields are
/// checked (with the record's path and id), absent optional values take their meaning from
/// docs/dataset.md, unknown properties become DQ10 warnings, and extension values are checked against
/// the string limit. Used once per document; not thread-safe.
/// </summary>
internal sealed class DatasetBinder
{
    private static readonly AsyncLocal<DatasetBinder?> Binding = new();
    private readonly List<Finding> _findings = [];
    private readonly List<Finding> _graduateFindings = []; // of graduates bound while being read: they follow the others, as in document binding order
    private const int MaxShared = 200_000; // distinct strings shared at most: a file of only distinct values gains nothing

    private static readonly AisRegistration AisRegistered = new() { Registered = true };
    private static readonly Guidance GuidanceRecommended = new() { DiagnosticsRecommendation = true };
    private static readonly GraduateSupport[] SharedSupport =
        [.. from regional in new[] { false, true } from resume in new[] { false, true } select new GraduateSupport { RegionalMeasures = regional, ResumeAndInterview = resume }];

    private static readonly Resume[] SharedResumes =
        [.. from posted in new[] { false, true } from correct in new[] { false, true } select new Resume { PostedInAis = posted, Correct = correct }];

    private static readonly Outcome[] SharedOutcomes =
        [.. from status in Enumerable.Range(0, Enum.GetValues<EmploymentStatus>().Length) from byProfile in new[] { false, true } select new Outcome { Status = (EmploymentStatus)status, ByProfile = byProfile }];

    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _sharedLookup;
    private readonly Dictionary<(bool, bool, DateOnly?, EmploymentStatus?), AisRegistration> _tracks = [];
    private readonly Dictionary<(EmploymentStatus, string?, bool), Outcome> _outcomes = [];
    private readonly Dictionary<int, ValueArray<Resume>> _resumeLists = [];
    private readonly List<Resume> _resumeBuffer = [];
    private readonly CancellationToken _cancellationToken;
    private RecordUtf8Reader? _utf8Reader;
    private GraduateDocument? _carrier;
    private int _graduatesRead;

    public DatasetBinder(CancellationToken cancellationToken = default)
    {
        _cancellationToken = cancellationToken;
        _sharedLookup = _shared.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The binder of the read in progress on this flow, if any (see <see cref="GraduateDocuments"/>).</summary>
    public static DatasetBinder? Current => Binding.Value;

    /// <summary>Makes this binder the current one until the scope ends: graduates are then bound as they are read.</summary>
    public Scope Enter() => new(this);

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Where the document put the properties of the objects that do not follow the contract's order.</summary>
    public DocumentLayout Layout { get; } = new();

    public Dataset Bind(DatasetDocument document)
    {
        const string root = JsonPath.Root;
        ReportUnknown(document, root, null, null);
        var schemaVersion = Required(document.SchemaVersion, root, "schemaVersion", null);
        var period = BindPeriod(Required(document.Period, root, "period", null), JsonPath.Property(root, "period"));

        var dataset = new Dataset
        {
            SchemaVersion = schemaVersion,
            Region = document.Region,
            Period = period,
            Colleges = BindList(document.Colleges, JsonPath.Property(root, "colleges"), BindCollege),
            Employers = BindList(document.Employers, JsonPath.Property(root, "employers"), BindEmployer),
            Events = BindList(document.Events, JsonPath.Property(root, "events"), BindEvent),
            Graduates = document.Graduates is { Records: { } records }
                ? ValueArray<Graduate>.TakeOwnership([.. records])
                : BindList(document.Graduates?.Documents, JsonPath.Property(root, "graduates"), BindGraduate),
        };
        _findings.AddRange(_graduateFindings);
        return dataset;
    }

    /// <summary>Binds one record read on its own (a change feed's message), its path relative to <c>$</c>.</summary>
    public College BindRecord(CollegeDocument document) => BindCollege(document, JsonPath.Root);

    /// <inheritdoc cref="BindRecord(CollegeDocument)"/>
    public Employer BindRecord(EmployerDocument document) => BindEmployer(document, JsonPath.Root);

    /// <inheritdoc cref="BindRecord(CollegeDocument)"/>
    public CareerEvent BindRecord(EventDocument document) => BindEvent(document, JsonPath.Root);

    /// <inheritdoc cref="BindRecord(CollegeDocument)"/>
    public Graduate BindRecord(GraduateDocument document) => BindGraduate(document, JsonPath.Root);

    private Period BindPeriod(PeriodDocument document, string path)
    {
        ReportUnknown(document, path, null, null);
        var start = Required(document.Start, path, "start", null);
        var end = Required(document.End, path, "end", null);
        var cutoff = Required(document.Cutoff, path, "cutoff", null);
        if (start > end)
        {
            throw new InvalidInputException(
                path, $"the period starts on {start:yyyy-MM-dd}, after its end on {end:yyyy-MM-dd} (DQ8); the dataset cannot be evaluated");
        }

        if (cutoff < start)
        {
            throw new InvalidInputException(
                path, $"the cut-off {cutoff:yyyy-MM-dd} is before the period's start on {start:yyyy-MM-dd} (DQ8); the dataset cannot be evaluated");
        }

        return new Period(start, end, cutoff);
    }

    private College BindCollege(CollegeDocument document, string path)
    {
        var id = RequiredId(document.Id, path, null);
        ReportUnknown(document, path, id, id);
        return new College
        {
            Id = id,
            Name = document.Name,
            WorkPlan = Optional(document.WorkPlan, JsonPath.Property(path, "workPlan"), (plan, p) =>
            {
                ReportUnknown(plan, p, id, id);
                return new WorkPlan { Approved = plan.Approved ?? false, Url = plan.Url, ContainsCriteria = plan.ContainsCriteria ?? false };
            }),
            WebsiteSection = Optional(document.WebsiteSection, JsonPath.Property(path, "websiteSection"), (section, p) =>
            {
                ReportUnknown(section, p, id, id);
                var items = section.Checklist?.Select(item => new ChecklistItem(item.Key, item.Value ?? false)).ToValueArray() ?? default;
                return new WebsiteSection { Url = section.Url, Checklist = items };
            }),
            MessengerChats = BindList(document.MessengerChats, JsonPath.Property(path, "messengerChats"), (chat, p) =>
            {
                ReportUnknown(chat, p, id, id);
                return new MessengerChat { Platform = chat.Platform, Members = chat.Members ?? 0, LastActivity = chat.LastActivity };
            }),
            VacancyBank = Optional(document.VacancyBank, JsonPath.Property(path, "vacancyBank"), (bank, p) =>
            {
                ReportUnknown(bank, p, id, id);
                return new VacancyBank { Url = bank.Url, PartnerVacancies = bank.PartnerVacancies ?? 0, UpdatedOn = bank.UpdatedOn };
            }),
            Spo1 = Optional(document.Spo1, JsonPath.Property(path, "spo1"), (spo1, p) =>
            {
                ReportUnknown(spo1, p, id, id);
                return new Spo1Counts
                {
                    Total = Required(spo1.Total, p, "total", id),
                    Disabled = spo1.Disabled,
                    DisabledChild = spo1.DisabledChild,
                    LimitedHealth = spo1.LimitedHealth,
                };
            }),
            Extensions = BindExtensions(document.Extensions, path, id),
        };
    }

    private Employer BindEmployer(EmployerDocument document, string path)
    {
        if (document.Bound is { } bound)
        {
            return bound;
        }

        var id = RequiredId(document.Id, path, null);
        ReportUnknown(document, path, null, id);
        return new Employer
        {
            Id = id,
            Name = document.Name,
            DefenseIndustry = document.DefenseIndustry ?? false,
            Extensions = BindExtensions(document.Extensions, path, id),
        };
    }

    private CareerEvent BindEvent(EventDocument document, string path)
    {
        if (document.Bound is { } bound)
        {
            return bound;
        }

        var id = RequiredId(document.Id, path, null);
        var collegeId = RequiredId(document.CollegeId, path, id, "collegeId");
        ReportUnknown(document, path, collegeId, id);
        return new CareerEvent
        {
            Id = id,
            CollegeId = collegeId,
            Kind = Required(document.Kind, path, "kind", id),
            Date = Required(document.Date, path, "date", id),
            EmployerIds = BindIds(document.EmployerIds, JsonPath.Property(path, "employerIds"), id),
            ParticipantIds = BindIds(document.ParticipantIds, JsonPath.Property(path, "participantIds"), id),
            Extensions = BindExtensions(document.Extensions, path, id),
        };
    }

    /// <summary>
    /// Binds the graduate object the reader is at straight from its bytes when it is the common case
    /// (<see cref="RecordUtf8Reader"/>): a document that carries the record (<see cref="GraduateDocument.Bound"/>),
    /// the reader at the object's end. Null otherwise, the reader back at the object's start.
    /// </summary>
    public GraduateDocument? TryBindGraduate(ref Utf8JsonReader reader)
    {
        if ((_graduatesRead++ & 0xFFF) == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }

        if (TryBindRecord(ref reader, static (RecordUtf8Reader records, ref Utf8JsonReader r, out Graduate? g) => records.TryRead(ref r, out g)) is not { } graduate)
        {
            return null;
        }

        _carrier ??= new GraduateDocument(); // one carrier: the list takes its record at once
        _carrier.Bound = graduate;
        return _carrier;
    }

    /// <summary>Binds the event object the reader is at from its bytes (a document carrying it), or null, the reader back at its start.</summary>
    public EventDocument? TryBindEvent(ref Utf8JsonReader reader) =>
        TryBindRecord(ref reader, static (RecordUtf8Reader records, ref Utf8JsonReader r, out CareerEvent? e) => records.TryReadEvent(ref r, out e)) is { } careerEvent
            ? new EventDocument { Bound = careerEvent }
            : null;

    /// <summary>Binds the employer object the reader is at from its bytes (a document carrying it), or null, the reader back at its start.</summary>
    public EmployerDocument? TryBindEmployer(ref Utf8JsonReader reader) =>
        TryBindRecord(ref reader, static (RecordUtf8Reader records, ref Utf8JsonReader r, out Employer? e) => records.TryReadEmployer(ref r, out e)) is { } employer
            ? new EmployerDocument { Bound = employer }
            : null;

    private delegate bool TryReadRecord<T>(RecordUtf8Reader records, ref Utf8JsonReader reader, out T? record);

    private T? TryBindRecord<T>(ref Utf8JsonReader reader, TryReadRecord<T> read)
        where T : class
    {
        var start = reader;
        _utf8Reader ??= new RecordUtf8Reader(this);
        if (read(_utf8Reader, ref reader, out var record))
        {
            return record;
        }

        reader = start;
        return null;
    }

    /// <summary>Binds the graduate document at <paramref name="index"/> of <c>graduates</c>, as it is read.</summary>
    public Graduate BindGraduate(GraduateDocument? document, int index)
    {
        if (document?.Bound is { } bound)
        {
            document.Bound = null;
            return bound;
        }

        if ((index & 0xFFF) == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }

        var path = JsonPath.Index("$.graduates", index);
        var before = _findings.Count;
        var graduate = BindGraduate(document ?? throw new InvalidInputException(path, "expected an object, found null"), path);
        if (_findings.Count > before)
        {
            _graduateFindings.AddRange(_findings.GetRange(before, _findings.Count - before));
            _findings.RemoveRange(before, _findings.Count - before);
        }

        return graduate;
    }

    // A graduate is bound with no path composed unless something is to be said about a value (a million
    // graduates: paths, closures and small records repeated per graduate were most of the reading's garbage).
    // Strings that repeat (colleges, employers, specialties) are shared, and so are the small records
    // that can only take a few values.
    private Graduate BindGraduate(GraduateDocument document, string path)
    {
        var id = RequiredId(document.Id, path, null);
        var collegeId = Shared(RequiredId(document.CollegeId, path, id, "collegeId"));
        ReportUnknown(document, path, collegeId, id);
        var outcome = Required(document.Outcome, path, "outcome", id);
        ReportUnknown(outcome, path, "outcome", collegeId, id);
        var status = outcome.Status ?? throw new InvalidInputException(JsonPath.Property(JsonPath.Property(path, "outcome"), "status"), "this required field is missing", id);

        return new Graduate
        {
            Id = id,
            CollegeId = collegeId,
            Specialty = document.Specialty is { } specialty ? Shared(specialty) : null,
            Health = document.Health ?? HealthCategories.None,
            Ais = document.Ais is { } ais ? BindAis(ais, path, collegeId, id) : AisRegistration.None,
            YoungSpecialistEligible = document.YoungSpecialistEligible ?? false,
            Support = document.Support is { } support ? BindSupport(support, path, collegeId, id) : GraduateSupport.None,
            Resumes = BindResumes(document.Resumes, path, collegeId, id),
            AtRisk = document.AtRisk ?? false,
            Guidance = document.Guidance is { } guidance ? BindGuidance(guidance, path, collegeId, id) : Facts.Guidance.None,
            VacancyInvitations = document.VacancyInvitations ?? 0,
            TargetedContract = document.TargetedContract is { } contract ? BindContract(contract, path, collegeId, id) : null,
            Outcome = Outcome(status, outcome.EmployerId is { } employer ? Shared(employer) : null, outcome.ByProfile ?? false),
            Extensions = BindExtensions(document.Extensions, path, id),
        };
    }

    private AisRegistration BindAis(AisDocument ais, string path, string collegeId, string id)
    {
        ReportUnknown(ais, path, "ais", collegeId, id);
        if (ais.CareerTrack is not { } track)
        {
            return Ais(ais.Registered == true);
        }

        if (!track.IsInContractOrder() || track.Unknown is { Count: > 0 })
        {
            ReportUnknown(track, JsonPath.Property(JsonPath.Property(path, "ais"), "careerTrack"), collegeId, id);
        }

        return Ais(ais.Registered == true, track.Formed ?? false, track.UpdatedOn, track.Status);
    }

    /// <summary>A graduate's AIS registration without a career track: one of two shared records.</summary>
    internal static AisRegistration Ais(bool registered) => registered ? AisRegistered : AisRegistration.None;

    /// <summary>A graduate's AIS registration with a career track: shared by the graduates whose tracks say the same (a few thousand kinds in a region).</summary>
    internal AisRegistration Ais(bool registered, bool formed, DateOnly? updatedOn, EmploymentStatus? status)
    {
        var key = (registered, formed, updatedOn, status);
        if (!_tracks.TryGetValue(key, out var shared))
        {
            shared = new AisRegistration { Registered = registered, CareerTrack = new CareerTrack { Formed = formed, UpdatedOn = updatedOn, Status = status } };
            if (_tracks.Count < MaxShared)
            {
                _tracks.Add(key, shared);
            }
        }

        return shared;
    }

    /// <summary>A graduate's support: one of four shared records.</summary>
    internal static GraduateSupport Support(bool regionalMeasures, bool resumeAndInterview) =>
        SharedSupport[((regionalMeasures ? 1 : 0) * 2) + (resumeAndInterview ? 1 : 0)];

    /// <summary>A resume: one of four shared records.</summary>
    internal static Resume Resume(bool postedInAis, bool correct) => SharedResumes[((postedInAis ? 1 : 0) * 2) + (correct ? 1 : 0)];

    /// <summary>
    /// A graduate's resumes: each of the four shared records, and the lists of up to three shared too
    /// (84 kinds; a list is immutable once a <see cref="ValueArray{T}"/> owns it).
    /// </summary>
    internal ValueArray<Resume> Resumes(List<Resume> resumes)
    {
        if (resumes.Count > 3)
        {
            return ValueArray<Resume>.TakeOwnership([.. resumes]);
        }

        var key = 0;
        foreach (var resume in resumes)
        {
            key = (key * 8) + Array.IndexOf(SharedResumes, resume) + 1; // a digit from 1 to 4 per resume: the list in base 8
        }

        if (!_resumeLists.TryGetValue(key, out var shared))
        {
            _resumeLists[key] = shared = ValueArray<Resume>.TakeOwnership([.. resumes]);
        }

        return shared;
    }

    /// <summary>A graduate's guidance: one of two shared records.</summary>
    internal static Guidance Guidance(bool diagnosticsRecommendation) => diagnosticsRecommendation ? GuidanceRecommended : Facts.Guidance.None;

    /// <summary>An outcome: shared when it names no employer.</summary>
    /// <param name="status">The status.</param>
    /// <param name="sharedEmployerId">The employer's id, already shared (<see cref="Shared(string)"/>), or null.</param>
    /// <param name="byProfile">Whether by profile.</param>
    internal Outcome Outcome(EmploymentStatus status, string? sharedEmployerId, bool byProfile)
    {
        if (sharedEmployerId is null && (uint)status < SharedOutcomes.Length / 2)
        {
            return SharedOutcomes[((int)status * 2) + (byProfile ? 1 : 0)];
        }

        var key = (status, sharedEmployerId, byProfile);
        if (!_outcomes.TryGetValue(key, out var shared))
        {
            shared = new Outcome { Status = status, EmployerId = sharedEmployerId, ByProfile = byProfile };
            if (_outcomes.Count < MaxShared)
            {
                _outcomes.Add(key, shared);
            }
        }

        return shared;
    }

    private GraduateSupport BindSupport(SupportDocument support, string path, string collegeId, string id)
    {
        ReportUnknown(support, path, "support", collegeId, id);
        return Support(support.RegionalMeasures == true, support.ResumeAndInterview == true);
    }

    private Guidance BindGuidance(GuidanceDocument guidance, string path, string collegeId, string id)
    {
        ReportUnknown(guidance, path, "guidance", collegeId, id);
        return Guidance(guidance.DiagnosticsRecommendation == true);
    }

    private TargetedContract BindContract(TargetedContractDocument contract, string path, string collegeId, string id)
    {
        ReportUnknown(contract, path, "targetedContract", collegeId, id);
        if (string.IsNullOrEmpty(contract.EmployerId))
        {
            RequiredId(contract.EmployerId, JsonPath.Property(path, "targetedContract"), id, "employerId"); // throws, naming the path
        }

        return new TargetedContract { EmployerId = Shared(contract.EmployerId!) };
    }

    private ValueArray<Resume> BindResumes(List<ResumeDocument?>? resumes, string path, string collegeId, string id)
    {
        if (resumes is null || resumes.Count == 0)
        {
            return default;
        }

        _resumeBuffer.Clear();
        for (var i = 0; i < resumes.Count; i++)
        {
            var resume = resumes[i] ?? throw new InvalidInputException(JsonPath.Index(JsonPath.Property(path, "resumes"), i), "expected an object, found null");
            if (!resume.IsInContractOrder() || resume.Unknown is { Count: > 0 })
            {
                ReportUnknown(resume, JsonPath.Index(JsonPath.Property(path, "resumes"), i), collegeId, id);
            }

            _resumeBuffer.Add(Resume(resume.PostedInAis == true, resume.Correct == true));
            resumes[i] = null;
        }

        return Resumes(_resumeBuffer);
    }

    /// <summary>A nested object's unknown properties and layout, its path composed only when there is something to record.</summary>
    private void ReportUnknown(ContractObject document, string parent, string property, string? collegeId, string? recordId)
    {
        if (!document.IsInContractOrder() || document.Unknown is { Count: > 0 })
        {
            ReportUnknown(document, JsonPath.Property(parent, property), collegeId, recordId);
        }
    }

    /// <summary>One instance of a string that repeats across records, read from its UTF-8 bytes (no string made when it is known).</summary>
    /// <returns>False when the bytes are not valid UTF-8.</returns>
    internal bool TryShare(ReadOnlySpan<byte> utf8, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        Span<char> chars = stackalloc char[128];
        if (utf8.Length <= chars.Length)
        {
            if (System.Text.Unicode.Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            {
                value = null;
                return false;
            }

            if (_sharedLookup.TryGetValue(chars[..written], out value))
            {
                return true;
            }

            value = new string(chars[..written]);
        }
        else if (!TryDecode(utf8, out value))
        {
            return false;
        }

        value = Shared(value);
        return true;
    }

    /// <summary>Text from UTF-8 bytes; false when they are not valid UTF-8.</summary>
    internal static bool TryDecode(ReadOnlySpan<byte> utf8, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        value = null;
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            value = System.Text.Encoding.UTF8.GetString(utf8);
        }

        return value is not null;
    }

    /// <summary>One instance of a string that repeats across records (an id of a college or an employer, a specialty).</summary>
    private string Shared(string value)
    {
        if (_shared.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (_shared.Count < MaxShared)
        {
            _shared.Add(value, value);
        }

        return value;
    }

    /// <summary>Ends a binder's turn as the current one.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly DatasetBinder? _previous;

        internal Scope(DatasetBinder binder)
        {
            _previous = Binding.Value;
            Binding.Value = binder;
        }

        public void Dispose() => Binding.Value = _previous;
    }

    private ValueArray<T> BindList<TDocument, T>(List<TDocument?>? documents, string path, Func<TDocument, string, T> bind)
        where TDocument : class
    {
        if (documents is null || documents.Count == 0)
        {
            return default;
        }

        var items = new T[documents.Count];
        for (var i = 0; i < items.Length; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var itemPath = JsonPath.Index(path, i);
            var document = documents[i] ?? throw new InvalidInputException(itemPath, "expected an object, found null");
            items[i] = bind(document, itemPath);
            documents[i] = null; // let the document go as soon as its record exists
        }

        return ValueArray<T>.TakeOwnership(items);
    }

    private static ValueArray<string> BindIds(List<string?>? ids, string path, string recordId)
    {
        if (ids is null || ids.Count == 0)
        {
            return default;
        }

        var items = new string[ids.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var id = ids[i];
            if (string.IsNullOrEmpty(id))
            {
                throw new InvalidInputException(JsonPath.Index(path, i), id is null ? "expected an id, found null" : "an id cannot be empty", recordId);
            }

            items[i] = id;
        }

        return ValueArray<string>.TakeOwnership(items);
    }

    private static T? Optional<TDocument, T>(TDocument? document, string path, Func<TDocument, string, T> bind)
        where TDocument : class
        where T : class =>
        document is null ? null : bind(document, path);

    private static T Required<T>(T? value, string path, string field, string? recordId)
        where T : class =>
        value ?? throw new InvalidInputException(JsonPath.Property(path, field), "this required field is missing", recordId);

    private static T Required<T>(T? value, string path, string field, string? recordId)
        where T : struct =>
        value ?? throw new InvalidInputException(JsonPath.Property(path, field), "this required field is missing", recordId);

    private static string RequiredId(string? value, string path, string? recordId, string field = "id")
    {
        var id = Required(value, path, field, recordId);
        return id.Length > 0 ? id : throw new InvalidInputException(JsonPath.Property(path, field), "an id cannot be empty", recordId);
    }

    private static ExtensionData BindExtensions(Dictionary<string, JsonElement>? extensions, string path, string? recordId)
    {
        if (extensions is null || extensions.Count == 0)
        {
            return ExtensionData.Empty;
        }

        var extensionsPath = JsonPath.Property(path, "extensions");
        foreach (var (pluginId, value) in extensions)
        {
            CheckStrings(value, JsonPath.Property(extensionsPath, pluginId), recordId);
        }

        return ExtensionData.Create(extensions);
    }

    private void ReportUnknown(ContractObject document, string path, string? collegeId, string? recordId)
    {
        Layout.Record(document, path);
        if (document.Unknown is not { Count: > 0 } unknown)
        {
            return;
        }

        foreach (var (name, value) in unknown)
        {
            var propertyPath = JsonPath.Property(path, name);
            if (name.Length > ContractLimits.MaxStringLength)
            {
                throw new InvalidInputException(path, $"a property name is {name.Length} characters long; at most {ContractLimits.MaxStringLength} are allowed", recordId);
            }

            CheckStrings(value, propertyPath, recordId);
            _findings.Add(new Finding
            {
                Code = FindingCodes.UnknownProperty,
                Severity = FindingSeverity.Warning,
                CollegeId = collegeId,
                RecordId = recordId,
                Path = propertyPath,
                Message = $"the property '{name}' is not part of the dataset contract version 1; it is ignored",
            });
        }

        document.ForgetUnknown();
    }

    /// <summary>
    /// Values the contract does not type (extensions, unknown properties) obey the string limit too, and
    /// must be valid UTF-8 (the reader defers that check for such values until they are read).
    /// </summary>
    internal static void CheckStrings(JsonElement value, string path, string? recordId)
    {
        try
        {
            CheckStringsOf(value, path, recordId);
        }
        catch (InvalidOperationException error)
        {
            throw new InvalidInputException(path, "the text is not valid UTF-8 (was the file saved in another encoding, such as Windows-1251?)", recordId, innerException: error);
        }
    }

    private static void CheckStringsOf(JsonElement value, string path, string? recordId)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var length = value.GetString()!.Length;
                if (length > ContractLimits.MaxStringLength)
                {
                    throw new InvalidInputException(path, $"the text is {length} characters long; at most {ContractLimits.MaxStringLength} are allowed", recordId);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    CheckStringsOf(item, JsonPath.Index(path, index++), recordId);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    if (property.Name.Length > ContractLimits.MaxStringLength)
                    {
                        throw new InvalidInputException(path, $"a property name is {property.Name.Length} characters long; at most {ContractLimits.MaxStringLength} are allowed", recordId);
                    }

                    CheckStringsOf(property.Value, JsonPath.Property(path, property.Name), recordId);
                }

                break;
        }
    }
}
