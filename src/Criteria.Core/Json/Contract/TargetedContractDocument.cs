namespace Criteria.Json.Contract;

internal sealed class TargetedContractDocument : ContractObject
{
    public string? EmployerId { get; set { field = value; Seen(1); } }
}
