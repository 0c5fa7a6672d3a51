using System.Text.Json;
using Criteria.Facts;

namespace Criteria.Json.Contract;

internal sealed class GraduateDocument : ContractObject
{
    public string? Id { get; set { field = value; Seen(1); } }

    public string? CollegeId { get; set { field = value; Seen(2); } }

    public string? Specialty { get; set { field = value; Seen(3); } }

    public HealthCategories? Health { get; set { field = value; Seen(4); } }

    public AisDocument? Ais { get; set { field = value; Seen(5); } }

    public bool? YoungSpecialistEligible { get; set { field = value; Seen(6); } }

    public SupportDocument? Support { get; set { field = value; Seen(7); } }

    public List<ResumeDocument?>? Resumes { get; set { field = value; Seen(8); } }

    public bool? AtRisk { get; set { field = value; Seen(9); } }

    public GuidanceDocument? Guidance { get; set { field = value; Seen(10); } }

    public int? VacancyInvitations { get; set { field = value; Seen(11); } }

    public TargetedContractDocument? TargetedContract { get; set { field = value; Seen(12); } }

    public OutcomeDocument? Outcome { get; set { field = value; Seen(13); } }

    public Dictionary<string, JsonElement>? Extensions { get; set { field = value; Seen(14); } }

    /// <summary>The record already bound from the object's bytes (<see cref="DatasetBinder.TryBindGraduate"/>), until the list takes it.</summary>
    internal Graduate? Bound { get; set; }
}
