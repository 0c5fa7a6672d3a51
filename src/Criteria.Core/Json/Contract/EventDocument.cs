using System.Text.Json;
using Criteria.Facts;

namespace Criteria.Json.Contract;

internal sealed class EventDocument : ContractObject
{
    public string? Id { get; set; }

    public string? CollegeId { get; set; }

    public EventKind? Kind { get; set; }

    public DateOnly? Date { get; set; }

    public List<string?>? EmployerIds { get; set; }

    public List<string?>? ParticipantIds { get; set; }

    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
