using Criteria.Facts;
using System.Text.Json;

namespace Criteria.Json.Contract;

internal sealed class EmployerDocument : ContractObject
{
    public string? Id { get; set { field = value; Seen(1); } }

    public string? Name { get; set { field = value; Seen(2); } }

    public bool? DefenseIndustry { get; set { field = value; Seen(3); } }

    public Dictionary<string, JsonElement>? Extensions { get; set { field = value; Seen(4); } }

    /// <summary>The record already bound from the object's bytes (<see cref="DatasetBinder"/>), read in its place.</summary>
    internal Employer? Bound { get; init; }
}
