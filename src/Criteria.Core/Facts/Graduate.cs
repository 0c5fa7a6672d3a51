using Criteria.Collections;

namespace Criteria.Facts;

/// <summary>A graduate record of a college (groups 2–5 of the criteria).</summary>
public sealed record Graduate
{
    private readonly string _id = "";
    private readonly string _collegeId = "";
    private readonly int _vacancyInvitations;
    private readonly AisRegistration _ais = AisRegistration.None;
    private readonly GraduateSupport _support = GraduateSupport.None;
    private readonly Guidance _guidance = Guidance.None;
    private readonly ExtensionData _extensions = ExtensionData.Empty;

    /// <summary>The graduate id, unique among graduates.</summary>
    /// <exception cref="ArgumentException">The value is null or empty.</exception>
    public required string Id { get => _id; init => _id = Guard.NotEmpty(value); }

    /// <summary>The id of the graduate's college.</summary>
    /// <exception cref="ArgumentException">The value is null or empty.</exception>
    public required string CollegeId { get => _collegeId; init => _collegeId = Guard.NotEmpty(value); }

    /// <summary>The specialty code, for example <c>15.02.08</c>; null when not given.</summary>
    public string? Specialty { get; init; }

    /// <summary>The graduate's health categories; <see cref="HealthCategories.None"/> when none.</summary>
    public HealthCategories Health { get; init; }

    /// <summary>Registration in the AIS and the career track; never null (<see cref="AisRegistration.None"/> when absent).</summary>
    public AisRegistration Ais { get => _ais; init => _ais = value ?? AisRegistration.None; }

    /// <summary>Entitled to the regional measures for young specialists.</summary>
    public bool YoungSpecialistEligible { get; init; }

    /// <summary>Support received; never null (<see cref="GraduateSupport.None"/> when absent).</summary>
    public GraduateSupport Support { get => _support; init => _support = value ?? GraduateSupport.None; }

    /// <summary>The graduate's resumes.</summary>
    public ValueArray<Resume> Resumes { get; init; }

    /// <summary>On the college's own list of graduates at risk of not being employed (group 4).</summary>
    public bool AtRisk { get; init; }

    /// <summary>Career guidance received; never null (<see cref="Guidance.None"/> when absent).</summary>
    public Guidance Guidance { get => _guidance; init => _guidance = value ?? Guidance.None; }

    /// <summary>The number of vacancy invitations sent to the graduate, 0 or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int VacancyInvitations { get => _vacancyInvitations; init => _vacancyInvitations = Guard.NotNegative(value); }

    /// <summary>The targeted-training contract; null when there is none.</summary>
    public TargetedContract? TargetedContract { get; init; }

    /// <summary>The outcome on the cut-off date.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>Plugin data, kept verbatim; never null.</summary>
    public ExtensionData Extensions { get => _extensions; init => _extensions = value ?? ExtensionData.Empty; }
}
