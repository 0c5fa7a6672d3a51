namespace Criteria.Json.Contract;

internal sealed class SupportDocument : ContractObject
{
    public bool? RegionalMeasures { get; set { field = value; Seen(1); } }

    public bool? ResumeAndInterview { get; set { field = value; Seen(2); } }
}
