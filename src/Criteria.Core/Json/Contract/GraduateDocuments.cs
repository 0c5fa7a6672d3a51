using System.Collections;
using Criteria.Facts;

namespace Criteria.Json.Contract;

/// <summary>
/// The <c>graduates</c> of a dataset document. While a reader binds (<see cref="DatasetBinder.Current"/>
/// is set when the serializer makes this list), each graduate document is bound into its record the
/// moment the serializer adds it, and let go: a million graduate documents never exist at once, only
/// their records. Otherwise (writing, or a document read without a binder) it keeps the documents.
/// It is also a non-generic <see cref="ICollection"/>: the serializer takes the index in an error's path
/// (<c>$.graduates[41].outcome</c>) from that <see cref="Count"/>, and enumerates the items otherwise —
/// the documents, of which a binding list keeps none.
/// </summary>
internal sealed class GraduateDocuments : ICollection<GraduateDocument?>, ICollection
{
    private readonly DatasetBinder? _binder;
    private readonly List<GraduateDocument?> _documents = [];
    private readonly List<Graduate> _records = [];

    /// <summary>The list the serializer makes: it binds as it goes when a reader is binding.</summary>
    public GraduateDocuments() => _binder = DatasetBinder.Current;

    /// <summary>A list of documents to write.</summary>
    public GraduateDocuments(IEnumerable<GraduateDocument?> documents) => _documents.AddRange(documents);

    /// <summary>The records bound as the documents came; null when this list keeps documents.</summary>
    public List<Graduate>? Records => _binder is null ? null : _records;

    /// <summary>The documents kept (none when the list binds as it goes).</summary>
    public List<GraduateDocument?> Documents => _documents;

    public int Count => _binder is null ? _documents.Count : _records.Count;

    public bool IsReadOnly => false;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    void ICollection.CopyTo(Array array, int index) => ((ICollection)_documents).CopyTo(array, index);

    public void Add(GraduateDocument? item)
    {
        if (_binder is null)
        {
            _documents.Add(item);
        }
        else
        {
            _records.Add(_binder.BindGraduate(item, _records.Count));
        }
    }

    public void Clear()
    {
        _documents.Clear();
        _records.Clear();
    }

    public bool Contains(GraduateDocument? item) => _documents.Contains(item);

    public void CopyTo(GraduateDocument?[] array, int arrayIndex) => _documents.CopyTo(array, arrayIndex);

    public bool Remove(GraduateDocument? item) => _documents.Remove(item);

    public IEnumerator<GraduateDocument?> GetEnumerator() => _documents.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
