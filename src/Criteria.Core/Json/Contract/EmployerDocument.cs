using System.Text.Json;

namespace Criteria.Json.Contract;

internal sealed class EmployerDocument : ContractObject
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? DefenseIndustry { get; set; }

    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
