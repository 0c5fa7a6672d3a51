namespace Criteria.Json.Contract;

internal sealed class ResumeDocument : ContractObject
{
    public bool? PostedInAis { get; set; }

    public bool? Correct { get; set; }
}
