namespace Criteria.Rendering;

/// <summary>A rendering of a report.</summary>
public enum ReportFormat
{
    /// <summary>Tables for a terminal or a text file: the region, then each college (cohort «все»), then the findings.</summary>
    Table,

    /// <summary>The report contract (docs/report.md), indented.</summary>
    Json,

    /// <summary>CSV for Excel (UTF-8 with a BOM): one row per college × criterion × cohort, then the region.</summary>
    Csv,

    /// <summary>One self-contained, printable HTML page with charts.</summary>
    Html,

    /// <summary>An Excel workbook (.xlsx): sheets for the region, the colleges × criteria matrix, every result, the rating, the findings and the criteria; numbers as numbers, coloured by status.</summary>
    Xlsx,
}
