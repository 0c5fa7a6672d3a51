using System.Text.Json;
using Criteria.Facts;

namespace Criteria.Json.Contract;

internal sealed class GraduateDocument : ContractObject
{
    public string? Id { get; set; }

    public string? CollegeId { get; set; }

    public string? Specialty { get; set; }

    public HealthCategories? Health { get; set; }

    public AisDocument? Ais { get; set; }

    public bool? YoungSpecialistEligible { get; set; }

    public SupportDocument? Support { get; set; }

    public List<ResumeDocument?>? Resumes { get; set; }

    public bool? AtRisk { get; set; }

    public GuidanceDocument? Guidance { get; set; }

    public int? VacancyInvitations { get; set; }

    public TargetedContractDocument? TargetedContract { get; set; }

    public OutcomeDocument? Outcome { get; set; }

    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
