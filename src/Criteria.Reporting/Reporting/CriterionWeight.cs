using Criteria.Profiles;

namespace Criteria.Reporting;

/// <summary>The effective weight of a criterion in the rating.</summary>
/// <param name="Code">The criterion's code.</param>
/// <param name="Weight">Its weight, ≥ 0 (0: not part of the index).</param>
public sealed record CriterionWeight(string Code, ExactDecimal Weight);
