using Criteria.Collections;
using Criteria.Facts;
using Criteria.Quality;

namespace Criteria.Reporting;

/// <summary>The output of an evaluation (docs/report.md): every college's results, the region's, and the findings. Immutable.</summary>
public sealed record Report
{
    /// <summary>The contract version of the report.</summary>
    public string SchemaVersion { get; init; } = "1.0";

    /// <summary>The catalog id (several catalogs: their ids joined with '+').</summary>
    public required string Catalog { get; init; }

    /// <summary>The region's name.</summary>
    public string? Region { get; init; }

    /// <summary>The period evaluated.</summary>
    public required Period Period { get; init; }

    /// <summary>How the report counted: the profile's status sets, windows and checklist; null in a report written before reports said so (the defaults).</summary>
    public ReportSettings? Settings { get; init; }

    /// <summary>The criteria, in catalog order.</summary>
    public required ValueArray<ReportCriterion> Criteria { get; init; }

    /// <summary>The colleges, in input order.</summary>
    public required ValueArray<CollegeResults> Colleges { get; init; }

    /// <summary>The region's results, in the same order as a college's.</summary>
    public required ValueArray<CriterionResult> RegionResults { get; init; }

    /// <summary>The integral index, coverage and rank of each college; null when the evaluation was asked for no rating (docs/report.md, "rating").</summary>
    public Rating? Rating { get; init; }

    /// <summary>The findings, by code then in document order.</summary>
    public required ValueArray<Finding> Findings { get; init; }
}
