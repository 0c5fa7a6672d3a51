using Criteria.Catalog;
using Criteria.Reporting;
using SpreadCheetah;
using static Criteria.Rendering.ReportWorkbook;

namespace Criteria.Rendering;

/// <summary>
/// A trend as an Excel workbook: the region's series (a column per cut-off, the change in percentage points or
/// units, its direction), every college's series in one long sheet, and the criteria.
/// </summary>
internal static class TrendWorkbook
{
    public static async Task WriteAsync(Trend trend, Stream output, RenderOptions options, CancellationToken cancellationToken)
    {
        var language = options.Language;
        var t = Labels.For(language);
        var criteria = trend.Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var periods = trend.Periods.Select(p => (TrendText.Cutoff(p.Cutoff, language), 11.0)).ToList();
        var book = await Workbook.CreateAsync(output, cancellationToken).ConfigureAwait(false);
        await using (book.ConfigureAwait(false))
        {
            await book.SheetAsync(
                L(language, "Регион", "Region"),
                [(t.Code, 7), (t.Criterion, 60), (t.Cohort, 24), .. periods, (L(language, "Изменение", "Change"), 11), (L(language, "Направление", "Direction"), 14)],
                trend.RegionSeries.Count,
                cancellationToken).ConfigureAwait(false);
            foreach (var series in trend.RegionSeries)
            {
                await book.RowAsync(Row(book, null, null, series, criteria[series.Code], language, t), cancellationToken).ConfigureAwait(false);
            }

            await book.SheetAsync(
                L(language, "Колледжи", "Colleges"),
                [("ID", 8), (L(language, "Колледж", "College"), 30), (t.Code, 7), (t.Criterion, 40), (t.Cohort, 24), .. periods, (L(language, "Изменение", "Change"), 11), (L(language, "Направление", "Direction"), 14)],
                trend.Colleges.Sum(c => c.Series.Count),
                cancellationToken,
                frozenColumns: 2).ConfigureAwait(false);
            foreach (var college in trend.Colleges)
            {
                foreach (var series in college.Series)
                {
                    await book.RowAsync(Row(book, college.Id, college.Name, series, criteria[series.Code], language, t), cancellationToken).ConfigureAwait(false);
                }
            }

            await ReportWorkbook.Criteria(book, trend.Criteria, language, cancellationToken).ConfigureAwait(false);
            await book.FinishAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static List<Cell> Row(Workbook book, string? id, string? name, TrendSeries series, ReportCriterion criterion, ReportLanguage language, Labels t)
    {
        var cells = new List<Cell>();
        if (id is not null)
        {
            cells.Add(Workbook.Text(id));
            cells.Add(Workbook.Text(name));
        }

        cells.Add(Workbook.Text(series.Code));
        cells.Add(Workbook.Text(ResultText.Title(criterion, language)));
        cells.Add(Workbook.Text(t.CohortName(series.Cohort)));
        cells.AddRange(series.Points.Select(book.Value));

        // The change in percentage points (in units for a count), as a number.
        var counts = TrendText.IsCount(series, criterion);
        cells.Add(book.Styled(series.Change is { } change ? (counts ? change : (double)Math.Round((decimal)change * 100, 1, MidpointRounding.AwayFromZero)) : null, counts ? Workbook.CellKind.Whole : Workbook.CellKind.Points,
            series.Direction switch { TrendDirection.Better => ResultStatus.Met, TrendDirection.Worse => ResultStatus.NotMet, _ => null }));
        cells.Add(Workbook.Text(TrendText.Direction(series.Direction, language)));
        return cells;
    }
}
