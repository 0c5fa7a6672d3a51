using Criteria.Facts;

namespace Criteria.Json.Contract;

internal sealed class OutcomeDocument : ContractObject
{
    public EmploymentStatus? Status { get; set { field = value; Seen(1); } }

    public string? EmployerId { get; set { field = value; Seen(2); } }

    public bool? ByProfile { get; set { field = value; Seen(3); } }
}
