using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Criteria.Catalog;
using Criteria.Facts;
using Criteria.Profiles;
using Criteria.Rules;

namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// The reading half of <see cref="SameWorkPass"/>: one <see cref="Utf8JsonReader"/> over the file's bytes,
/// each record turned into counters and findings as it is read, nothing of it kept beyond that (a
/// graduate's id stays a range of the file's bytes). It does not rely on the order of the file: the
/// contract's order (period, colleges, employers, events, graduates), which every export has, streams in
/// one pass; a section that comes before the period or the colleges it needs is skipped and read from its
/// bytes once they are known; graduates read before an employers or events section that the file puts
/// after them are read again from their bytes at the end (a file without employers or events costs
/// nothing). Within a record, properties may come in any order. The input is assumed valid in strict mode
/// (what it does not understand, it refuses with an exception).
/// </summary>
internal sealed class DatasetScan
{
    private const int PeriodSection = 0;
    private const int CollegesSection = 1;
    private const int EmployersSection = 2;
    private const int EventsSection = 3;
    private const int GraduatesSection = 4;

    private static readonly Utf8NameTable StatusNames = new(
        "employed", "entrepreneur", "selfEmployed", "militaryContract", "informal", "continuingEducation", "militaryConscription", "parentalLeave",
        "registeredUnemployed", "notEmployed", "excluded", "unknown");

    private static readonly Utf8NameTable KindNames = new("masterClass", "training", "seminar", "jobFair", "careerDay", "employerDay", "other");
    private static readonly Utf8NameTable HealthNames = new("disabled", "disabledChild", "limitedHealth");
    private static readonly string[] Spo1Fields = ["total", "disabled", "disabledChild", "limitedHealth"];
    private static readonly string[] Spo1CohortNames = ["all", "disabled", "disabledChild", "limitedHealth"];
    private static readonly string[] Spo1Kinds = ["graduates", "disabled graduates", "disabled-child graduates", "graduates with limited health"];

    private readonly byte[] _data;
    private readonly EvaluationProfile _profile;
    private readonly HashSet<string> _checklist;
    private readonly Utf8KeyMap _collegeIds = new();
    private readonly Utf8KeyMap _employerIds = new();
    private readonly Utf8KeyMap _participants = new(1 << 16); // graduate id → events attended (bits of GraduateSummary.Attended)
    private readonly List<bool> _defense = [];
    private readonly List<IdRef> _employers = [];
    private readonly PropertyLayout _layout = new();
    private readonly List<FindingEntry>[] _findings = [.. Enumerable.Range(0, 14).Select(_ => new List<FindingEntry>())]; // by DQ number
    private readonly List<FindingEntry>[] _datesAfterCutoff = [[], [], []]; // DQ7 of colleges, events, graduates
    private readonly List<TextFinding> _unknown = []; // DQ10 but the graduates', sorted at the end
    private readonly List<TextFinding> _graduatesUnknown = []; // DQ10 of the graduates
    private readonly bool[] _read = new bool[5];
    private readonly (int Start, int Length)[] _sections = new (int, int)[5]; // where each section's value is in the file
    private readonly List<IdRef> _eventParticipants = [];
    private readonly List<IdRef> _eventEmployers = [];
    private readonly List<(int College, IdRef Employer)> _collegeEmployers = []; // of the events within the period, resolved at the end
    private readonly List<int> _eventHashes = [];
    private readonly List<byte[]> _collegeBytes = [];
    private byte[] _scratch = new byte[1 << 12];
    private byte[] _unescaped = new byte[1 << 10];
    private int _unescapedUsed;
    private DateOnly _start;
    private DateOnly _end;
    private DateOnly _cutoff;
    private int _startDay;
    private int _endDay;
    private int _cutoffDay;
    private GraduateCounters? _counters;
    private int _lastCollege = -1; // graduates come college by college: the last college looked up is most often the next
    private bool _graduatesStale; // read before an employers or events section that came later in the file: read again at the end
    private bool _employerNamedEarly; // a graduate named an employer before the employers were read

    private DatasetScan(byte[] data, EvaluationProfile profile)
    {
        _data = data;
        _profile = profile;
        _checklist = new HashSet<string>(profile.WebsiteChecklist, StringComparer.Ordinal);
    }

    /// <summary>The region's name, if any.</summary>
    public string? Region { get; private set; }

    /// <summary>The period: first day, last day and the cut-off.</summary>
    public (DateOnly Start, DateOnly End, DateOnly Cutoff) Period => (_start, _end, _cutoff);

    /// <summary>The colleges, in the file's order.</summary>
    public List<CollegeSummary> Colleges { get; } = [];

    /// <summary>The graduate criteria's counters.</summary>
    public GraduateCounters Counters => _counters!;

    /// <summary>Reads a dataset's bytes.</summary>
    /// <param name="data">The whole file.</param>
    /// <param name="profile">The profile.</param>
    /// <returns>The counters, colleges and findings.</returns>
    public static DatasetScan Read(byte[] data, EvaluationProfile profile)
    {
        var scan = new DatasetScan(data, profile);
        scan.ReadDocument();
        scan.CheckContingents();
        scan.SortUnknown();
        return scan;
    }

    /// <summary>The findings in report order, code by code (DQ1, DQ2 and DQ8 never occur in a valid dataset).</summary>
    /// <returns>Each code with its findings in document order.</returns>
    public IEnumerable<(string Code, List<FindingEntry> Findings)> Findings()
    {
        for (var code = 3; code <= 13; code++)
        {
            if (code == 7)
            {
                // colleges, events, graduates: in the order the file has the three sections
                var sections = new[] { "colleges", "events", "graduates" };
                var order = new[] { 0, 1, 2 };
                Array.Sort([.. sections.Select(RootRank)], order);
                var all = new List<FindingEntry>();
                foreach (var section in order)
                {
                    all.AddRange(_datesAfterCutoff[section]);
                }

                if (all.Count > 0)
                {
                    yield return ("DQ7", all);
                }
            }
            else if (code != 8 && _findings[code].Count > 0)
            {
                yield return ($"DQ{code}", _findings[code]);
            }
        }
    }

    /// <summary>The unescaped UTF-8 bytes of an id.</summary>
    /// <param name="id">Where they are.</param>
    /// <returns>The bytes.</returns>
    public ReadOnlySpan<byte> Bytes(IdRef id) => (id.Unescaped ? _unescaped : _data).AsSpan(id.Start, id.Length);

    /// <summary>An employer's id as text.</summary>
    /// <param name="employer">The employer's position.</param>
    /// <returns>The id.</returns>
    public string EmployerId(int employer) => Encoding.UTF8.GetString(Bytes(_employers[employer]));

    /// <summary>The number of employers.</summary>
    public int EmployerCount => _employers.Count;

    private static DateOnly Date(ReadOnlySpan<byte> text)
    {
        static int Digits(ReadOnlySpan<byte> d)
        {
            var value = 0;
            foreach (var b in d)
            {
                value = (value * 10) + (b - '0');
            }

            return value;
        }

        return text.Length == 10 ? new DateOnly(Digits(text[..4]), Digits(text[5..7]), Digits(text[8..])) : throw new InvalidDataException("a date is not of the form YYYY-MM-DD");
    }

    private static string Relative(string parent, int element) => element < 0 ? parent : $"{parent}[{element}]";

    private static string UnknownMessage(string name) => $"the property '{name}' is not part of the dataset contract version 1; it is ignored";

    private int RootRank(string section) => _layout.TryRank("$", section, out var rank) ? rank : DocumentShape.Dataset.Rank(section);

    private void ReadDocument()
    {
        var bom = _data.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var reader = new Utf8JsonReader(_data.AsSpan(bom));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidDataException("the dataset is not a JSON object");
        }

        var order = default(PropertyOrder);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var rank = DocumentShape.Dataset.Properties.Find(Name(ref reader));
            if (rank == 0)
            {
                var name = reader.GetString()!;
                order.SeenUnknown(name);
                _unknown.Add(new TextFinding(null, null, PathText.Property("$", name), UnknownMessage(name)));
                reader.Read();
                reader.Skip();
                continue;
            }

            order.Seen(rank);
            reader.Read();
            switch (rank)
            {
                case 1: // schemaVersion: major version 1, as assumed
                    break;
                case 2:
                    Region = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    break;
                case 3:
                    ReadPeriod(ref reader);
                    _read[PeriodSection] = true;
                    break;
                default:
                    Section(ref reader, rank - 3, bom);
                    break;
            }
        }

        _layout.Record("$", order, DocumentShape.Dataset);
        for (var section = CollegesSection; section <= GraduatesSection; section++)
        {
            if (!_read[section] && _sections[section].Length > 0)
            {
                ReadAgain(section);
            }

            _read[section] = true;
        }

        if (_graduatesStale)
        {
            // the file put employers or events after the graduates: count the graduates again, knowing them
            _counters = null;
            _findings[4].Clear();
            _findings[5].Clear();
            _findings[6].Clear();
            _findings[11].Clear();
            _findings[12].Clear();
            _findings[13].Clear();
            _datesAfterCutoff[2].Clear();
            _graduatesUnknown.Clear();
            _employerNamedEarly = false;
            _lastCollege = -1;
            ReadAgain(GraduatesSection);
        }

        if (_employerNamedEarly)
        {
            throw new InvalidDataException("a graduate names an employer, and the dataset has none");
        }

        foreach (var (college, employer) in _collegeEmployers)
        {
            Colleges[college].Employers.Add(_employerIds.TryGetValue(Bytes(employer), out var position) ? position : throw new InvalidDataException($"an event names the employer '{Encoding.UTF8.GetString(Bytes(employer))}', which is not in the dataset"));
        }

        _counters ??= new GraduateCounters(Colleges.Count, _profile, _cutoff);
    }

    /// <summary>Reads a section from where the file has it (one skipped before, or graduates to count again).</summary>
    private void ReadAgain(int section)
    {
        var (start, length) = _sections[section];
        var reader = new Utf8JsonReader(_data.AsSpan(start, length));
        reader.Read();
        ReadSection(ref reader, section, start);
    }

    /// <summary>
    /// Reads a section now when what it must have is known (colleges: the period; events and graduates: the
    /// period and the colleges), else skips it; either way notes where it is.
    /// </summary>
    private void Section(ref Utf8JsonReader reader, int section, int offset)
    {
        var start = offset + (int)reader.TokenStartIndex;
        var ready = section == EmployersSection || (_read[PeriodSection] && (section == CollegesSection || _read[CollegesSection]));
        if (ready)
        {
            ReadSection(ref reader, section, offset);
            _read[section] = true;
        }
        else
        {
            reader.Skip();
        }

        _sections[section] = (start, offset + (int)reader.BytesConsumed - start);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // long loops run once: compiled optimized at once
    private void ReadSection(ref Utf8JsonReader reader, int section, int offset)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (section == GraduatesSection)
        {
            _counters = new GraduateCounters(Colleges.Count, _profile, _cutoff);
        }
        else if (section is EmployersSection or EventsSection && _read[GraduatesSection])
        {
            _graduatesStale = true;
        }

        var index = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            switch (section)
            {
                case CollegesSection:
                    ReadCollege(ref reader, index);
                    break;
                case EmployersSection:
                    ReadEmployer(ref reader, index, offset);
                    break;
                case EventsSection:
                    ReadEvent(ref reader, index, offset);
                    break;
                default:
                    ReadGraduate(ref reader, index, offset);
                    break;
            }

            index++;
        }
    }

    private void ReadPeriod(ref Utf8JsonReader reader)
    {
        var order = default(PropertyOrder);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var rank = DocumentShape.Period.Properties.Find(Name(ref reader));
            if (rank == 0)
            {
                var name = reader.GetString()!;
                order.SeenUnknown(name);
                _unknown.Add(new TextFinding(null, null, PathText.Property("$.period", name), UnknownMessage(name)));
                reader.Read();
                reader.Skip();
                continue;
            }

            order.Seen(rank);
            reader.Read();
            var date = Date(Text(ref reader));
            _ = rank switch
            {
                1 => _start = date,
                2 => _end = date,
                _ => _cutoff = date,
            };
        }

        _layout.Record("$.period", order, DocumentShape.Period);
        _startDay = _start.DayNumber;
        _endDay = _end.DayNumber;
        _cutoffDay = _cutoff.DayNumber;
    }

    private void ReadCollege(ref Utf8JsonReader reader, int index)
    {
        var order = default(PropertyOrder);
        string? id = null, name = null;
        bool plan = false, chat = false, bank = false;
        int items = 0, position = 0, chatsAt = 0, bankAt = 0;
        int?[]? spo1 = null;
        var spo1Order = new List<int>(4);
        List<(int Chat, DateOnly Date)>? lateChats = null;
        DateOnly? lateBank = null;
        List<(string Path, string Message)>? pending = null;
        var place = $"$.colleges[{index}]";
        var chatWindow = (long)_cutoffDay - _profile.ChatActivityDays;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            position++;
            var rank = DocumentShape.College.Properties.Find(Name(ref reader));
            if (rank == 0)
            {
                Unknown(ref reader, ref order, string.Empty, ref pending);
                continue;
            }

            order.Seen(rank);
            reader.Read();
            switch (rank)
            {
                case 1:
                    id = reader.GetString();
                    break;
                case 2:
                    name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    break;
                case 3:
                    plan = ReadWorkPlan(ref reader, place, ref pending);
                    break;
                case 4:
                    items = ReadWebsiteSection(ref reader, place, ref pending);
                    break;
                case 5:
                    chatsAt = position;
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        for (var j = 0; reader.Read() && reader.TokenType == JsonTokenType.StartObject; j++)
                        {
                            var (members, lastActivity) = ReadChat(ref reader, place, j, ref pending);
                            chat |= members >= 1 && lastActivity is { } active && active.DayNumber >= chatWindow;
                            if (lastActivity > _cutoff)
                            {
                                (lateChats ??= []).Add((j, lastActivity.Value));
                            }
                        }
                    }

                    break;
                case 6:
                    bankAt = position;
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        var (url, vacancies, updatedOn) = ReadVacancyBank(ref reader, place, ref pending);
                        bank = vacancies >= 1 && url && updatedOn is { } updated && updated.DayNumber >= (long)_cutoffDay - _profile.VacancyFreshnessDays;
                        lateBank = updatedOn > _cutoff ? updatedOn : null;
                    }

                    break;
                case 7:
                    spo1 = ReadSpo1(ref reader, place, spo1Order, ref pending);
                    break;
                default:
                    ReadExtensions(ref reader, ref pending);
                    break;
            }
        }

        _layout.Record(place, order, DocumentShape.College);
        if (id is null)
        {
            throw new InvalidDataException($"{place}: a college has no id");
        }

        Colleges.Add(new CollegeSummary { Id = id, Name = name, Plan = plan, ChecklistItems = items, Chat = chat, Bank = bank, Spo1 = spo1, Spo1Order = [.. spo1Order] });
        var idBytes = Encoding.UTF8.GetBytes(id);
        _collegeIds.GetOrAdd(idBytes) = index;
        _collegeBytes.Add(idBytes);

        // DQ7 of its dates, in the order the college has its chats and its bank
        void Chats()
        {
            foreach (var (j, date) in lateChats ?? [])
            {
                _datesAfterCutoff[0].Add(FindingEntry.Of(new TextFinding(id, id, $"{place}.messengerChats[{j}].lastActivity", $"the chat's last activity {date:yyyy-MM-dd} is after the cut-off {_cutoff:yyyy-MM-dd}")));
            }
        }

        void Bank()
        {
            if (lateBank is { } date)
            {
                _datesAfterCutoff[0].Add(FindingEntry.Of(new TextFinding(id, id, $"{place}.vacancyBank.updatedOn", $"the vacancy bank was updated on {date:yyyy-MM-dd}, after the cut-off {_cutoff:yyyy-MM-dd}")));
            }
        }

        if (bankAt != 0 && bankAt < chatsAt)
        {
            Bank();
            Chats();
        }
        else
        {
            Chats();
            Bank();
        }

        // DQ9: a cohort's СПО-1 count above the total, in the order the file has them
        if (spo1 is not null)
        {
            foreach (var field in spo1Order)
            {
                if (field > 1 && spo1[field - 1] is { } count && count > spo1[0])
                {
                    _findings[9].Add(FindingEntry.Of(new TextFinding(id, id, $"{place}.spo1.{Spo1Fields[field - 1]}", $"СПО-1 gives {count} {Spo1Kinds[field - 1]}, more than its total of {spo1[0]}")));
                }
            }
        }

        AddUnknown(pending, id, id, place);
    }

    private bool ReadWorkPlan(ref Utf8JsonReader reader, string place, ref List<(string Path, string Message)>? pending)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        var order = default(PropertyOrder);
        bool approved = false, url = false, criteria = false;
        while (NextProperty(ref reader, DocumentShape.WorkPlan.Properties, ref order, ".workPlan", -1, ref pending, out var rank))
        {
            _ = rank switch
            {
                1 => approved = reader.TokenType == JsonTokenType.True,
                2 => url = reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > 0,
                _ => criteria = reader.TokenType == JsonTokenType.True,
            };
        }

        Record(place, ".workPlan", order, DocumentShape.WorkPlan);
        return approved && url && criteria;
    }

    private int ReadWebsiteSection(ref Utf8JsonReader reader, string place, ref List<(string Path, string Message)>? pending)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return 0;
        }

        var order = default(PropertyOrder);
        var items = 0;
        while (NextProperty(ref reader, DocumentShape.WebsiteSection.Properties, ref order, ".websiteSection", -1, ref pending, out var rank))
        {
            if (rank == 2 && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var item = reader.GetString()!;
                    reader.Read();
                    items += reader.TokenType == JsonTokenType.True && _checklist.Contains(item) ? 1 : 0;
                }
            }
        }

        Record(place, ".websiteSection", order, DocumentShape.WebsiteSection);
        return items;
    }

    private (int Members, DateOnly? LastActivity) ReadChat(ref Utf8JsonReader reader, string place, int chat, ref List<(string Path, string Message)>? pending)
    {
        var order = default(PropertyOrder);
        var members = 0;
        DateOnly? lastActivity = null;
        while (NextValue(ref reader, DocumentShape.MessengerChat.Properties, ref order, ".messengerChats", chat, ref pending, out var rank))
        {
            switch (rank)
            {
                case 2:
                    members = reader.GetInt32();
                    break;
                case 3:
                    lastActivity = Date(Text(ref reader));
                    break;
            }
        }

        Record(place, Relative(".messengerChats", chat), order, DocumentShape.MessengerChat);
        return (members, lastActivity);
    }

    private (bool Url, int Vacancies, DateOnly? UpdatedOn) ReadVacancyBank(ref Utf8JsonReader reader, string place, ref List<(string Path, string Message)>? pending)
    {
        var order = default(PropertyOrder);
        var url = false;
        var vacancies = 0;
        DateOnly? updatedOn = null;
        while (NextValue(ref reader, DocumentShape.VacancyBank.Properties, ref order, ".vacancyBank", -1, ref pending, out var rank))
        {
            switch (rank)
            {
                case 1:
                    url = reader.ValueSpan.Length > 0;
                    break;
                case 2:
                    vacancies = reader.GetInt32();
                    break;
                default:
                    updatedOn = Date(Text(ref reader));
                    break;
            }
        }

        Record(place, ".vacancyBank", order, DocumentShape.VacancyBank);
        return (url, vacancies, updatedOn);
    }

    private int?[]? ReadSpo1(ref Utf8JsonReader reader, string place, List<int> fields, ref List<(string Path, string Message)>? pending)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var order = default(PropertyOrder);
        var counts = new int?[4];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var rank = DocumentShape.Spo1.Properties.Find(Name(ref reader));
            if (rank == 0)
            {
                Unknown(ref reader, ref order, ".spo1", ref pending);
                continue;
            }

            order.Seen(rank);
            reader.Read();
            fields.Add(rank);
            counts[rank - 1] = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
        }

        Record(place, ".spo1", order, DocumentShape.Spo1);
        return counts[0] is null ? throw new InvalidDataException($"{place}.spo1.total is missing") : counts;
    }

    private void ReadEmployer(ref Utf8JsonReader reader, int index, int offset)
    {
        var order = default(PropertyOrder);
        IdRef? id = null;
        var defense = false;
        List<(string Path, string Message)>? pending = null;
        while (NextProperty(ref reader, DocumentShape.Employer.Properties, ref order, string.Empty, -1, ref pending, out var rank))
        {
            switch (rank)
            {
                case 1:
                    id = ReadId(ref reader, offset);
                    break;
                case 3:
                    defense = reader.TokenType == JsonTokenType.True;
                    break;
                case 4:
                    ReadExtensions(ref reader, ref pending);
                    break;
            }
        }

        var place = $"$.employers[{index}]";
        _layout.Record(place, order, DocumentShape.Employer);
        var employer = id ?? throw new InvalidDataException($"{place}: an employer has no id");
        _employerIds.GetOrAdd(Bytes(employer)) = index;
        _employers.Add(employer);
        _defense.Add(defense);
        if (pending is not null)
        {
            AddUnknown(pending, null, Encoding.UTF8.GetString(Bytes(employer)), place);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // long loops run once: compiled optimized at once
    private void ReadEvent(ref Utf8JsonReader reader, int index, int offset)
    {
        var order = default(PropertyOrder);
        IdRef id = default;
        int host = -1, kind = 0;
        DateOnly date = default;
        List<(string Path, string Message)>? pending = null;
        _eventParticipants.Clear();
        _eventEmployers.Clear();
        while (NextProperty(ref reader, DocumentShape.Event.Properties, ref order, string.Empty, -1, ref pending, out var rank))
        {
            switch (rank)
            {
                case 1:
                    id = ReadId(ref reader, offset);
                    break;
                case 2:
                    host = Position(_collegeIds, ref reader, "college");
                    break;
                case 3:
                    kind = KindNames.Find(Text(ref reader));
                    break;
                case 4:
                    date = Date(Text(ref reader));
                    break;
                case 5:
                    while (reader.TokenType != JsonTokenType.Null && reader.Read() && reader.TokenType == JsonTokenType.String)
                    {
                        _eventEmployers.Add(ReadId(ref reader, offset));
                    }

                    break;
                case 6:
                    while (reader.TokenType != JsonTokenType.Null && reader.Read() && reader.TokenType == JsonTokenType.String)
                    {
                        _eventParticipants.Add(ReadId(ref reader, offset));
                    }

                    break;
                default:
                    ReadExtensions(ref reader, ref pending);
                    break;
            }
        }

        var place = $"$.events[{index}]";
        _layout.Record(place, order, DocumentShape.Event);
        if (host < 0 || kind == 0)
        {
            throw new InvalidDataException($"{place}: an event without its college or kind");
        }

        var day = date.DayNumber;
        if (day >= _startDay && day <= _endDay)
        {
            foreach (var employer in _eventEmployers)
            {
                _collegeEmployers.Add((host, employer));
            }

            var bit = kind switch
            {
                <= 3 => 1, // master class, training, seminar
                <= 6 => 2, // job fair, career day, employer day
                _ => 0,
            };
            if (bit != 0)
            {
                // the participants' slots are fetched together, then updated: one wait for the memory, not one each
                _eventHashes.Clear();
                foreach (var participant in _eventParticipants)
                {
                    var hash = Utf8KeyMap.Hash(Bytes(participant));
                    _participants.Prefetch(hash);
                    _eventHashes.Add(hash);
                }

                for (var p = 0; p < _eventParticipants.Count; p++)
                {
                    _participants.GetOrAdd(Bytes(_eventParticipants[p]), _eventHashes[p]) |= bit;
                }
            }
        }

        if (day > _cutoffDay || pending is not null)
        {
            var collegeId = Colleges[host].Id;
            var eventId = Encoding.UTF8.GetString(Bytes(id));
            if (day > _cutoffDay)
            {
                _datesAfterCutoff[1].Add(FindingEntry.Of(new TextFinding(collegeId, eventId, $"{place}.date", $"the event is dated {date:yyyy-MM-dd}, after the cut-off {_cutoff:yyyy-MM-dd}")));
            }

            AddUnknown(pending, collegeId, eventId, place);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // long loops run once: compiled optimized at once
    private void ReadGraduate(ref Utf8JsonReader reader, int index, int offset)
    {
        var order = default(PropertyOrder);
        var g = default(GraduateSummary);
        IdRef id = default;
        int college = -1, outcomeEmployer = -1, contractEmployer = -1, idHash = 0;
        bool outcome = false, employerNamed = false;
        List<(string Path, string Message)>? pending = null;
        while (NextProperty(ref reader, DocumentShape.Graduate.Properties, ref order, string.Empty, -1, ref pending, out var rank))
        {
            switch (rank)
            {
                case 1:
                    id = ReadId(ref reader, offset);
                    idHash = Utf8KeyMap.Hash(Bytes(id));
                    _participants.Prefetch(idHash); // looked up once the record is read
                    break;
                case 2:
                    college = _lastCollege >= 0 && Text(ref reader).SequenceEqual(_collegeBytes[_lastCollege])
                        ? _lastCollege
                        : _lastCollege = Position(_collegeIds, ref reader, "college");
                    break;
                case 3: // specialty: no criterion counts it
                    break;
                case 4:
                    while (reader.TokenType != JsonTokenType.Null && reader.Read() && reader.TokenType == JsonTokenType.String)
                    {
                        g.Health |= (HealthCategories)(1 << (HealthNames.Find(Text(ref reader)) - 1));
                    }

                    break;
                case 5:
                    ReadAis(ref reader, index, ref g, ref pending);
                    break;
                case 6:
                    g.YoungSpecialistEligible = reader.TokenType == JsonTokenType.True;
                    break;
                case 7:
                    var support = ReadFlags(ref reader, DocumentShape.Support, index, ".support", -1, ref pending);
                    g.RegionalMeasures = (support & 1) != 0;
                    g.ResumeAndInterview = (support & 2) != 0;
                    break;
                case 8:
                    for (var j = 0; reader.TokenType != JsonTokenType.Null && reader.Read() && reader.TokenType == JsonTokenType.StartObject; j++)
                    {
                        var resume = ReadFlags(ref reader, DocumentShape.Resume, index, ".resumes", j, ref pending);
                        g.PostedResumes += resume & 1;
                        g.CorrectResumes += resume == 3 ? 1 : 0;
                    }

                    break;
                case 9:
                    g.AtRisk = reader.TokenType == JsonTokenType.True;
                    break;
                case 10:
                    g.DiagnosticsRecommendation = ReadFlags(ref reader, DocumentShape.Guidance, index, ".guidance", -1, ref pending) != 0;
                    break;
                case 11:
                    g.Invited = reader.TokenType == JsonTokenType.Number && reader.GetInt32() >= 1;
                    break;
                case 12:
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        g.HasContract = true;
                        contractEmployer = ReadContract(ref reader, index, ref pending);
                    }

                    break;
                case 13:
                    outcome = true;
                    (outcomeEmployer, employerNamed) = ReadOutcome(ref reader, index, ref g, ref pending);
                    break;
                default:
                    ReadExtensions(ref reader, ref pending);
                    break;
            }
        }

        if (!order.InContractOrder)
        {
            _layout.Record($"$.graduates[{index}]", order, DocumentShape.Graduate);
        }

        if (college < 0 || id.Length == 0 || !outcome)
        {
            throw new InvalidDataException($"$.graduates[{index}]: a graduate without its id, college or outcome");
        }

        g.Attended = _participants.TryGetValue(Bytes(id), idHash, out var attended) ? attended : 0;
        g.DefenseEmployer = outcomeEmployer >= 0 && _defense[outcomeEmployer];
        g.ContractEmployer = outcomeEmployer >= 0 && outcomeEmployer == contractEmployer;
        _counters!.Add(college, g);

        // The rules' warnings: one finding per rule and graduate, in graduate order (document order).
        var status = (int)g.Status;
        if (g.TrackFormed && !g.Registered)
        {
            _findings[4].Add(new(FindingTemplate.TrackWithoutRegistration, index, college, id, 0, null));
        }

        if (g.TrackStatus is { } trackStatus && trackStatus != g.Status)
        {
            _findings[5].Add(new(FindingTemplate.TrackStatusContradiction, index, college, id, ((int)trackStatus << 8) | status, null));
        }

        if (g.Status == EmploymentStatus.Employed && !employerNamed)
        {
            _findings[6].Add(new(FindingTemplate.EmployedWithoutEmployer, index, college, id, 0, null));
        }

        if (g.TrackUpdated && g.TrackUpdatedDay > _cutoffDay)
        {
            _datesAfterCutoff[2].Add(new(FindingTemplate.TrackUpdatedAfterCutoff, index, college, id, g.TrackUpdatedDay, null));
        }

        if ((g.Health & (HealthCategories.Disabled | HealthCategories.DisabledChild)) == (HealthCategories.Disabled | HealthCategories.DisabledChild))
        {
            _findings[11].Add(new(FindingTemplate.ExclusiveHealthCategories, index, college, id, 0, null));
        }

        if (g.Status == EmploymentStatus.Unknown)
        {
            _findings[12].Add(new(FindingTemplate.UnknownOutcomeStatus, index, college, id, 0, null));
        }

        if (!g.AtRisk && _counters!.IsAtRiskStatus(g.Status))
        {
            _findings[13].Add(new(FindingTemplate.AtRiskNotFlagged, index, college, id, status, null));
        }

        if (pending is not null)
        {
            AddUnknown(pending, Colleges[college].Id, Encoding.UTF8.GetString(Bytes(id)), $"$.graduates[{index}]", _graduatesUnknown);
        }
    }

    private void ReadAis(ref Utf8JsonReader reader, int index, ref GraduateSummary g, ref List<(string Path, string Message)>? pending)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        var order = default(PropertyOrder);
        while (NextProperty(ref reader, DocumentShape.Ais.Properties, ref order, ".ais", -1, ref pending, out var rank))
        {
            if (rank == 1)
            {
                g.Registered = reader.TokenType == JsonTokenType.True;
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadTrack(ref reader, index, ref g, ref pending);
            }
        }

        if (!order.InContractOrder)
        {
            _layout.Record($"$.graduates[{index}].ais", order, DocumentShape.Ais);
        }
    }

    private void ReadTrack(ref Utf8JsonReader reader, int index, ref GraduateSummary g, ref List<(string Path, string Message)>? pending)
    {
        var order = default(PropertyOrder);
        while (NextValue(ref reader, DocumentShape.CareerTrack.Properties, ref order, ".ais.careerTrack", -1, ref pending, out var rank))
        {
            switch (rank)
            {
                case 1:
                    g.TrackFormed = reader.TokenType == JsonTokenType.True;
                    break;
                case 2:
                    g.TrackUpdated = true;
                    g.TrackUpdatedDay = Date(Text(ref reader)).DayNumber;
                    break;
                default:
                    g.TrackStatus = Status(ref reader);
                    break;
            }
        }

        if (!order.InContractOrder)
        {
            _layout.Record($"$.graduates[{index}].ais.careerTrack", order, DocumentShape.CareerTrack);
        }
    }

    private int ReadContract(ref Utf8JsonReader reader, int index, ref List<(string Path, string Message)>? pending)
    {
        var order = default(PropertyOrder);
        var employer = -1;
        while (NextProperty(ref reader, DocumentShape.TargetedContract.Properties, ref order, ".targetedContract", -1, ref pending, out var rank))
        {
            employer = Employer(ref reader);
        }

        if (!order.InContractOrder)
        {
            _layout.Record($"$.graduates[{index}].targetedContract", order, DocumentShape.TargetedContract);
        }

        return employer;
    }

    private (int Employer, bool Named) ReadOutcome(ref Utf8JsonReader reader, int index, ref GraduateSummary g, ref List<(string Path, string Message)>? pending)
    {
        var order = default(PropertyOrder);
        var employer = -1;
        bool named = false, status = false;
        while (NextProperty(ref reader, DocumentShape.Outcome.Properties, ref order, ".outcome", -1, ref pending, out var rank))
        {
            switch (rank)
            {
                case 1:
                    g.Status = Status(ref reader);
                    status = true;
                    break;
                case 2:
                    named = reader.TokenType == JsonTokenType.String;
                    employer = named ? Employer(ref reader) : -1;
                    break;
                default:
                    g.ByProfile = reader.TokenType == JsonTokenType.True;
                    break;
            }
        }

        if (!order.InContractOrder)
        {
            _layout.Record($"$.graduates[{index}].outcome", order, DocumentShape.Outcome);
        }

        return status ? (employer, named) : throw new InvalidDataException($"$.graduates[{index}].outcome.status is missing");
    }

    /// <summary>An object of flags only (support, a resume, guidance): bit r − 1 set for the property of rank r that is true.</summary>
    private int ReadFlags(ref Utf8JsonReader reader, DocumentShape shape, int index, string relative, int element, ref List<(string Path, string Message)>? pending)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return 0;
        }

        var order = default(PropertyOrder);
        var flags = 0;
        while (NextProperty(ref reader, shape.Properties, ref order, relative, element, ref pending, out var rank))
        {
            flags |= reader.TokenType == JsonTokenType.True ? 1 << (rank - 1) : 0;
        }

        if (!order.InContractOrder)
        {
            _layout.Record($"$.graduates[{index}]{Relative(relative, element)}", order, shape);
        }

        return flags;
    }

    /// <summary>A record's <c>extensions</c>: each plugin id but the standard catalog's is read by no loaded plugin (DQ10).</summary>
    private static void ReadExtensions(ref Utf8JsonReader reader, ref List<(string Path, string Message)>? pending)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            reader.Skip();
            if (key != StandardCatalog.Id)
            {
                (pending ??= []).Add((PathText.Property(".extensions", key), $"the extension '{key}' is kept, but no plugin is loaded to read it"));
            }
        }
    }

    /// <summary>A property the contract does not have (DQ10): noted in the object's order, its value skipped.</summary>
    /// <summary>
    /// Moves to the value of an object's next property that the contract knows and that is not null (null reads as
    /// absent), noting each property's place in the contract and each unknown one (DQ10, under
    /// <paramref name="parent"/>, element <paramref name="element"/> when not −1); false at the object's end.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool NextValue(ref Utf8JsonReader reader, Utf8NameTable properties, ref PropertyOrder order, string parent, int element, ref List<(string Path, string Message)>? pending, out int rank)
    {
        while (NextProperty(ref reader, properties, ref order, parent, element, ref pending, out rank))
        {
            if (reader.TokenType != JsonTokenType.Null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>As <see cref="NextValue"/>, a null value included.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool NextProperty(ref Utf8JsonReader reader, Utf8NameTable properties, ref PropertyOrder order, string parent, int element, ref List<(string Path, string Message)>? pending, out int rank)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            rank = properties.Find(Name(ref reader));
            if (rank == 0)
            {
                Unknown(ref reader, ref order, Relative(parent, element), ref pending);
                continue;
            }

            order.Seen(rank);
            reader.Read();
            return true;
        }

        rank = 0;
        return false;
    }

    private static void Unknown(ref Utf8JsonReader reader, ref PropertyOrder order, string parent, ref List<(string Path, string Message)>? pending)
    {
        var name = reader.GetString()!;
        order.SeenUnknown(name);
        (pending ??= []).Add((PathText.Property(parent, name), UnknownMessage(name)));
        reader.Read();
        reader.Skip();
    }

    private void AddUnknown(List<(string Path, string Message)>? pending, string? collegeId, string recordId, string place, List<TextFinding>? to = null)
    {
        foreach (var (path, message) in pending ?? [])
        {
            (to ?? _unknown).Add(new TextFinding(collegeId, recordId, place + path, message));
        }
    }

    private void Record(string place, string relative, in PropertyOrder order, DocumentShape shape)
    {
        if (!order.InContractOrder)
        {
            _layout.Record(place + relative, order, shape);
        }
    }

    /// <summary>DQ3: each college's СПО-1 count that differs from its graduate records, in the order the file has the counts.</summary>
    private void CheckContingents()
    {
        for (var c = 0; c < Colleges.Count; c++)
        {
            var college = Colleges[c];
            if (college.Spo1 is not { } spo1)
            {
                continue;
            }

            foreach (var field in college.Spo1Order)
            {
                var cohort = field == 1 ? Cohort.All : (Cohort)field; // Disabled = 2, DisabledChild = 3, LimitedHealth = 4
                var actual = Counters.Contingent(c, cohort);
                if (spo1[field - 1] is { } count && count != actual)
                {
                    _findings[3].Add(FindingEntry.Of(new TextFinding(
                        college.Id,
                        college.Id,
                        $"$.colleges[{c}].spo1.{Spo1Fields[field - 1]}",
                        $"cohort {Spo1CohortNames[field - 1]}: the dataset has {actual} graduate records, report СПО-1 gives {count}")));
                }
            }
        }
    }

    /// <summary>DQ10 in document order: by path (the file's order of each object's properties), then by message.</summary>
    private void SortUnknown()
    {
        _unknown.AddRange(_graduatesUnknown);
        if (_unknown.Count == 0)
        {
            return;
        }

        var order = new DocumentPathOrder(_layout);
        var keys = _unknown.Select(f => order.Key(f.Path)).ToArray();
        var positions = Enumerable.Range(0, _unknown.Count).ToArray();
        Array.Sort(positions, (a, b) =>
        {
            var byPath = DocumentPathOrder.Compare(keys[a], keys[b]);
            if (byPath != 0)
            {
                return byPath;
            }

            var byMessage = string.CompareOrdinal(_unknown[a].Message, _unknown[b].Message);
            return byMessage != 0 ? byMessage : a.CompareTo(b);
        });
        _findings[10].AddRange(positions.Select(p => FindingEntry.Of(_unknown[p])));
    }

    private static EmploymentStatus Status(ref Utf8JsonReader reader)
    {
        var position = StatusNames.Find(reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan);
        return position > 0 ? (EmploymentStatus)(position - 1) : throw new InvalidDataException($"'{reader.GetString()}' is not a status");
    }

    /// <summary>The position of the employer a graduate names; -1 while the employers are not read yet (the graduates are then read again).</summary>
    private int Employer(ref Utf8JsonReader reader)
    {
        if (_read[EmployersSection])
        {
            return Position(_employerIds, ref reader, "employer");
        }

        _employerNamedEarly = true;
        return -1;
    }

    /// <summary>The position of the record an id names, by its unescaped bytes.</summary>
    private int Position(Utf8KeyMap records, ref Utf8JsonReader reader, string kind) =>
        records.TryGetValue(Text(ref reader), out var position) ? position : throw new InvalidDataException($"no {kind} '{reader.GetString()}'");

    /// <summary>Where an id's bytes are: in the file, or (written with escapes) in the copy of unescaped ids.</summary>
    private IdRef ReadId(ref Utf8JsonReader reader, int offset)
    {
        if (!reader.ValueIsEscaped)
        {
            return new IdRef(offset + (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, Unescaped: false);
        }

        var text = Text(ref reader);
        if (_unescapedUsed + text.Length > _unescaped.Length)
        {
            Array.Resize(ref _unescaped, Math.Max(_unescaped.Length * 2, _unescapedUsed + text.Length));
        }

        text.CopyTo(_unescaped.AsSpan(_unescapedUsed));
        _unescapedUsed += text.Length;
        return new IdRef(_unescapedUsed - text.Length, text.Length, Unescaped: true);
    }

    /// <summary>A property name's unescaped bytes (valid until the next call).</summary>
    private ReadOnlySpan<byte> Name(ref Utf8JsonReader reader) => Text(ref reader);

    /// <summary>A string token's unescaped bytes (valid until the next call).</summary>
    private ReadOnlySpan<byte> Text(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        if (_scratch.Length < reader.ValueSpan.Length)
        {
            _scratch = new byte[reader.ValueSpan.Length];
        }

        return _scratch.AsSpan(0, reader.CopyString(_scratch));
    }
}
