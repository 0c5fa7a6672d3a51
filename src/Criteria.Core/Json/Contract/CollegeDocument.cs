using System.Text.Json;

namespace Criteria.Json.Contract;

internal sealed class CollegeDocument : ContractObject
{
    public string? Id { get; set { field = value; Seen(1); } }

    public string? Name { get; set { field = value; Seen(2); } }

    public WorkPlanDocument? WorkPlan { get; set { field = value; Seen(3); } }

    public WebsiteSectionDocument? WebsiteSection { get; set { field = value; Seen(4); } }

    public List<MessengerChatDocument?>? MessengerChats { get; set { field = value; Seen(5); } }

    public VacancyBankDocument? VacancyBank { get; set { field = value; Seen(6); } }

    public Spo1Document? Spo1 { get; set { field = value; Seen(7); } }

    public Dictionary<string, JsonElement>? Extensions { get; set { field = value; Seen(8); } }
}
