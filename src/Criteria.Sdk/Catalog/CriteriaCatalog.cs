using System.Text.Json;
using Criteria.Collections;
using NRules.RuleModel;

namespace Criteria.Catalog;

/// <summary>A named list of criteria, in catalog order, with the data-quality rules that go with them.</summary>
/// <param name="Id">The catalog id, for example <c>samara-2023</c>, or a plugin's id.</param>
/// <param name="Criteria">The criteria in catalog order.</param>
/// <param name="QualityRules">Rules that yield <see cref="Evaluation.RecordFindings"/> facts.</param>
public sealed record CriteriaCatalog(string Id, ValueArray<CriterionDescriptor> Criteria, ValueArray<IRuleDefinition> QualityRules)
{
    /// <summary>
    /// True for a plugin's catalog: its rules run in a session of their own, under the evaluator's
    /// time budget, so that a slow or failing plugin cannot hold up or change the other criteria.
    /// </summary>
    public bool Isolated { get; init; }

    /// <summary>
    /// The codes of the findings the catalog's data-quality rules report (as far as they say so before
    /// they run): two catalogs of one evaluator never share one, so that a code means one thing in a report.
    /// </summary>
    public ValueArray<string> FindingCodes { get; init; }

    /// <summary>The options of the catalog when a profile has no <c>plugins.&lt;id&gt;</c> section; null for none.</summary>
    public JsonElement? DefaultOptions { get; init; }

    /// <summary>
    /// Checks the catalog's options (the profile's <c>plugins.&lt;id&gt;</c> section, or the defaults) when
    /// the evaluator is built or a profile is given; null when any options are accepted.
    /// </summary>
    public Func<JsonElement?, IReadOnlyList<OptionProblem>>? ValidateOptions { get; init; }
}
