namespace Criteria.Json.Contract;

internal sealed class PeriodDocument : ContractObject
{
    public DateOnly? Start { get; set; }

    public DateOnly? End { get; set; }

    public DateOnly? Cutoff { get; set; }
}
