using System.Globalization;
using System.Text;
using Criteria.Catalog;
using Criteria.Reporting;

namespace Criteria.Rendering;

/// <summary>
/// Renders a report as CSV for Excel: UTF-8 with a byte-order mark, one row per college × criterion ×
/// cohort and then the region's rows; `;` as separator for a Russian-locale Excel. Numbers use a
/// decimal point whatever the separator. It only formats: every figure comes from the report.
/// </summary>
internal static class CsvRenderer
{
    private static readonly string[] Header =
        ["scope", "college", "code", "title", "cohort", "numerator", "denominator", "value", "percent", "target", "status"];

    public static void Render(Report report, TextWriter writer, char separator)
    {
        var titles = report.Criteria.ToDictionary(c => c.Code, c => c.Title, StringComparer.Ordinal);
        Row(writer, separator, Header);
        foreach (var college in report.Colleges)
        {
            foreach (var result in college.Results)
            {
                Row(writer, separator, Cells(college.Id, college.Name, titles[result.Code], result));
            }
        }

        foreach (var result in report.RegionResults)
        {
            Row(writer, separator, Cells("region", report.Region, titles[result.Code], result));
        }
    }

    private static string[] Cells(string scope, string? name, string title, CriterionResult result) =>
    [
        scope,
        name ?? "",
        result.Code,
        title,
        result.Cohort.Name(),
        result.HasRatio ? Number(result.Numerator) : "",
        result.HasRatio ? Number(result.Denominator) : "",
        ResultText.ContractValue(result),
        result.Percent?.ToString("0.0", CultureInfo.InvariantCulture) ?? "",
        result.Target?.ToString() ?? "",
        ResultText.ContractStatus(result.Status),
    ];

    private static string Number(long? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static void Row(TextWriter writer, char separator, IEnumerable<string> cells)
    {
        writer.Write(string.Join(separator, cells.Select(cell => Escape(cell, separator))));
        writer.Write("\r\n");
    }

    private static string Escape(string cell, char separator) =>
        cell.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

}
