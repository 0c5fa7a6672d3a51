namespace Criteria.Json.Contract;

internal sealed class SupportDocument : ContractObject
{
    public bool? RegionalMeasures { get; set; }

    public bool? ResumeAndInterview { get; set; }
}
