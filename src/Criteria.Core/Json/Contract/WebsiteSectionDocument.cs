namespace Criteria.Json.Contract;

internal sealed class WebsiteSectionDocument : ContractObject
{
    public string? Url { get; set { field = value; Seen(1); } }

    public Dictionary<string, bool?>? Checklist { get; set { field = value; Seen(2); } }
}
