namespace Criteria.Json.Contract;

internal sealed class WorkPlanDocument : ContractObject
{
    public bool? Approved { get; set { field = value; Seen(1); } }

    public string? Url { get; set { field = value; Seen(2); } }

    public bool? ContainsCriteria { get; set { field = value; Seen(3); } }
}
