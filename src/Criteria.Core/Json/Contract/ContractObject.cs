using System.Text.Json;
using System.Text.Json.Serialization;

namespace Criteria.Json.Contract;

/// <summary>
/// The base of every object of the JSON contracts: properties the contract does not know land in
/// <see cref="Unknown"/>, so that the binder reports each of them (DQ10) instead of dropping it.
/// </summary>
internal abstract class ContractObject
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
