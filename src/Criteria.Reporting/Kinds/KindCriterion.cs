namespace Criteria.Kinds;

/// <summary>What a kind needs to know of a criterion to make its results.</summary>
/// <param name="Code">The criterion's code.</param>
/// <param name="LowerIsBetter">Whether lower is better (a target is then a ceiling).</param>
/// <param name="DistinctIds">For a count: whether it counts distinct ids (3.3) rather than summing.</param>
/// <param name="IdsName">For a count of distinct ids: the name the report gives the ids.</param>
internal readonly record struct KindCriterion(string Code, bool LowerIsBetter, bool DistinctIds, string IdsName);
