using System.Collections.Concurrent;
using System.Reflection;
using Criteria.Json.Contract;

namespace Criteria.Json;

/// <summary>
/// The shape of one object of the dataset contract: its properties in the contract's order (the order
/// of the document types' declarations, which is the order the writer writes and the contract lists),
/// and the shape of each property that is an object or a list of objects. Built once per type.
/// </summary>
internal sealed class ContractShape
{
    private static readonly ConcurrentDictionary<Type, ContractShape> Shapes = new();
    private readonly Dictionary<string, int> _ranks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _children = new(StringComparer.Ordinal);
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _rankLookup;
    private Dictionary<string, Type>.AlternateLookup<ReadOnlySpan<char>> _childLookup;

    private ContractShape(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        Names = new string[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            var name = string.Concat(char.ToLowerInvariant(properties[i].Name[0]).ToString(), properties[i].Name.AsSpan(1));
            Names[i] = name;
            _ranks[name] = i + 1;
            if (ElementType(properties[i].PropertyType) is { } child)
            {
                _children[name] = child;
            }
        }

        _rankLookup = _ranks.GetAlternateLookup<ReadOnlySpan<char>>();
        _childLookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shape of the dataset document, the root of every path.</summary>
    public static ContractShape Dataset => Of(typeof(DatasetDocument));

    /// <summary>The JSON names of the properties; the name at index i has rank i + 1.</summary>
    public string[] Names { get; }

    public static ContractShape Of(Type type) => Shapes.GetOrAdd(type, t => new ContractShape(t));

    /// <summary>The property's place in the contract (1-based), or 0 when the contract does not have it.</summary>
    public int Rank(ReadOnlySpan<char> name) => _rankLookup.TryGetValue(name, out var rank) ? rank : 0;

    /// <summary>The shape of a property's object (of its elements, for a list), or null when it holds no contract object.</summary>
    public ContractShape? Child(ReadOnlySpan<char> name) => _childLookup.TryGetValue(name, out var type) ? Of(type) : null;

    private static Type? ElementType(Type type)
    {
        if (type == typeof(GraduateDocuments))
        {
            return typeof(GraduateDocument);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            type = type.GetGenericArguments()[0];
        }

        return typeof(ContractObject).IsAssignableFrom(type) ? type : null;
    }
}
