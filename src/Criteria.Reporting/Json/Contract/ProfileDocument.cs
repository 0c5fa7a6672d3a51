using System.Text.Json;
using Criteria.Facts;
using Criteria.Profiles;

namespace Criteria.Json.Contract;

internal sealed class ProfileDocument : ContractObject
{
    public Dictionary<string, ExactDecimal?>? Targets { get; set { field = value; Seen(1); } }

    public Dictionary<string, ExactDecimal?>? RegionTargets { get; set { field = value; Seen(2); } }

    public int? ChatActivityDays { get; set { field = value; Seen(3); } }

    public int? VacancyFreshnessDays { get; set { field = value; Seen(4); } }

    public int? TrackFreshnessDays { get; set { field = value; Seen(5); } }

    public List<string?>? WebsiteChecklist { get; set { field = value; Seen(6); } }

    public List<EmploymentStatus>? EmployedStatuses { get; set { field = value; Seen(7); } }

    public List<EmploymentStatus>? OutsideLabourMarketStatuses { get; set { field = value; Seen(8); } }

    public List<EmploymentStatus>? AtRiskStatuses { get; set { field = value; Seen(9); } }

    public Dictionary<string, JsonElement>? Plugins { get; set { field = value; Seen(10); } }

    public Dictionary<string, Dictionary<string, ExactDecimal?>?>? CollegeTargets { get; set { field = value; Seen(11); } }

    public RatingDocument? Rating { get; set { field = value; Seen(12); } }
}
