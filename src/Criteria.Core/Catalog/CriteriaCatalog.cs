using Criteria.Collections;
using NRules.RuleModel;

namespace Criteria.Catalog;

/// <summary>A named list of criteria, in catalog order, with the data-quality rules that go with them.</summary>
/// <param name="Id">The catalog id, for example <c>samara-2023</c>.</param>
/// <param name="Criteria">The criteria in catalog order.</param>
/// <param name="QualityRules">Rules that yield <see cref="Evaluation.RecordFindings"/> facts.</param>
public sealed record CriteriaCatalog(string Id, ValueArray<CriterionDescriptor> Criteria, ValueArray<IRuleDefinition> QualityRules);
