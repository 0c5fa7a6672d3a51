using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Criteria.Facts;
using Criteria.Profiles;

namespace Criteria.Evaluation;

/// <summary>
/// What every fact of an evaluation shares: the dataset's period and the profile's settings, in the
/// form the rules test them (status sets in constant time). Immutable.
/// </summary>
public sealed class EvaluationContext
{
    private readonly IReadOnlyDictionary<string, JsonElement> _pluginOptions;
    private readonly StatusSet _employedStatuses;
    private readonly StatusSet _outsideLabourMarketStatuses;
    private readonly StatusSet _atRiskStatuses;
    private readonly ConcurrentDictionary<(string PluginId, Type Type), object?> _typedOptions = new();

    /// <summary>Creates the context of an evaluation.</summary>
    /// <param name="period">The dataset's period.</param>
    /// <param name="profile">The evaluation profile.</param>
    /// <param name="pluginOptions">The effective options of each plugin (the profile's section, or the plugin's defaults).</param>
    internal EvaluationContext(Period period, EvaluationProfile profile, IReadOnlyDictionary<string, JsonElement>? pluginOptions = null)
    {
        _pluginOptions = pluginOptions ?? profile?.PluginOptions ?? new Dictionary<string, JsonElement>();
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(profile);
        Period = period;
        Profile = profile;
        _employedStatuses = new StatusSet(profile.EmployedStatuses);
        _outsideLabourMarketStatuses = new StatusSet(profile.OutsideLabourMarketStatuses);
        _atRiskStatuses = new StatusSet(profile.AtRiskStatuses);
    }

    /// <summary>The period: academic year and cut-off.</summary>
    public Period Period { get; }

    /// <summary>The profile.</summary>
    public EvaluationProfile Profile { get; }

    /// <summary>Whether an employment status counts as employed (the profile's <c>employedStatuses</c>).</summary>
    /// <param name="status">The status.</param>
    /// <returns>True when it does.</returns>
    public bool IsEmployed(EmploymentStatus status) => _employedStatuses.Contains(status);

    /// <summary>Whether an employment status is outside the labour market (the profile's <c>outsideLabourMarketStatuses</c>).</summary>
    /// <param name="status">The status.</param>
    /// <returns>True when it does.</returns>
    public bool IsOutsideLabourMarket(EmploymentStatus status) => _outsideLabourMarketStatuses.Contains(status);

    /// <summary>Whether an employment status puts a graduate at risk of unemployment (the profile's <c>atRiskStatuses</c>).</summary>
    /// <param name="status">The status.</param>
    /// <returns>True when it does.</returns>
    public bool IsAtRisk(EmploymentStatus status) => _atRiskStatuses.Contains(status);

    /// <summary>The options of a plugin: the profile's <c>plugins.&lt;id&gt;</c> section, or the plugin's defaults; null when it has none.</summary>
    /// <param name="pluginId">The plugin's id.</param>
    /// <returns>The options, verbatim.</returns>
    public JsonElement? PluginOptions(string pluginId) => _pluginOptions.TryGetValue(pluginId, out var options) ? options : null;

    /// <summary>
    /// The options of a plugin read as the plugin's own type, once per evaluation (cached); null when
    /// the plugin has none.
    /// </summary>
    /// <typeparam name="T">The plugin's options type.</typeparam>
    /// <param name="pluginId">The plugin's id.</param>
    /// <param name="typeInfo">The JSON type information of <typeparamref name="T"/>.</param>
    /// <returns>The options.</returns>
    public T? PluginOptions<T>(string pluginId, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return (T?)_typedOptions.GetOrAdd((pluginId, typeof(T)), key => PluginOptions(key.PluginId) is { } element ? element.Deserialize(typeInfo) : null);
    }

    /// <summary>True when the date is within the period (start ≤ date ≤ end).</summary>
    /// <param name="date">The date.</param>
    public bool WithinPeriod(DateOnly date) => Period.Contains(date);

    /// <summary>True when the date is fresh within <paramref name="days"/> days of the cut-off; null is never fresh.</summary>
    /// <param name="date">The date.</param>
    /// <param name="days">The window in days.</param>
    public bool IsFresh(DateOnly? date, int days) => Period.IsFresh(date, days);

    /// <summary>True when the date is after the cut-off (finding DQ7).</summary>
    /// <param name="date">The date; null is never after.</param>
    public bool AfterCutoff(DateOnly? date) => date > Period.Cutoff;
}
