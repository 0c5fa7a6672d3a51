using Criteria.Rendering;
using Criteria.Reporting;
using SpreadCheetah;

namespace Criteria.Cli.Rendering;

/// <summary><c>criteria compare --format xlsx</c>: one sheet of the comparison (before, after, change, target, gap, coloured by the later status) and the criteria.</summary>
internal static class ComparisonWorkbook
{
    public static async Task WriteAsync(List<Comparison> rows, Report after, Stream output, ReportLanguage language, CancellationToken cancellationToken)
    {
        var en = language == ReportLanguage.En;
        var t = Labels.For(language);
        var titles = after.Criteria.ToDictionary(c => c.Code, c => ResultText.Title(c, language), StringComparer.Ordinal);
        var book = await Workbook.CreateAsync(output, cancellationToken).ConfigureAwait(false);
        await using (book.ConfigureAwait(false))
        {
            await book.SheetAsync(
                en ? "Comparison" : "Сравнение",
                [
                    (en ? "Scope" : "Где", 10), (t.Code, 7), (t.Criterion, 50), (t.Cohort, 24), (en ? "Before" : "Было", 10), (en ? "After" : "Стало", 10),
                    (en ? "Change" : "Изменение", 11), (t.Target, 9), (en ? "Gap to target" : "Отставание от цели", 12), (t.Status, 16),
                ],
                rows.Count,
                cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                var counts = row.After is { HasRatio: false } || row.Before is { HasRatio: false };
                var kind = counts ? Workbook.CellKind.Whole : Workbook.CellKind.Points; // a change of a share is in percentage points, as in the trend workbook
                double? Difference(double? value) => value is { } v && !counts ? (double)Math.Round((decimal)v * 100, 1, MidpointRounding.AwayFromZero) : value;
                await book.RowAsync(
                    [
                        Workbook.Text(row.IsRegion ? t.RegionValue : row.Scope), Workbook.Text(row.Code), Workbook.Text(titles.GetValueOrDefault(row.Code)), Workbook.Text(t.CohortName(row.Cohort)),
                        book.Value(row.Before), book.Value(row.After), book.Styled(Difference(row.Change), kind), book.Target(row.After?.Target, counts), book.Styled(Difference(row.Gap), kind),
                        row.After is { } now ? book.Styled(t.StatusName(now.Status), now.Status) : Workbook.Text(null),
                    ],
                    cancellationToken).ConfigureAwait(false);
            }

            await ReportWorkbook.Criteria(book, after.Criteria, language, cancellationToken).ConfigureAwait(false);
            await book.FinishAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
