namespace Criteria.Json.Contract;

internal sealed class GuidanceDocument : ContractObject
{
    public bool? DiagnosticsRecommendation { get; set { field = value; Seen(1); } }
}
