using System.Globalization;
using Criteria.Catalog;
using Criteria.Reporting;

namespace Criteria.Rendering;

/// <summary>A trend as CSV for Excel: a row per college × criterion × cohort, then the region's; a column per period (its cut-off), the change and its direction.</summary>
internal static class TrendCsv
{
    public static void Render(Trend trend, TextWriter writer, char separator)
    {
        var titles = trend.Criteria.ToDictionary(c => c.Code, c => c.Title, StringComparer.Ordinal);
        CsvRenderer.Row(writer, separator,
            [.. new[] { "scope", "college", "code", "title", "cohort" }.Concat(trend.Periods.Select(p => p.Cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Concat(["change", "direction"]).Select(h => (CsvCell)h)]);
        foreach (var college in trend.Colleges)
        {
            foreach (var series in college.Series)
            {
                CsvRenderer.Row(writer, separator, Cells(college.Id, college.Name, titles[series.Code], series));
            }
        }

        foreach (var series in trend.RegionSeries)
        {
            CsvRenderer.Row(writer, separator, Cells("region", trend.Region, titles[series.Code], series));
        }
    }

    private static CsvCell[] Cells(string scope, string? name, string title, TrendSeries series) =>
    [
        scope,
        name ?? "",
        series.Code,
        title,
        series.Cohort.Name(),
        .. series.Points.Select(p => CsvCell.Number(p is null ? "" : ResultText.ContractValue(p))),
        CsvCell.Number(series.Change?.ToString("R", CultureInfo.InvariantCulture) ?? ""),
        series.Direction is { } direction ? direction switch { TrendDirection.Better => "better", TrendDirection.Worse => "worse", _ => "same" } : "",
    ];
}
