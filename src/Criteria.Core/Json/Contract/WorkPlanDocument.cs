namespace Criteria.Json.Contract;

internal sealed class WorkPlanDocument : ContractObject
{
    public bool? Approved { get; set; }

    public string? Url { get; set; }

    public bool? ContainsCriteria { get; set; }
}
