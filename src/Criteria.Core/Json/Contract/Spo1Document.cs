namespace Criteria.Json.Contract;

internal sealed class Spo1Document : ContractObject
{
    public int? Total { get; set; }

    public int? Disabled { get; set; }

    public int? DisabledChild { get; set; }

    public int? LimitedHealth { get; set; }
}
