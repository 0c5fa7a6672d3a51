using System.Text.Json;
using Criteria.Facts;
using Criteria.Profiles;

namespace Criteria.Json.Contract;

internal sealed class ProfileDocument : ContractObject
{
    public Dictionary<string, ExactDecimal?>? Targets { get; set; }

    public Dictionary<string, ExactDecimal?>? RegionTargets { get; set; }

    public int? ChatActivityDays { get; set; }

    public int? VacancyFreshnessDays { get; set; }

    public int? TrackFreshnessDays { get; set; }

    public List<string?>? WebsiteChecklist { get; set; }

    public List<EmploymentStatus>? EmployedStatuses { get; set; }

    public List<EmploymentStatus>? OutsideLabourMarketStatuses { get; set; }

    public List<EmploymentStatus>? AtRiskStatuses { get; set; }

    public Dictionary<string, JsonElement>? Plugins { get; set; }
}
