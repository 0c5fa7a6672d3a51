using System.Text.Json;

namespace Criteria.Json.Contract;

internal sealed class CollegeDocument : ContractObject
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public WorkPlanDocument? WorkPlan { get; set; }

    public WebsiteSectionDocument? WebsiteSection { get; set; }

    public List<MessengerChatDocument?>? MessengerChats { get; set; }

    public VacancyBankDocument? VacancyBank { get; set; }

    public Spo1Document? Spo1 { get; set; }

    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
