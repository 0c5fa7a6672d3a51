using Criteria.Catalog;
using Criteria.Collections;

namespace Criteria.Reporting;

/// <summary>One figure over the periods of a trend: a criterion in a cohort, for the region or a college.</summary>
/// <param name="Code">The criterion's code.</param>
/// <param name="Cohort">The cohort.</param>
/// <param name="Points">The result in each period, in the trend's order; null where the college was not in that period's data.</param>
/// <param name="Change">The last period's value − the first period's, exact and written as the nearest double; null unless both are numbers.</param>
/// <param name="Direction">Whether the change is for the better, by the criterion's direction; null without a change.</param>
public sealed record TrendSeries(string Code, Cohort Cohort, ValueArray<CriterionResult?> Points, double? Change, TrendDirection? Direction);
