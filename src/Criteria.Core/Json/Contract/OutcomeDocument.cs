using Criteria.Facts;

namespace Criteria.Json.Contract;

internal sealed class OutcomeDocument : ContractObject
{
    public EmploymentStatus? Status { get; set; }

    public string? EmployerId { get; set; }

    public bool? ByProfile { get; set; }
}
