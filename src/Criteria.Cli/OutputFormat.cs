namespace Criteria.Cli;

/// <summary>How <c>criteria evaluate</c> renders a report.</summary>
internal enum OutputFormat
{
    /// <summary>Tables for a terminal, with the Russian titles.</summary>
    Table,

    /// <summary>The report contract (docs/report.md).</summary>
    Json,

    /// <summary>CSV for Excel: one row per college × criterion × cohort, then the region.</summary>
    Csv,

    /// <summary>One self-contained, printable HTML page with charts.</summary>
    Html,
}
