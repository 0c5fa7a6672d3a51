using Criteria.Collections;

namespace Criteria.Reporting;

/// <summary>A college's series in a trend.</summary>
/// <param name="Id">The college's id.</param>
/// <param name="Name">Its name in the latest period it appears in.</param>
/// <param name="Series">Its series, in the report's order of criteria and cohorts.</param>
public sealed record CollegeTrend(string Id, string? Name, ValueArray<TrendSeries> Series);
