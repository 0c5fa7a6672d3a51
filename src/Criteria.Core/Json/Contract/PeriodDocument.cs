namespace Criteria.Json.Contract;

internal sealed class PeriodDocument : ContractObject
{
    public DateOnly? Start { get; set { field = value; Seen(1); } }

    public DateOnly? End { get; set { field = value; Seen(2); } }

    public DateOnly? Cutoff { get; set { field = value; Seen(3); } }
}
