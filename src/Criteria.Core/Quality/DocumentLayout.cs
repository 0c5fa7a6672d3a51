using System.Runtime.CompilerServices;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Json.Contract;

namespace Criteria.Quality;

/// <summary>
/// Where a read document put its properties, for the objects that did not follow the contract's order
/// or had unknown properties: the path of the object → the path tokens of its properties in the order
/// they were read. Every other object is in the contract's order, which <see cref="ContractShape"/> knows.
/// A dataset built in code has no layout: its document is the one the writer would write.
/// </summary>
internal sealed class DocumentLayout
{
    private static readonly ConditionalWeakTable<Dataset, DocumentLayout> Layouts = [];
    private readonly Dictionary<string, string[]> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public DocumentLayout() => _lookup = _orders.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The objects out of the contract's order.</summary>
    public int Count => _orders.Count;

    /// <summary>The layout the reader saw for this dataset, or null (built in code, or read in the contract's order).</summary>
    public static DocumentLayout? Of(Dataset dataset) => Layouts.TryGetValue(dataset, out var layout) ? layout : null;

    /// <summary>Keeps the layout with the dataset the reader made.</summary>
    public void AttachTo(Dataset dataset)
    {
        if (_orders.Count > 0)
        {
            Layouts.AddOrUpdate(dataset, this);
        }
    }

    /// <summary>Notes the order of an object's properties when it is not the contract's.</summary>
    public void Record(ContractObject document, string path)
    {
        if (document.IsInContractOrder())
        {
            return;
        }

        var names = ContractShape.Of(document.GetType()).Names;
        var order = new List<string>();
        foreach (var rank in document.ReadOrder())
        {
            if (rank == ContractObject.UnknownRank)
            {
                foreach (var name in document.Unknown?.Keys ?? Enumerable.Empty<string>())
                {
                    order.Add(Token(name));
                }
            }
            else if (rank >= 1 && rank <= names.Length)
            {
                order.Add(names[rank - 1]);
            }
        }

        _orders[path] = [.. order];
    }

    /// <summary>The place of the property <paramref name="token"/> in the object at <paramref name="parent"/>, when the layout knows that object.</summary>
    public bool TryRank(ReadOnlySpan<char> parent, ReadOnlySpan<char> token, out int rank)
    {
        rank = 0;
        if (!_lookup.TryGetValue(parent, out var order))
        {
            return false;
        }

        for (var i = 0; i < order.Length; i++)
        {
            if (token.SequenceEqual(order[i]))
            {
                rank = i + 1;
                return true;
            }
        }

        rank = int.MaxValue;
        return true;
    }

    /// <summary>A property name as a path token: <c>name</c>, or <c>['odd name']</c>.</summary>
    private static string Token(string name)
    {
        var path = JsonPath.Property(string.Empty, name);
        return path.StartsWith('.') ? path[1..] : path;
    }
}
