using Criteria.Reporting;

namespace Criteria.Evaluation;

/// <summary>A result that changed since the last <see cref="LiveEvaluation.TakeChanges"/>: its new value.</summary>
/// <param name="CollegeId">The college; null for the region.</param>
/// <param name="Result">The result as it is now.</param>
public sealed record ResultChange(string? CollegeId, CriterionResult Result);
