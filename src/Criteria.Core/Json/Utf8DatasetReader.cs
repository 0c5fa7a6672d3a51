using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Criteria.Json.Contract;
using Criteria.Json.Converters;

namespace Criteria.Json;

/// <summary>
/// Reads a dataset document in the common case straight from its UTF-8 bytes, through a buffer the
/// stream fills: the top-level properties in the contract's order, then each section element by
/// element (the buffer holds one record at a time) — an employer, an event or a graduate bound from its
/// bytes (<see cref="RecordUtf8Reader"/>) when it is the common case, any other element (and every
/// college) read by the contract's serializer on its own. A document it does not expect (another order,
/// an unknown or repeated top-level property, anything after the root) is declined: null, and the
/// caller reads it again with the serializer alone, whose findings and errors are the contract's. An
/// error met inside is thrown as it comes; the caller reads again to report it exactly.
/// </summary>
internal sealed class Utf8DatasetReader
{
    private const int InitialBuffer = 1 << 20;

    private static readonly byte[][] Names =
    [
        "schemaVersion"u8.ToArray(), "region"u8.ToArray(), "period"u8.ToArray(), "colleges"u8.ToArray(),
        "employers"u8.ToArray(), "events"u8.ToArray(), "graduates"u8.ToArray(),
    ];

    private static readonly SchemaVersionConverter SchemaVersion = new();
    private static readonly ContractStringConverter Text = new();

    private readonly DatasetBinder _binder;
    private readonly DatasetDocument _document = new();
    private readonly JsonSerializerOptions _options = ContractJsonContext.Reading.Options;
    private GraduateDocuments? _graduates;
    private Phase _phase;
    private int _rank;
    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = ContractLimits.MaxDepth });

    private Utf8DatasetReader(DatasetBinder binder) => _binder = binder;

    private enum Phase
    {
        Root,
        Properties,
        Section,
        AfterRoot,
        Done,
        Declined,
    }

    /// <summary>Reads a whole document in memory (no byte order mark); null when declined.</summary>
    public static DatasetDocument? TryRead(ReadOnlySpan<byte> utf8Json, DatasetBinder binder)
    {
        var reader = new Utf8DatasetReader(binder);
        using (binder.Enter())
        {
            reader.Step(utf8Json, isFinalBlock: true);
        }

        return reader._phase == Phase.Done ? reader._document : null;
    }

    /// <summary>Reads a document from a stream, a buffer at a time (a byte order mark is skipped); null when declined.</summary>
    public static async Task<DatasetDocument?> TryReadAsync(Stream utf8Json, DatasetBinder binder, CancellationToken cancellationToken)
    {
        var reader = new Utf8DatasetReader(binder);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        try
        {
            int start = 0, end = 0;
            var final = false;
            var preambleChecked = false;
            while (true)
            {
                // Keep what is not consumed, make room (twice the size when a value fills the buffer), read more.
                if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, end).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await utf8Json.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                end += read;
                final = read == 0;
                if (!preambleChecked)
                {
                    if (end < 3 && !final)
                    {
                        continue;
                    }

                    preambleChecked = true;
                    start = buffer.AsSpan(0, end).StartsWith(Encoding.UTF8.Preamble) ? 3 : 0; // skipped, as the serializer does
                }

                cancellationToken.ThrowIfCancellationRequested();
                int consumed;
                using (binder.Enter())
                {
                    consumed = reader.Step(buffer.AsSpan(start, end - start), final);
                }

                start += consumed;
                if (reader._phase is Phase.Done or Phase.Declined)
                {
                    return reader._phase == Phase.Done ? reader._document : null;
                }

                if (final)
                {
                    return null; // the document ends too early: the serializer says where
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads as far as the data goes; returns the bytes consumed (the rest is read again with more data).</summary>
    private int Step(ReadOnlySpan<byte> data, bool isFinalBlock)
    {
        var reader = new Utf8JsonReader(data, isFinalBlock, _state);
        while (true)
        {
            var save = reader;
            var more = _phase switch
            {
                Phase.Root => Root(ref reader),
                Phase.Properties => Property(ref reader),
                Phase.Section => Element(ref reader),
                Phase.AfterRoot => AfterRoot(ref reader, isFinalBlock),
                _ => false,
            };

            if (_phase is Phase.Done or Phase.Declined)
            {
                return (int)reader.BytesConsumed;
            }

            if (!more)
            {
                // The value is not all in the data: start it again when there is more.
                _state = save.CurrentState;
                return (int)save.BytesConsumed;
            }
        }
    }

    private bool Root(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            return false;
        }

        _phase = reader.TokenType == JsonTokenType.StartObject ? Phase.Properties : Phase.Declined;
        return true;
    }

    private bool Property(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            _phase = Phase.AfterRoot;
            return true;
        }

        var rank = reader.TokenType == JsonTokenType.PropertyName && !reader.ValueIsEscaped ? RankOf(reader.ValueSpan) : 0;
        if (rank <= _rank)
        {
            _phase = Phase.Declined; // unknown, repeated or out of order: the serializer keeps the layout
            return true;
        }

        if (!reader.Read())
        {
            return false;
        }

        if (rank >= 4 && reader.TokenType == JsonTokenType.StartArray)
        {
            // A section is read element by element: the buffer holds one record at a time.
            _rank = rank;
            _phase = Phase.Section;
            switch (rank)
            {
                case 4:
                    _document.Colleges = [];
                    break;
                case 5:
                    _document.Employers = [];
                    break;
                case 6:
                    _document.Events = [];
                    break;
                default:
                    _graduates = new GraduateDocuments(); // binds as it goes: the binder is the current one
                    _document.Graduates = _graduates;
                    break;
            }

            return true;
        }

        var probe = reader;
        if (!probe.TrySkip())
        {
            return false;
        }

        _rank = rank;
        switch (rank)
        {
            case 1:
                _document.SchemaVersion = reader.TokenType == JsonTokenType.Null ? null : SchemaVersion.Read(ref reader, typeof(string), _options);
                break;
            case 2:
                _document.Region = reader.TokenType == JsonTokenType.Null ? null : Text.Read(ref reader, typeof(string), _options);
                break;
            case 3:
                _document.Period = Deserialize<PeriodDocument>(ref reader);
                break;
            case 4:
                _document.Colleges = Deserialize<List<CollegeDocument?>>(ref reader);
                break;
            case 5:
                _document.Employers = Deserialize<List<EmployerDocument?>>(ref reader);
                break;
            case 6:
                _document.Events = Deserialize<List<EventDocument?>>(ref reader);
                break;
            default:
                _phase = reader.TokenType == JsonTokenType.Null ? _phase : Phase.Declined; // graduates that are neither an array nor null
                _document.Graduates = null;
                break;
        }

        return true;
    }

    private bool Element(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            _phase = Phase.Properties;
            return true;
        }

        if (reader.TokenType == JsonTokenType.StartObject && FromBytes(ref reader))
        {
            return true;
        }

        // Not the common case, or the data ends inside it: the serializer reads it once it is all there.
        var probe = reader;
        if (!probe.TrySkip())
        {
            return false;
        }

        switch (_rank)
        {
            case 4:
                _document.Colleges!.Add(Deserialize<CollegeDocument>(ref reader));
                break;
            case 5:
                _document.Employers!.Add(Deserialize<EmployerDocument>(ref reader));
                break;
            case 6:
                _document.Events!.Add(Deserialize<EventDocument>(ref reader));
                break;
            default:
                _graduates!.Add(Deserialize<GraduateDocument>(ref reader));
                break;
        }

        return true;
    }

    /// <summary>Binds the element the reader is at from its bytes; false (the reader back at its start) when it cannot.</summary>
    private bool FromBytes(ref Utf8JsonReader reader)
    {
        switch (_rank)
        {
            case 5 when _binder.TryBindEmployer(ref reader) is { } employer:
                _document.Employers!.Add(employer);
                return true;
            case 6 when _binder.TryBindEvent(ref reader) is { } careerEvent:
                _document.Events!.Add(careerEvent);
                return true;
            case 7 when _binder.TryBindGraduate(ref reader) is { } graduate:
                _graduates!.Add(graduate);
                return true;
            default:
                return false;
        }
    }

    private bool AfterRoot(ref Utf8JsonReader reader, bool isFinalBlock)
    {
        try
        {
            if (reader.Read())
            {
                _phase = Phase.Declined; // something after the root
                return true;
            }
        }
        catch (JsonException)
        {
            _phase = Phase.Declined;
            return true;
        }

        if (isFinalBlock)
        {
            _phase = Phase.Done;
        }

        return false;
    }

    private T? Deserialize<T>(ref Utf8JsonReader reader) =>
        JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)ContractJsonContext.Reading.GetTypeInfo(typeof(T))!);

    private static int RankOf(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
