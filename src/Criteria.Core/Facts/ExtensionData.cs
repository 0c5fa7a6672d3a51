using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Criteria.Facts;

/// <summary>
/// The <c>extensions</c> object of a record: one JSON value per plugin id, kept verbatim so that a
/// plugin can read its own part as its own type and a written dataset carries it back unchanged.
/// Two instances are equal when they hold the same plugin ids with deeply equal JSON values.
/// </summary>
public sealed class ExtensionData : IReadOnlyDictionary<string, JsonElement>, IEquatable<ExtensionData>
{
    private readonly KeyValuePair<string, JsonElement>[] _entries;

    /// <summary>A record without extensions.</summary>
    public static ExtensionData Empty { get; } = new([]);

    private ExtensionData(KeyValuePair<string, JsonElement>[] entries) => _entries = entries;

    /// <summary>
    /// Creates extension data from plugin ids and values. Each value is cloned, so it stays valid
    /// after the document it came from is disposed.
    /// </summary>
    /// <param name="entries">Plugin id → value, in document order. Ids must be distinct.</param>
    /// <returns>The extension data; <see cref="Empty"/> when there are no entries.</returns>
    /// <exception cref="ArgumentException">Two entries have the same plugin id.</exception>
    public static ExtensionData Create(IEnumerable<KeyValuePair<string, JsonElement>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<KeyValuePair<string, JsonElement>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            ArgumentNullException.ThrowIfNull(key);
            if (!seen.Add(key))
            {
                throw new ArgumentException($"The plugin id '{key}' appears twice.", nameof(entries));
            }

            list.Add(new(key, value.Clone()));
        }

        return list.Count == 0 ? Empty : new ExtensionData([.. list]);
    }

    /// <summary>The number of plugin ids.</summary>
    public int Count => _entries.Length;

    /// <summary>The plugin ids, in document order.</summary>
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <summary>The values, in document order.</summary>
    public IEnumerable<JsonElement> Values => _entries.Select(e => e.Value);

    /// <summary>The value of a plugin id.</summary>
    /// <param name="key">The plugin id.</param>
    /// <exception cref="KeyNotFoundException">The record has no value for that plugin.</exception>
    public JsonElement this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The record has no extension '{key}'.");

    /// <summary>True when the record has a value for <paramref name="key"/>.</summary>
    /// <param name="key">The plugin id.</param>
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <summary>Finds the value of a plugin id.</summary>
    /// <param name="key">The plugin id.</param>
    /// <param name="value">The value when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetValue(string key, out JsonElement value)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Reads the value of plugin <paramref name="pluginId"/> as <typeparamref name="T"/> with the
    /// plugin's own (source-generated) type information.
    /// </summary>
    /// <typeparam name="T">The plugin's type for its extension data.</typeparam>
    /// <param name="pluginId">The plugin id.</param>
    /// <param name="typeInfo">The JSON type information of <typeparamref name="T"/>.</param>
    /// <param name="value">The value read, when the record has one for that plugin.</param>
    /// <returns>True when the record has a value for that plugin.</returns>
    /// <exception cref="JsonException">The value does not have the shape of <typeparamref name="T"/>.</exception>
    public bool TryRead<T>(string pluginId, JsonTypeInfo<T> typeInfo, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (TryGetValue(pluginId, out var element))
        {
            value = element.Deserialize(typeInfo)!;
            return value is not null;
        }

        value = default;
        return false;
    }

    /// <summary>Enumerates plugin id → value pairs in document order.</summary>
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, JsonElement>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();

    /// <summary>True when both hold the same plugin ids with deeply equal JSON values (order ignored).</summary>
    /// <param name="other">The other extension data.</param>
    public bool Equals(ExtensionData? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var (key, value) in _entries)
        {
            if (!other.TryGetValue(key, out var otherValue) || !JsonElement.DeepEquals(value, otherValue))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExtensionData);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var entry in _entries)
        {
            hash ^= StringComparer.Ordinal.GetHashCode(entry.Key);
        }

        return hash;
    }

    /// <summary>Lists the plugin ids, for debugging.</summary>
    public override string ToString() => "{" + string.Join(", ", Keys) + "}";
}
