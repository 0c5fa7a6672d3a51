using System.Collections.ObjectModel;
using System.Text.Json;
using Criteria.Collections;
using Criteria.Facts;

namespace Criteria.Profiles;

/// <summary>
/// The evaluation settings (docs/profile.md): targets, the freshness windows, the website
/// checklist and the three status sets. Every setting has the default of docs/criteria.md;
/// <see cref="Default"/> is the profile of an evaluation without a profile file.
/// </summary>
public sealed record EvaluationProfile
{
    private static readonly IReadOnlyDictionary<string, ExactDecimal> NoTargets = ReadOnlyDictionary<string, ExactDecimal>.Empty;

    private readonly int _chatActivityDays = 30;
    private readonly int _vacancyFreshnessDays = 30;
    private readonly int _trackFreshnessDays = 30;
    private readonly IReadOnlyDictionary<string, ExactDecimal> _targets = NoTargets;
    private readonly IReadOnlyDictionary<string, ExactDecimal> _regionTargets = NoTargets;
    private readonly ValueArray<string> _websiteChecklist = DefaultWebsiteChecklist;
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, ExactDecimal>> NoCollegeTargets =
        ReadOnlyDictionary<string, IReadOnlyDictionary<string, ExactDecimal>>.Empty;

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, ExactDecimal>> _collegeTargets = NoCollegeTargets;
    private readonly IReadOnlyDictionary<string, JsonElement> _pluginOptions = ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <summary>The default required items of the website section (criterion 1.2).</summary>
    public static ValueArray<string> DefaultWebsiteChecklist { get; } =
        ["regulation", "contacts", "workPlan", "vacancies", "events", "supportMeasures", "employmentStatistics", "usefulLinks"];

    /// <summary>The default statuses counted as employed (criterion 5.3).</summary>
    public static ValueArray<EmploymentStatus> DefaultEmployedStatuses { get; } =
        [EmploymentStatus.Employed, EmploymentStatus.Entrepreneur, EmploymentStatus.SelfEmployed, EmploymentStatus.MilitaryContract];

    /// <summary>The default statuses outside the labour market (criterion 5.3's denominator).</summary>
    public static ValueArray<EmploymentStatus> DefaultOutsideLabourMarketStatuses { get; } =
        [EmploymentStatus.ContinuingEducation, EmploymentStatus.MilitaryConscription, EmploymentStatus.ParentalLeave, EmploymentStatus.Excluded];

    /// <summary>The default statuses at risk of not being employed (criterion 5.9).</summary>
    public static ValueArray<EmploymentStatus> DefaultAtRiskStatuses { get; } =
        [EmploymentStatus.RegisteredUnemployed, EmploymentStatus.NotEmployed];

    // Declared after the default lists: static fields initialise in textual order.
    /// <summary>The profile with every default of docs/criteria.md and no targets.</summary>
    public static EvaluationProfile Default { get; } = new();

    /// <summary>
    /// Targets by criterion code, exact decimals: for shares and counts they apply to the colleges
    /// (and to the region for shares, unless <see cref="RegionTargets"/> names the code); for
    /// presence and checklist criteria, to the region only.
    /// </summary>
    public IReadOnlyDictionary<string, ExactDecimal> Targets { get => _targets; init => _targets = Copy(value); }

    /// <summary>Targets for the region's results by criterion code; they take precedence over <see cref="Targets"/> for the region.</summary>
    public IReadOnlyDictionary<string, ExactDecimal> RegionTargets { get => _regionTargets; init => _regionTargets = Copy(value); }

    /// <summary>
    /// A college's own targets by college id, then by criterion code (docs/profile.md, "A college's own targets"):
    /// they replace <see cref="Targets"/> for that college's results of a share (every cohort) or a count (cohort
    /// <c>all</c>); the region's results never use them. In the profile's order.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, ExactDecimal>> CollegeTargets
    {
        get => _collegeTargets;
        init => _collegeTargets = value is null || value.Count == 0
            ? NoCollegeTargets
            : new ReadOnlyDictionary<string, IReadOnlyDictionary<string, ExactDecimal>>(
                value.ToDictionary(c => c.Key, c => Copy(c.Value), StringComparer.Ordinal));
    }

    /// <summary>How the colleges are rated (docs/profile.md, "The rating"); null for a report without a rating.</summary>
    public RatingSettings? Rating { get; init; }

    /// <summary>A chat functions when its last activity is within this many days of the cut-off (criterion 1.3). Default 30.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int ChatActivityDays { get => _chatActivityDays; init => _chatActivityDays = Guard.NotNegative(value); }

    /// <summary>A vacancy bank is current when updated within this many days of the cut-off (criterion 3.5). Default 30.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int VacancyFreshnessDays { get => _vacancyFreshnessDays; init => _vacancyFreshnessDays = Guard.NotNegative(value); }

    /// <summary>A career track is current when updated within this many days of the cut-off (criterion 5.2). Default 30.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int TrackFreshnessDays { get => _trackFreshnessDays; init => _trackFreshnessDays = Guard.NotNegative(value); }

    /// <summary>
    /// The required items of the website section (criterion 1.2), each once: a repeated item is kept once,
    /// in the place it first appears, however the profile is made (read from JSON or built in code).
    /// </summary>
    /// <exception cref="ArgumentException">An item is null or empty.</exception>
    public ValueArray<string> WebsiteChecklist { get => _websiteChecklist; init => _websiteChecklist = Distinct(value); }

    /// <summary>The statuses counted as employed (criterion 5.3).</summary>
    public ValueArray<EmploymentStatus> EmployedStatuses { get; init; } = DefaultEmployedStatuses;

    /// <summary>The statuses of graduates outside the labour market, left out of criterion 5.3's denominator.</summary>
    public ValueArray<EmploymentStatus> OutsideLabourMarketStatuses { get; init; } = DefaultOutsideLabourMarketStatuses;

    /// <summary>The statuses at risk of not being employed (criterion 5.9).</summary>
    public ValueArray<EmploymentStatus> AtRiskStatuses { get; init; } = DefaultAtRiskStatuses;

    /// <summary>
    /// The options of plugins by plugin id (the profile's <c>plugins</c> object), kept verbatim; a plugin
    /// without a section here gets its defaults.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> PluginOptions { get => _pluginOptions; init => _pluginOptions = CopyOptions(value); }

    private static ValueArray<string> Distinct(ValueArray<string> items)
    {
        foreach (var item in items)
        {
            if (string.IsNullOrEmpty(item))
            {
                throw new ArgumentException("A checklist item must be a non-empty name.", nameof(WebsiteChecklist));
            }
        }

        return items.Distinct(StringComparer.Ordinal).Count() == items.Count ? items : items.Distinct(StringComparer.Ordinal).ToValueArray();
    }

    private static IReadOnlyDictionary<string, ExactDecimal> Copy(IReadOnlyDictionary<string, ExactDecimal>? value) =>
        value is null || value.Count == 0 ? NoTargets : new ReadOnlyDictionary<string, ExactDecimal>(value.ToDictionary(StringComparer.Ordinal));

    /// <summary>True when both profiles have the same settings and the same targets.</summary>
    /// <param name="other">The other profile.</param>
    public bool Equals(EvaluationProfile? other) =>
        other is not null
        && SameTargets(Targets, other.Targets)
        && SameTargets(RegionTargets, other.RegionTargets)
        && CollegeTargets.Count == other.CollegeTargets.Count
        && CollegeTargets.All(c => other.CollegeTargets.TryGetValue(c.Key, out var targets) && SameTargets(c.Value, targets))
        && Equals(Rating, other.Rating)
        && ChatActivityDays == other.ChatActivityDays
        && VacancyFreshnessDays == other.VacancyFreshnessDays
        && TrackFreshnessDays == other.TrackFreshnessDays
        && WebsiteChecklist == other.WebsiteChecklist
        && EmployedStatuses == other.EmployedStatuses
        && OutsideLabourMarketStatuses == other.OutsideLabourMarketStatuses
        && AtRiskStatuses == other.AtRiskStatuses
        && PluginOptions.Count == other.PluginOptions.Count
        && PluginOptions.All(o => other.PluginOptions.TryGetValue(o.Key, out var value) && JsonElement.DeepEquals(o.Value, value));

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Targets.Count, RegionTargets.Count, ChatActivityDays, VacancyFreshnessDays, TrackFreshnessDays, WebsiteChecklist);

    private static IReadOnlyDictionary<string, JsonElement> CopyOptions(IReadOnlyDictionary<string, JsonElement>? value) =>
        value is null || value.Count == 0
            ? ReadOnlyDictionary<string, JsonElement>.Empty
            : new ReadOnlyDictionary<string, JsonElement>(value.ToDictionary(o => o.Key, o => o.Value.Clone(), StringComparer.Ordinal));

    private static bool SameTargets(IReadOnlyDictionary<string, ExactDecimal> left, IReadOnlyDictionary<string, ExactDecimal> right) =>
        left.Count == right.Count && left.All(t => right.TryGetValue(t.Key, out var value) && value == t.Value);
}
