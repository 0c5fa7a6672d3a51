using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Json.Converters;

namespace Criteria.Json;

/// <summary>
/// Binds a record — a graduate, an event or an employer — straight from the UTF-8 bytes of its object,
/// for the common case only: every object's properties in the contract's order, no unknown property,
/// no extension, no escaped name or text, every value of its type and within the contract's limits.
/// Anything else — including every error — is declined (the <c>TryRead…</c> methods return false and the
/// caller reads the object again with the contract's serializer), so the messages, paths, findings and
/// layout stay those of one reader. The records it makes are those <see cref="DatasetBinder"/> makes
/// from the same object, shared parts and strings included. Not thread-safe: one per binder.
/// </summary>
internal sealed class RecordUtf8Reader(DatasetBinder binder)
{
    private const int MaxLength = ContractLimits.MaxStringLength; // bytes: never more UTF-16 units than UTF-8 bytes

    private static readonly byte[][] GraduateNames =
    [
        "id"u8.ToArray(), "collegeId"u8.ToArray(), "specialty"u8.ToArray(), "health"u8.ToArray(), "ais"u8.ToArray(),
        "youngSpecialistEligible"u8.ToArray(), "support"u8.ToArray(), "resumes"u8.ToArray(), "atRisk"u8.ToArray(),
        "guidance"u8.ToArray(), "vacancyInvitations"u8.ToArray(), "targetedContract"u8.ToArray(), "outcome"u8.ToArray(),
        "extensions"u8.ToArray(),
    ];

    private static readonly byte[][] AisNames = ["registered"u8.ToArray(), "careerTrack"u8.ToArray()];
    private static readonly byte[][] TrackNames = ["formed"u8.ToArray(), "updatedOn"u8.ToArray(), "status"u8.ToArray()];
    private static readonly byte[][] SupportNames = ["regionalMeasures"u8.ToArray(), "resumeAndInterview"u8.ToArray()];
    private static readonly byte[][] ResumeNames = ["postedInAis"u8.ToArray(), "correct"u8.ToArray()];
    private static readonly byte[][] GuidanceNames = ["diagnosticsRecommendation"u8.ToArray()];
    private static readonly byte[][] ContractNames = ["employerId"u8.ToArray()];
    private static readonly byte[][] OutcomeNames = ["status"u8.ToArray(), "employerId"u8.ToArray(), "byProfile"u8.ToArray()];
    private static readonly byte[][] HealthNames = ["disabled"u8.ToArray(), "disabledChild"u8.ToArray(), "limitedHealth"u8.ToArray()];
    private static readonly HealthCategories[] HealthFlags = [HealthCategories.Disabled, HealthCategories.DisabledChild, HealthCategories.LimitedHealth];
    private static readonly byte[][] EventNames =
    [
        "id"u8.ToArray(), "collegeId"u8.ToArray(), "kind"u8.ToArray(), "date"u8.ToArray(), "employerIds"u8.ToArray(),
        "participantIds"u8.ToArray(), "extensions"u8.ToArray(),
    ];

    private static readonly byte[][] EmployerNames = ["id"u8.ToArray(), "name"u8.ToArray(), "defenseIndustry"u8.ToArray(), "extensions"u8.ToArray()];
    private static readonly byte[][] KindNames = [.. ContractEnumConverter<EventKind>.Utf8Names];

    private static readonly byte[][] StatusNames = [.. ContractEnumConverter<EmploymentStatus>.Utf8Names];

    private readonly List<Resume> _resumes = [];
    private readonly List<string> _ids = [];

    /// <summary>Reads the graduate object the reader is at (its start token) to its end token, or declines.</summary>
    /// <param name="reader">At the object's start; at its end when this returns true, anywhere inside it otherwise.</param>
    /// <param name="graduate">The record.</param>
    /// <returns>False when the object is not the common case: read it again with the serializer.</returns>
    public bool TryRead(ref Utf8JsonReader reader, [NotNullWhen(true)] out Graduate? graduate)
    {
        graduate = null;
        string? id = null, collegeId = null, specialty = null;
        var health = HealthCategories.None;
        var ais = AisRegistration.None;
        bool? young = null, atRisk = null;
        var support = GraduateSupport.None;
        ValueArray<Resume> resumes = default;
        var guidance = Guidance.None;
        var invitations = 0;
        TargetedContract? contract = null;
        Outcome? outcome = null;
        var rank = 0;
        var ended = false;
        while (NextProperty(ref reader, GraduateNames, ref rank, out ended))
        {
            var ok = rank switch
            {
                1 => ReadId(ref reader, out id),
                2 => ReadSharedId(ref reader, out collegeId),
                3 => ReadShared(ref reader, out specialty),
                4 => ReadHealth(ref reader, out health),
                5 => ReadAis(ref reader, out ais),
                6 => ReadFlag(ref reader, out young),
                7 => ReadSupport(ref reader, out support),
                8 => ReadResumes(ref reader, out resumes),
                9 => ReadFlag(ref reader, out atRisk),
                10 => ReadGuidance(ref reader, out guidance),
                11 => ReadCount(ref reader, out invitations),
                12 => ReadContract(ref reader, out contract),
                13 => ReadOutcome(ref reader, out outcome),
                _ => reader.TokenType == JsonTokenType.Null, // extensions: only their absence is the common case
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!ended || id is null || collegeId is null || outcome is null)
        {
            return false;
        }

        graduate = new Graduate
        {
            Id = id,
            CollegeId = collegeId,
            Specialty = specialty,
            Health = health,
            Ais = ais,
            YoungSpecialistEligible = young ?? false,
            Support = support,
            Resumes = resumes,
            AtRisk = atRisk ?? false,
            Guidance = guidance,
            VacancyInvitations = invitations,
            TargetedContract = contract,
            Outcome = outcome,
        };
        return true;
    }

    /// <summary>Reads the event object the reader is at to its end token, or declines (see <see cref="TryRead"/>).</summary>
    public bool TryReadEvent(ref Utf8JsonReader reader, [NotNullWhen(true)] out CareerEvent? careerEvent)
    {
        careerEvent = null;
        string? id = null, collegeId = null;
        EventKind? kind = null;
        DateOnly? date = null;
        ValueArray<string> employers = default, participants = default;
        var rank = 0;
        var ended = false;
        while (NextProperty(ref reader, EventNames, ref rank, out ended))
        {
            var ok = rank switch
            {
                1 => ReadId(ref reader, out id),
                2 => ReadSharedId(ref reader, out collegeId),
                3 => ReadKind(ref reader, out kind),
                4 => ReadDate(ref reader, out date),
                5 => ReadIds(ref reader, out employers, participants: false),
                6 => ReadIds(ref reader, out participants, participants: true),
                _ => reader.TokenType == JsonTokenType.Null,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!ended || id is null || collegeId is null || kind is not { } k || date is not { } d)
        {
            return false;
        }

        careerEvent = new CareerEvent { Id = id, CollegeId = collegeId, Kind = k, Date = d, EmployerIds = employers, ParticipantIds = participants };
        return true;
    }

    /// <summary>Reads the employer object the reader is at to its end token, or declines (see <see cref="TryRead"/>).</summary>
    public bool TryReadEmployer(ref Utf8JsonReader reader, [NotNullWhen(true)] out Employer? employer)
    {
        employer = null;
        string? id = null, name = null;
        bool? defense = null;
        var rank = 0;
        var ended = false;
        while (NextProperty(ref reader, EmployerNames, ref rank, out ended))
        {
            var ok = rank switch
            {
                1 => ReadSharedId(ref reader, out id),
                2 => reader.TokenType == JsonTokenType.Null || (IsPlainText(ref reader) && DatasetBinder.TryDecode(reader.ValueSpan, out name)),
                3 => ReadFlag(ref reader, out defense),
                _ => reader.TokenType == JsonTokenType.Null,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!ended || id is null)
        {
            return false;
        }

        employer = new Employer { Id = id, Name = name, DefenseIndustry = defense ?? false };
        return true;
    }

    /// <summary>A list of ids: null or empty is none; each id non-empty text; employers' ids shared (a few thousand), participants' not (a graduate's own).</summary>
    private bool ReadIds(ref Utf8JsonReader reader, out ValueArray<string> value, bool participants)
    {
        value = default;
        _ids.Clear();
        var state = (Reader: this, Participants: participants);
        if (!ReadArray(ref reader, ref state, static (ref Utf8JsonReader r, ref (RecordUtf8Reader Reader, bool Participants) s) =>
            {
                string? id = null;
                var ok = s.Participants ? ReadId(ref r, out id) : s.Reader.ReadSharedId(ref r, out id);
                if (ok && id is not null)
                {
                    s.Reader._ids.Add(id);
                }

                return ok && id is not null; // null or empty: the serializer's reading names it
            }))
        {
            return false;
        }

        if (_ids.Count > 0)
        {
            value = ValueArray<string>.TakeOwnership([.. _ids]);
        }

        return true;
    }

    private static bool ReadKind(ref Utf8JsonReader reader, out EventKind? value)
    {
        var found = IndexOfName(ref reader, KindNames);
        value = found >= 0 ? (EventKind)found : null;
        return found >= 0;
    }

    /// <summary>The place among <paramref name="names"/> of the plain text the reader is at; -1 when none (or not plain text).</summary>
    private static int IndexOfName(ref Utf8JsonReader reader, byte[][] names)
    {
        if (IsPlainText(ref reader))
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (reader.ValueSpan.SequenceEqual(names[i]))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// Moves to the next property of an object and its value: true with <paramref name="rank"/> its
    /// 1-based place among <paramref name="names"/> (after the previous one: the contract's order); false
    /// at the object's end (<paramref name="ended"/> true) or when the property is not the common case or
    /// the data ends first (<paramref name="ended"/> false: the data may end after a nested object's end).
    /// </summary>
    private static bool NextProperty(ref Utf8JsonReader reader, byte[][] names, ref int rank, out bool ended)
    {
        ended = false;
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            ended = true;
            return false;
        }

        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return false;
        }

        var name = reader.ValueSpan;
        for (var i = rank; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                rank = i + 1;
                return reader.Read();
            }
        }

        return false; // unknown, repeated or out of order: declined
    }

    /// <summary>Reads an object of flags and values property by property; false when it is not the common case.</summary>
    private static bool ReadObject<TState>(ref Utf8JsonReader reader, byte[][] names, ref TState state, ReadValue<TState> read)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var rank = 0;
        var ended = false;
        while (NextProperty(ref reader, names, ref rank, out ended))
        {
            if (!read(ref reader, rank, ref state))
            {
                return false;
            }
        }

        return ended;
    }

    private delegate bool ReadValue<TState>(ref Utf8JsonReader reader, int rank, ref TState state);

    private static bool ReadFlag(ref Utf8JsonReader reader, out bool? value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null,
        };
        return value is not null || reader.TokenType == JsonTokenType.Null;
    }

    private static bool ReadCount(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Null
            || (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value) && value >= 0);
    }

    private static bool ReadDate(ref Utf8JsonReader reader, out DateOnly? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.String && ContractDateConverter.TryParse(ref reader, out var date))
        {
            value = date;
            return true;
        }

        return false;
    }

    private static bool ReadStatus(ref Utf8JsonReader reader, out EmploymentStatus? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        var found = IndexOfName(ref reader, StatusNames);
        value = found >= 0 ? (EmploymentStatus)found : null;
        return found >= 0;
    }

    private static bool ReadHealth(ref Utf8JsonReader reader, out HealthCategories value)
    {
        value = HealthCategories.None;
        return ReadArray(ref reader, ref value, static (ref Utf8JsonReader r, ref HealthCategories health) =>
        {
            var found = IndexOfName(ref r, HealthNames);
            if (found >= 0)
            {
                health |= HealthFlags[found];
            }

            return found >= 0;
        });
    }

    /// <summary>
    /// Reads an array item by item (<c>null</c> is an empty one); false when an item is not the common
    /// case or the data ends first, true at the array's end.
    /// </summary>
    private static bool ReadArray<TState>(ref Utf8JsonReader reader, ref TState state, ReadItem<TState> read)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return true;
            }

            if (!read(ref reader, ref state))
            {
                return false;
            }
        }

        return false;
    }

    private delegate bool ReadItem<TState>(ref Utf8JsonReader reader, ref TState state);

    private bool ReadAis(ref Utf8JsonReader reader, out AisRegistration value)
    {
        value = AisRegistration.None;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        var state = new AisState();
        if (!ReadObject(ref reader, AisNames, ref state, static (ref Utf8JsonReader r, int rank, ref AisState s) => rank == 1
                ? ReadFlag(ref r, out s.Registered)
                : r.TokenType == JsonTokenType.Null || ReadObject(ref r, TrackNames, ref s, static (ref Utf8JsonReader t, int field, ref AisState s) =>
                    field switch
                    {
                        1 => ReadFlag(ref t, out s.Formed),
                        2 => ReadDate(ref t, out s.UpdatedOn),
                        _ => ReadStatus(ref t, out s.Status),
                    }) && MarkTrack(ref s)))
        {
            return false;
        }

        value = state.HasTrack
            ? binder.Ais(state.Registered ?? false, state.Formed ?? false, state.UpdatedOn, state.Status)
            : DatasetBinder.Ais(state.Registered ?? false);
        return true;
    }

    private static bool MarkTrack(ref AisState state)
    {
        state.HasTrack = true; // an empty track object is a track
        return true;
    }

    private static bool ReadSupport(ref Utf8JsonReader reader, out GraduateSupport value)
    {
        value = GraduateSupport.None;
        if (!ReadFlags(ref reader, SupportNames, out var flags))
        {
            return false;
        }

        value = flags is { } given ? DatasetBinder.Support(given.First == true, given.Second == true) : GraduateSupport.None;
        return true;
    }

    /// <summary>An object of up to two flags (support, a resume, guidance): null for <c>null</c>; false when not the common case.</summary>
    private static bool ReadFlags(ref Utf8JsonReader reader, byte[][] names, out TwoFlags? flags)
    {
        flags = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        var read = new TwoFlags();
        if (!ReadObject(ref reader, names, ref read, ReadTwoFlags))
        {
            return false;
        }

        flags = read;
        return true;
    }

    private bool ReadResumes(ref Utf8JsonReader reader, out ValueArray<Resume> value)
    {
        value = default;
        _resumes.Clear();
        var resumes = _resumes;
        if (!ReadArray(ref reader, ref resumes, static (ref Utf8JsonReader r, ref List<Resume> list) =>
            {
                if (!ReadFlags(ref r, ResumeNames, out var flags) || flags is not { } resume)
                {
                    return false; // a null resume is an error the serializer's reading names
                }

                list.Add(DatasetBinder.Resume(resume.First == true, resume.Second == true));
                return true;
            }))
        {
            return false;
        }

        if (_resumes.Count > 0)
        {
            value = binder.Resumes(_resumes);
        }

        return true;
    }

    private static bool ReadTwoFlags(ref Utf8JsonReader reader, int rank, ref TwoFlags flags) =>
        rank == 1 ? ReadFlag(ref reader, out flags.First) : ReadFlag(ref reader, out flags.Second);

    private static bool ReadGuidance(ref Utf8JsonReader reader, out Guidance value)
    {
        value = Guidance.None;
        if (!ReadFlags(ref reader, GuidanceNames, out var flags))
        {
            return false;
        }

        value = DatasetBinder.Guidance(flags?.First == true);
        return true;
    }

    private bool ReadContract(ref Utf8JsonReader reader, out TargetedContract? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        var state = new TextState(this);
        if (!ReadObject(ref reader, ContractNames, ref state, static (ref Utf8JsonReader r, int _, ref TextState s) => s.Reader.ReadSharedId(ref r, out s.Text))
            || state.Text is null)
        {
            return false; // an absent or empty employer id is an error the serializer's reading names
        }

        value = new TargetedContract { EmployerId = state.Text };
        return true;
    }

    private bool ReadOutcome(ref Utf8JsonReader reader, out Outcome? value)
    {
        value = null;
        var state = new OutcomeState(this);
        if (!ReadObject(ref reader, OutcomeNames, ref state, static (ref Utf8JsonReader r, int rank, ref OutcomeState s) => rank switch
            {
                1 => ReadStatus(ref r, out s.Status),
                2 => s.Reader.ReadShared(ref r, out s.EmployerId),
                _ => ReadFlag(ref r, out s.ByProfile),
            })
            || state.Status is not { } status)
        {
            return false;
        }

        value = binder.Outcome(status, state.EmployerId, state.ByProfile ?? false);
        return true;
    }

    /// <summary>A record's own id: a new string, never empty.</summary>
    private static bool ReadId(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        return IsPlainText(ref reader) && reader.ValueSpan.Length > 0 && DatasetBinder.TryDecode(reader.ValueSpan, out value);
    }

    /// <summary>An id that repeats across records (a college's, an employer's): shared, never empty.</summary>
    private bool ReadSharedId(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        return IsPlainText(ref reader) && reader.ValueSpan.Length > 0 && binder.TryShare(reader.ValueSpan, out value);
    }

    /// <summary>Optional text that repeats across records: null, or shared.</summary>
    private bool ReadShared(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        return reader.TokenType == JsonTokenType.Null || (IsPlainText(ref reader) && binder.TryShare(reader.ValueSpan, out value));
    }

    /// <summary>A string token without escapes within the length limit (longer or escaped text is declined).</summary>
    private static bool IsPlainText(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= MaxLength;

    private struct TwoFlags
    {
        public bool? First;
        public bool? Second;
    }

    private struct AisState
    {
        public bool? Registered;
        public bool HasTrack;
        public bool? Formed;
        public DateOnly? UpdatedOn;
        public EmploymentStatus? Status;
    }

    private struct TextState(RecordUtf8Reader reader)
    {
        public readonly RecordUtf8Reader Reader = reader;
        public string? Text;
    }

    private struct OutcomeState(RecordUtf8Reader reader)
    {
        public readonly RecordUtf8Reader Reader = reader;
        public EmploymentStatus? Status;
        public string? EmployerId;
        public bool? ByProfile;
    }
}
