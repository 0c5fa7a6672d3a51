namespace Criteria.Json.Contract;

internal sealed class ResumeDocument : ContractObject
{
    public bool? PostedInAis { get; set { field = value; Seen(1); } }

    public bool? Correct { get; set { field = value; Seen(2); } }
}
