using Criteria.Collections;
using Criteria.Facts;

namespace Criteria.Rules.Tests;

/// <summary>
/// Hand-made datasets. The standard roster: college c1 with four graduates — g1 in two health
/// categories (disabled and limitedHealth), g2 a disabled child, g3 with none, g4 limitedHealth —
/// and college c2 with g5. Cohorts of c1: all 4, inclusive 3, disabled 1, disabledChild 1, limitedHealth 2.
/// </summary>
internal static class Data
{
    public static readonly Period Period = new(new DateOnly(2022, 9, 1), new DateOnly(2023, 8, 31), new DateOnly(2023, 12, 1));

    public static DateOnly Cutoff => Period.Cutoff;

    public static Graduate G(string id, string college = "c1", HealthCategories health = HealthCategories.None, EmploymentStatus status = EmploymentStatus.Unknown) =>
        new() { Id = id, CollegeId = college, Health = health, Outcome = new Outcome { Status = status } };

    /// <summary>The standard roster, each graduate passed through <paramref name="change"/>.</summary>
    public static Graduate[] Roster(Func<Graduate, Graduate>? change = null)
    {
        Graduate[] roster =
        [
            G("g1", health: HealthCategories.Disabled | HealthCategories.LimitedHealth, status: EmploymentStatus.NotEmployed),
            G("g2", health: HealthCategories.DisabledChild, status: EmploymentStatus.NotEmployed),
            G("g3", status: EmploymentStatus.NotEmployed),
            G("g4", health: HealthCategories.LimitedHealth, status: EmploymentStatus.NotEmployed),
            G("g5", college: "c2", status: EmploymentStatus.NotEmployed),
        ];
        return change is null ? roster : roster.Select(change).ToArray();
    }

    public static College C(string id) => new() { Id = id, Name = $"Колледж {id}" };

    public static Dataset Dataset(
        IEnumerable<Graduate>? graduates = null,
        IEnumerable<College>? colleges = null,
        IEnumerable<CareerEvent>? events = null,
        IEnumerable<Employer>? employers = null) => new()
        {
            Region = "Тестовая область",
            Period = Period,
            Colleges = (colleges ?? [C("c1"), C("c2")]).ToValueArray(),
            Graduates = (graduates ?? Roster()).ToValueArray(),
            Events = (events ?? []).ToValueArray(),
            Employers = (employers ?? []).ToValueArray(),
        };

    public static CareerEvent Event(string id, string college, EventKind kind, DateOnly date, string[]? participants = null, string[]? employers = null) => new()
    {
        Id = id,
        CollegeId = college,
        Kind = kind,
        Date = date,
        ParticipantIds = (participants ?? []).ToValueArray(),
        EmployerIds = (employers ?? []).ToValueArray(),
    };
}
