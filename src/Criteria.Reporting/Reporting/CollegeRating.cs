using Criteria.Collections;

namespace Criteria.Reporting;

/// <summary>A college's integral index, its coverage, its rank and the parts the index is made of.</summary>
/// <param name="CollegeId">The college's id.</param>
/// <param name="Index">100 · Σ weight·score ÷ Σ weight over the criteria with a score, rounded half up to two decimals; null when no criterion has a score.</param>
/// <param name="Rank">The place among the ranked colleges (equal indexes share a place, the next place skips); null when the college has no index or its coverage is below the minimum.</param>
/// <param name="Coverage">Σ weight over the criteria with a score ÷ Σ weight over all criteria with a weight, rounded half up to four decimals.</param>
/// <param name="Parts">Every criterion with a weight above 0, in code order.</param>
public sealed record CollegeRating(string CollegeId, decimal? Index, int? Rank, decimal Coverage, ValueArray<RatingPart> Parts);
