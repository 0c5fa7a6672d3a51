using Criteria.Catalog;

namespace Criteria.Benchmarks.Baseline;

/// <summary>One number of the hand-written baseline: a college's (or the region's) result of a criterion and cohort.</summary>
/// <param name="CollegeId">The college; null for the region.</param>
/// <param name="Code">The criterion.</param>
/// <param name="Cohort">The cohort.</param>
/// <param name="Numerator">The numerator (a count's value; 1 or 0 for a college's presence).</param>
/// <param name="Denominator">The denominator; null where there is none.</param>
public readonly record struct BaselineResult(string? CollegeId, string Code, Cohort Cohort, long Numerator, long? Denominator);
