using System.Text.Json;
using System.Text.Json.Serialization;

namespace Criteria.Json.Contract;

/// <summary>
/// The base of every object of the JSON contracts: properties the contract does not know land in
/// <see cref="Unknown"/>, so that the binder reports each of them (DQ10) instead of dropping it. Each
/// object also remembers the order its properties were read in (a property's setter says which it is,
/// by its place in the contract), so that findings can be put in document order (<see cref="Quality.DocumentLayout"/>).
/// </summary>
internal abstract class ContractObject
{
    /// <summary>The mark of the unknown properties in <see cref="ReadOrder"/>: where the first of them was read.</summary>
    public const int UnknownRank = 31;

    private const int Capacity = 25; // 5 bits a property in 128 bits; no contract object has more properties

    private Dictionary<string, JsonElement>? _unknown;
    private UInt128 _order;
    private int _count;
    private bool _inContractOrder = true;
    private int _last;

    /// <summary>Properties that the contract does not have, in the order they were read.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown
    {
        get => _unknown;
        set
        {
            _unknown = value;
            if (value is not null)
            {
                Seen(UnknownRank); // the serializer sets the dictionary when it meets the first unknown property
            }
        }
    }

    /// <summary>True when the properties were read in the contract's order and none was unknown.</summary>
    /// <remarks>Methods, not properties: the serializer must neither write them nor skip a JSON member of their name (that is DQ10).</remarks>
    public bool IsInContractOrder() => _inContractOrder;

    /// <summary>The places in the contract (1-based; <see cref="UnknownRank"/> for the unknown ones) of the properties, in the order they were read.</summary>
    public IEnumerable<int> ReadOrder()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return (int)((_order >> (5 * i)) & 0x1F);
        }
    }

    /// <summary>Lets the unknown properties go once they are reported (without counting as a property read).</summary>
    public void ForgetUnknown() => _unknown = null;

    /// <summary>Notes that the property at <paramref name="rank"/> in the contract was read now.</summary>
    protected void Seen(int rank)
    {
        if (rank <= _last || rank == UnknownRank)
        {
            _inContractOrder = false;
        }

        _last = rank;
        if (_count < Capacity)
        {
            _order |= (UInt128)(uint)rank << (5 * _count);
            _count++;
        }
    }
}
