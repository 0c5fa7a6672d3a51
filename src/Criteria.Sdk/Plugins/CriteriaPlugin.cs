using System.Reflection;
using System.Text.Json;
using Criteria.Catalog;
using Criteria.Sdk.Criteria;
using NRules.Fluent.Dsl;

namespace Criteria.Sdk.Plugins;

/// <summary>
/// The base of a plugin: by default its criteria are every <see cref="CriterionRule"/> class of the
/// plugin's assembly with a <see cref="CriterionAttribute"/> (in code order), its quality rules every
/// <see cref="Quality.QualityRule{TFact}"/> of the assembly, its version the assembly's, and it has no options.
/// </summary>
public abstract class CriteriaPlugin : ICriteriaPlugin
{
    /// <inheritdoc />
    public abstract string Id { get; }

    /// <inheritdoc />
    public virtual Version Version => GetType().Assembly.GetName().Version ?? new Version(0, 0);

    /// <inheritdoc />
    public virtual IReadOnlyList<CriterionRule> Criteria => Discovered.Criteria;

    /// <inheritdoc />
    public virtual IReadOnlyList<Rule> QualityRules => Discovered.QualityRules;

    /// <inheritdoc />
    public virtual JsonElement? DefaultOptions => null;

    /// <inheritdoc />
    public virtual string FindingCodePrefix => Id;

    /// <summary>What is wrong with the plugin as its author wrote it, found when it is loaded; null when nothing.</summary>
    internal virtual string? CheckDefinition() => null;

    private (IReadOnlyList<CriterionRule> Criteria, IReadOnlyList<Rule> QualityRules) Discovered =>
        CriteriaCatalogFactory.Discover(GetType().Assembly);

    /// <inheritdoc />
    public virtual IReadOnlyList<OptionProblem> ValidateOptions(JsonElement? options) => [];

    /// <summary>The plugin's id and version.</summary>
    public override string ToString() => $"{Id} {Version}";
}
