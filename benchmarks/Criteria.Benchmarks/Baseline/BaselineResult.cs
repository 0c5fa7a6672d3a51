using Criteria.Catalog;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Benchmarks.Baseline;

/// <summary>One number of the hand-written baseline: a college's (or the region's) result of a criterion and cohort.</summary>
/// <param name="CollegeId">The college; null for the region.</param>
/// <param name="Code">The criterion.</param>
/// <param name="Cohort">The cohort.</param>
/// <param name="Numerator">The numerator (a count's value; 1 or 0 for a college's presence).</param>
/// <param name="Denominator">The denominator; null where there is none.</param>
/// <param name="Status">The status against the profile's target.</param>
/// <param name="Target">The target that applies to this result, if any.</param>
public readonly record struct BaselineResult(string? CollegeId, string Code, Cohort Cohort, long Numerator, long? Denominator, ResultStatus Status, ExactDecimal? Target);
