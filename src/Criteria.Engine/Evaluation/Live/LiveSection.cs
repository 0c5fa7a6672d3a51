using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Criteria.Collections;

namespace Criteria.Evaluation.Live;

/// <summary>
/// A section of the live records (colleges, employers, events or graduates): by id, in the order they were
/// first added, and mirrored in chunks that a snapshot can take without copying the records under the
/// writer's lock. <see cref="Freeze"/> hands the current chunks over (O(records / 4,096)); a chunk a
/// snapshot holds is copied before the writer changes it (copy on write), so the snapshot's records are
/// laid out in one array afterwards, on the reader's thread, while the writer goes on.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class LiveSection<T> : IReadOnlyDictionary<string, T>
    where T : class
{
    private const int Shift = 12;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;

    private readonly OrderedDictionary<string, T> _byId = new(StringComparer.Ordinal);
    private T[][] _chunks = [];
    private bool[] _shared = []; // a chunk a frozen view holds: copied before it changes

    /// <summary>How many records.</summary>
    public int Count => _byId.Count;

    /// <summary>The ids, in order.</summary>
    public IReadOnlyList<string> Ids => _byId.Keys;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _byId.Keys;

    /// <inheritdoc/>
    public IEnumerable<T> Values => _byId.Values;

    /// <summary>The record with an id (it must exist); setting it replaces the record in its place.</summary>
    public T this[string id]
    {
        get => _byId[id];
        set
        {
            var position = _byId.IndexOf(id);
            if (position < 0)
            {
                Add(id, value);
                return;
            }

            _byId.SetAt(position, value);
            Write(position, value);
        }
    }

    /// <summary>The record at a position, with its id.</summary>
    public KeyValuePair<string, T> GetAt(int position) => _byId.GetAt(position);

    /// <summary>A record's position, or −1.</summary>
    public int IndexOf(string id) => _byId.IndexOf(id);

    /// <inheritdoc/>
    public bool ContainsKey(string key) => _byId.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value) => _byId.TryGetValue(key, out value);

    /// <summary>Makes room for a number of records.</summary>
    public void EnsureCapacity(int capacity) => _byId.EnsureCapacity(capacity);

    /// <summary>Adds a record at the end.</summary>
    public void Add(string id, T record)
    {
        _byId.Add(id, record);
        Write(_byId.Count - 1, record);
    }

    /// <summary>Puts a record back at a position (undoing its removal): the records from there move down.</summary>
    public void Insert(int position, string id, T record)
    {
        _byId.Insert(position, id, record);
        var count = _byId.Count;
        EnsureChunk((count - 1) >> Shift);
        for (var k = (count - 1) >> Shift; k >= position >> Shift; k--)
        {
            var chunk = Own(k);
            var start = k == position >> Shift ? position & Mask : 0;
            var end = Math.Min(ChunkSize, count - (k << Shift));
            Array.Copy(chunk, start, chunk, start + 1, end - start - 1);
            if (k > position >> Shift)
            {
                chunk[0] = _chunks[k - 1][ChunkSize - 1]; // the previous chunk's last record moves in (not moved yet)
            }
        }

        Write(position, record);
    }

    /// <summary>Removes a record: the records after it move up.</summary>
    public bool Remove(string id)
    {
        var position = _byId.IndexOf(id);
        if (position < 0)
        {
            return false;
        }

        var count = _byId.Count;
        _byId.RemoveAt(position);
        for (var k = position >> Shift; k <= (count - 1) >> Shift; k++)
        {
            var chunk = Own(k);
            var start = k == position >> Shift ? position & Mask : 0;
            var end = Math.Min(ChunkSize, count - (k << Shift));
            Array.Copy(chunk, start + 1, chunk, start, end - start - 1);
            chunk[end - 1] = (k + 1) << Shift < count ? _chunks[k + 1][0] : null!;
        }

        return true;
    }

    /// <summary>
    /// The records as they are now, for a snapshot: the chunks are handed over and the writer copies any it
    /// changes later. O(records / 4,096); the caller holds the writer's lock.
    /// </summary>
    public FrozenSection<T> Freeze()
    {
        Array.Fill(_shared, true);
        return new FrozenSection<T>((T[][])_chunks.Clone(), _byId.Count);
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, T>> GetEnumerator() => _byId.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Write(int position, T record)
    {
        EnsureChunk(position >> Shift);
        Own(position >> Shift)[position & Mask] = record;
    }

    private void EnsureChunk(int chunk)
    {
        if (chunk >= _chunks.Length)
        {
            var size = Math.Max(chunk + 1, _chunks.Length * 2);
            Array.Resize(ref _chunks, size);
            Array.Resize(ref _shared, size);
        }

        for (var k = chunk; k >= 0 && _chunks[k] is null; k--)
        {
            _chunks[k] = new T[ChunkSize];
        }
    }

    /// <summary>A chunk the writer may change: copied first if a frozen view holds it.</summary>
    private T[] Own(int chunk)
    {
        if (_shared[chunk])
        {
            _chunks[chunk] = (T[])_chunks[chunk].Clone();
            _shared[chunk] = false;
        }

        return _chunks[chunk];
    }
}
