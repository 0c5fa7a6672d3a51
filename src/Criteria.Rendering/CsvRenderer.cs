using System.Globalization;
using System.Text;
using Criteria.Catalog;
using Criteria.Reporting;

namespace Criteria.Rendering;

/// <summary>
/// Renders a report as CSV for Excel: UTF-8 with a byte-order mark, one row per college × criterion ×
/// cohort and then the region's rows (then, with a rating, the ranking below an empty line); `;` as separator for a Russian-locale Excel,
/// whose numbers then have a decimal comma (<see cref="CsvCell"/>); with `,` a decimal point. It only formats: every figure comes from the report.
/// </summary>
internal static class CsvRenderer
{
    private static readonly string[] Header =
        ["scope", "college", "code", "title", "cohort", "numerator", "denominator", "value", "percent", "target", "status", "targetSource", "profileTarget", "profileStatus"];

    private static readonly string[] RatingHeader = ["rank", "college", "name", "index", "coverage"];

    public static void Render(Report report, TextWriter writer, char separator)
    {
        var titles = report.Criteria.ToDictionary(c => c.Code, c => c.Title, StringComparer.Ordinal);
        Row(writer, separator, Header.Select(h => (CsvCell)h));
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

        if (report.Rating is { } rating)
        {
            // The ranking as a second table below the results, after an empty line (Excel shows it as such).
            var names = report.Colleges.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
            writer.Write("\r\n");
            Row(writer, separator, RatingHeader.Select(h => (CsvCell)h));
            foreach (var college in rating.Colleges)
            {
                Row(writer, separator,
                [
                    CsvCell.Number(college.Rank?.ToString(CultureInfo.InvariantCulture) ?? ""),
                    college.CollegeId,
                    names.GetValueOrDefault(college.CollegeId) ?? "",
                    CsvCell.Number(college.Index?.ToString("0.00", CultureInfo.InvariantCulture) ?? ""),
                    CsvCell.Number(college.Coverage.ToString("0.0000", CultureInfo.InvariantCulture)),
                ]);
            }
        }
    }

    private static CsvCell[] Cells(string scope, string? name, string title, CriterionResult result) =>
    [
        scope,
        name ?? "",
        result.Code,
        title,
        result.Cohort.Name(),
        CsvCell.Number(result.HasRatio ? Number(result.Numerator) : ""),
        CsvCell.Number(result.HasRatio ? Number(result.Denominator) : ""),
        CsvCell.Number(ResultText.ContractValue(result)),
        CsvCell.Number(result.Percent?.ToString("0.0", CultureInfo.InvariantCulture) ?? ""),
        CsvCell.Number(result.Target?.ToString() ?? ""),
        ResultText.ContractStatus(result.Status),
        result.TargetSource == TargetSource.College ? "college" : "",
        CsvCell.Number(result.TargetSource == TargetSource.College ? result.ProfileTarget?.ToString() ?? "" : ""),
        result.TargetSource == TargetSource.College && result.ProfileStatus is { } status ? ResultText.ContractStatus(status) : "",
    ];

    private static string Number(long? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// Writes a row: cells escaped where they hold the separator, a quote or a line break, and text that a
    /// spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return and is not a
    /// number: a college named <c>=HYPERLINK(…)</c> in the data) kept as text behind an apostrophe; CRLF after it.
    /// </summary>
    internal static void Row(TextWriter writer, char separator, IEnumerable<CsvCell> cells)
    {
        writer.Write(string.Join(separator, cells.Select(cell => cell.IsNumber ? cell.For(separator) : Escape(cell.Text, separator))));
        writer.Write("\r\n");
    }

    private static string Escape(string cell, char separator)
    {
        if (CouldRunAsFormula(cell))
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    private static bool CouldRunAsFormula(string cell) =>
        cell.Length > 0
        && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _); // -0.25, a change, is a number

}
