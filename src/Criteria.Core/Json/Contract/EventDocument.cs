using System.Text.Json;
using Criteria.Facts;

namespace Criteria.Json.Contract;

internal sealed class EventDocument : ContractObject
{
    public string? Id { get; set { field = value; Seen(1); } }

    public string? CollegeId { get; set { field = value; Seen(2); } }

    public EventKind? Kind { get; set { field = value; Seen(3); } }

    public DateOnly? Date { get; set { field = value; Seen(4); } }

    public List<string?>? EmployerIds { get; set { field = value; Seen(5); } }

    public List<string?>? ParticipantIds { get; set { field = value; Seen(6); } }

    public Dictionary<string, JsonElement>? Extensions { get; set { field = value; Seen(7); } }

    /// <summary>The record already bound from the object's bytes (<see cref="DatasetBinder"/>), read in its place.</summary>
    internal CareerEvent? Bound { get; init; }
}
