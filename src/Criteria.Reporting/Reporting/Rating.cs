using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Profiles;

namespace Criteria.Reporting;

/// <summary>The report's <c>rating</c> section (docs/report.md): the settings it was made with and every college's index and rank. Immutable.</summary>
public sealed record Rating
{
    /// <summary>The cohort whose results were scored.</summary>
    public required Cohort Cohort { get; init; }

    /// <summary>The coverage a college needed to be ranked.</summary>
    public required ExactDecimal MinCoverage { get; init; }

    /// <summary>The effective weight of every criterion of the report, in its order.</summary>
    public required ValueArray<CriterionWeight> Weights { get; init; }

    /// <summary>The colleges by rank (equal ranks in input order), then the colleges without a rank in input order.</summary>
    public required ValueArray<CollegeRating> Colleges { get; init; }
}
