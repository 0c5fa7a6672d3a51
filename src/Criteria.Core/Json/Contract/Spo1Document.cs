namespace Criteria.Json.Contract;

internal sealed class Spo1Document : ContractObject
{
    public int? Total { get; set { field = value; Seen(1); } }

    public int? Disabled { get; set { field = value; Seen(2); } }

    public int? DisabledChild { get; set { field = value; Seen(3); } }

    public int? LimitedHealth { get; set { field = value; Seen(4); } }
}
