using Criteria.Reporting;

namespace Criteria.Rendering;

/// <summary>A row of a college's card: the college's result, the region's, and the college's place.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Result">The college's result.</param>
/// <param name="Region">The region's result of the same criterion and cohort.</param>
/// <param name="Place">The college's place among the colleges with a value (1 is best); null without a value.</param>
/// <param name="Of">How many colleges have a value.</param>
internal sealed record CardRow(ReportCriterion Criterion, CriterionResult Result, CriterionResult? Region, int? Place, int Of);
