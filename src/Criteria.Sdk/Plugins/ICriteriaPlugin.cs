using System.Text.Json;
using Criteria.Catalog;
using Criteria.Sdk.Criteria;
using NRules.Fluent.Dsl;

namespace Criteria.Sdk.Plugins;

/// <summary>
/// A plugin: criteria (and data-quality rules) that a region, a municipality or a college adds to
/// the evaluator without changing the library. Derive from <see cref="CriteriaPlugin"/> rather than
/// implementing this directly.
/// </summary>
public interface ICriteriaPlugin
{
    /// <summary>The plugin's id: the <c>source</c> of its criteria in reports, the key of its <c>extensions</c> in datasets and of its options in profiles.</summary>
    string Id { get; }

    /// <summary>The plugin's own version.</summary>
    Version Version { get; }

    /// <summary>The criteria the plugin contributes, in the order they are reported.</summary>
    IReadOnlyList<CriterionRule> Criteria { get; }

    /// <summary>The data-quality rules the plugin contributes (any NRules rules yielding <see cref="Evaluation.RecordFindings"/>).</summary>
    IReadOnlyList<Rule> QualityRules { get; }

    /// <summary>The options used when a profile has no <c>plugins.&lt;id&gt;</c> section; null for none.</summary>
    JsonElement? DefaultOptions { get; }

    /// <summary>Checks options before anything is evaluated.</summary>
    /// <param name="options">The profile's section, or <see cref="DefaultOptions"/>.</param>
    /// <returns>The problems; empty when the options are good.</returns>
    IReadOnlyList<OptionProblem> ValidateOptions(JsonElement? options);

    /// <summary>
    /// What every code of the plugin's findings starts with (compared ignoring case): by default the
    /// plugin's <see cref="Id"/>, so that plugin <c>acme</c> reports <c>acme.1</c> or <c>ACME-ORPHAN</c>.
    /// A standard code (DQ…, RULE) is refused at load whatever the prefix.
    /// </summary>
    string FindingCodePrefix => Id;
}
