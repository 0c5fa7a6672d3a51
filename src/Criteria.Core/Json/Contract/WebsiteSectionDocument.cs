namespace Criteria.Json.Contract;

internal sealed class WebsiteSectionDocument : ContractObject
{
    public string? Url { get; set; }

    public Dictionary<string, bool?>? Checklist { get; set; }
}
