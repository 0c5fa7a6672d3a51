using Criteria.Collections;
using NRules.RuleModel;

namespace Criteria.Catalog;

/// <summary>
/// What the evaluator must know of a criterion: its metadata (code, group, titles, kind, direction,
/// definition, cohorts) and the NRules rule definitions that compute it. The standard criteria and a
/// plugin's criteria are described alike.
/// </summary>
public sealed record CriterionDescriptor
{
    /// <summary>The code, for example <c>2.1</c>; unique in an evaluator.</summary>
    public required string Code { get; init; }

    /// <summary>The group, 1 to 5 for the standard criteria.</summary>
    public required int Group { get; init; }

    /// <summary>The Russian title, as in the source document.</summary>
    public required string Title { get; init; }

    /// <summary>The English title.</summary>
    public required string TitleEn { get; init; }

    /// <summary>How the criterion is counted, rolled up and given a status.</summary>
    public required CriterionKind Kind { get; init; }

    /// <summary>True when a lower value is better (5.9, 5.10): a target is met when the value is at most the target.</summary>
    public bool LowerIsBetter { get; init; }

    /// <summary>The exact definition: numerator, denominator, population.</summary>
    public required string Definition { get; init; }

    /// <summary>Where the criterion comes from: <c>standard</c>, or a plugin's id.</summary>
    public string Source { get; init; } = "standard";

    /// <summary>The cohorts it is reported for, in report order.</summary>
    public ValueArray<Cohort> Cohorts { get; init; } = Catalog.Cohorts.AllOnly;

    /// <summary>How the region rolls up a count; ignored for other kinds.</summary>
    public CountRollUp CountRollUp { get; init; }

    /// <summary>For a distinct count, the JSON name of the ids a result lists (3.3: <c>employerIds</c>).</summary>
    public string IdsName { get; init; } = "ids";

    /// <summary>The rules that compute it; each yields <see cref="Evaluation.CriterionTally"/> facts with this code.</summary>
    public required ValueArray<IRuleDefinition> Rules { get; init; }
}
