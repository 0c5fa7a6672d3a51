using Criteria.Profiles;

namespace Criteria.Reporting;

/// <summary>One criterion's part in a college's index: its weight and the college's score on it.</summary>
/// <param name="Code">The criterion's code.</param>
/// <param name="Weight">The criterion's weight, above 0.</param>
/// <param name="Score">The score from 0 to 1 (the exact fraction as the nearest double), higher is better; null when the result gives none (no data, an error).</param>
public sealed record RatingPart(string Code, ExactDecimal Weight, double? Score);
