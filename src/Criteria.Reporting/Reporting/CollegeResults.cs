using Criteria.Collections;

namespace Criteria.Reporting;

/// <summary>The results of one college, in catalog order, each criterion's cohorts in report order.</summary>
/// <param name="Id">The college id.</param>
/// <param name="Name">The college's name.</param>
/// <param name="Results">The results.</param>
public sealed record CollegeResults(string Id, string? Name, ValueArray<CriterionResult> Results);
