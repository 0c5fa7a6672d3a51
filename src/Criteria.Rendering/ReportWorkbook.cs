using Criteria.Catalog;
using Criteria.Kinds;
using Criteria.Reporting;
using SpreadCheetah;

namespace Criteria.Rendering;

/// <summary>
/// A report as an Excel workbook (docs/report.md, "Excel"): the region's summary; the colleges × criteria matrix
/// (cohort <c>all</c>, coloured by status, the rating's index and rank when there is one); every result in one
/// long sheet with a cohort column (one filter gives any cohort, college or criterion); the rating; the findings;
/// the criteria; what the report is of. With <see cref="RenderOptions.College"/>: that college's card.
/// </summary>
internal static class ReportWorkbook
{
    /// <summary>The Russian or the English words of a sheet or a header.</summary>
    internal static string L(ReportLanguage language, string ru, string en) => language == ReportLanguage.En ? en : ru;

    public static async Task WriteAsync(Report report, Stream output, RenderOptions options, CancellationToken cancellationToken, int rowsPerSheet = 1_048_575)
    {
        var language = options.Language;
        var t = Labels.For(language);
        var book = await Workbook.CreateAsync(output, cancellationToken, rowsPerSheet).ConfigureAwait(false);
        await using (book.ConfigureAwait(false))
        {
            var criteria = report.Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);
            if (options.College is { } collegeId)
            {
                await Card(book, CollegeCard.Of(report, collegeId), language, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Summary(book, report, criteria, language, t, cancellationToken).ConfigureAwait(false);
                await Matrix(book, report, language, cancellationToken).ConfigureAwait(false);
                await Results(book, report, criteria, language, t, cancellationToken).ConfigureAwait(false);
                if (report.Rating is { } rating)
                {
                    await Rating(book, report, rating, language, cancellationToken).ConfigureAwait(false);
                }

                await Findings(book, report.Findings, language, t, cancellationToken).ConfigureAwait(false);
            }

            await Criteria(book, report.Criteria, language, cancellationToken).ConfigureAwait(false);
            await About(book, report, language, cancellationToken).ConfigureAwait(false);
            await book.FinishAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task Summary(Workbook book, Report report, Dictionary<string, ReportCriterion> criteria, ReportLanguage language, Labels t, CancellationToken cancellationToken)
    {
        var rows = report.RegionResults.Where(r => r.Cohort == Cohort.All).ToList();
        await book.SheetAsync(
            L(language, "Регион", "Region"),
            [(t.Code, 7), (t.Criterion, 70), (t.Value, 11), (L(language, "Числитель", "Numerator"), 11), (L(language, "Знаменатель", "Denominator"), 12), (t.Target, 9), (t.Status, 16)],
            rows.Count,
            cancellationToken).ConfigureAwait(false);
        foreach (var result in rows)
        {
            var criterion = criteria[result.Code];
            await book.RowAsync(
                [
                    Workbook.Text(result.Code), Workbook.Text(ResultText.Title(criterion, language)), book.Value(result),
                    Workbook.Number(result.HasRatio ? result.Numerator : null), Workbook.Number(result.HasRatio ? result.Denominator : null),
                    book.Target(result.Target, !result.HasRatio), book.Styled(t.StatusName(result.Status), result.Status),
                ],
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task Matrix(Workbook book, Report report, ReportLanguage language, CancellationToken cancellationToken)
    {
        var codes = report.Criteria.Select(c => c.Code).ToList();
        var rated = report.Rating?.Colleges.ToDictionary(c => c.CollegeId, StringComparer.Ordinal);
        List<(string, double)> columns = [("ID", 8), (L(language, "Колледж", "College"), 36)];
        if (rated is not null)
        {
            columns.AddRange([(L(language, "Индекс", "Index"), 9), (L(language, "Место", "Rank"), 8)]);
        }

        columns.AddRange(codes.Select(code => (code, 8.0)));
        await book.SheetAsync(L(language, "Матрица", "Matrix"), columns, report.Colleges.Count, cancellationToken, frozenColumns: 2).ConfigureAwait(false);
        var at = report.Colleges.Count == 0 ? [] : codes.Select(code => report.Colleges[0].Results.ToList().FindIndex(r => r.Code == code && r.Cohort == Cohort.All)).ToArray();
        foreach (var college in report.Colleges)
        {
            var cells = new List<Cell>(columns.Count) { Workbook.Text(college.Id), Workbook.Text(college.Name) };
            if (rated is not null)
            {
                var rating = rated.GetValueOrDefault(college.Id);
                cells.Add(book.Styled((double?)rating?.Index, Workbook.CellKind.Decimal));
                cells.Add(Workbook.Number(rating?.Rank));
            }

            for (var c = 0; c < codes.Count; c++)
            {
                var result = at[c] >= 0 && at[c] < college.Results.Count && college.Results[at[c]].Code == codes[c]
                    ? college.Results[at[c]]
                    : college.Results.FirstOrDefault(r => r.Code == codes[c] && r.Cohort == Cohort.All);
                cells.Add(book.Value(result));
            }

            await book.RowAsync(cells, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task Results(Workbook book, Report report, Dictionary<string, ReportCriterion> criteria, ReportLanguage language, Labels t, CancellationToken cancellationToken)
    {
        var rows = report.Colleges.Sum(c => c.Results.Count) + report.RegionResults.Count;
        await book.SheetAsync(
            L(language, "Результаты", "Results"),
            [
                ("ID", 8), (L(language, "Колледж", "College"), 30), (t.Code, 7), (t.Cohort, 24), (L(language, "Числитель", "Numerator"), 11),
                (L(language, "Знаменатель", "Denominator"), 12), (t.Value, 10), (t.Target, 9), (t.Status, 16), (L(language, "Чья цель", "Whose target"), 14),
                (L(language, "Цель региона", "Region's target"), 13), (L(language, "Статус по цели региона", "Status against it"), 22),
            ],
            rows,
            cancellationToken).ConfigureAwait(false);
        var r = RatingLabels.For(language);
        async Task Add(string id, string? name, CriterionResult result)
        {
            var counts = !result.HasRatio;
            await book.RowAsync(
                [
                    Workbook.Text(id), Workbook.Text(name), Workbook.Text(result.Code), Workbook.Text(t.CohortName(result.Cohort)),
                    Workbook.Number(result.HasRatio ? result.Numerator : null), Workbook.Number(result.HasRatio ? result.Denominator : null), book.Value(result),
                    book.Target(result.Target, counts), book.Styled(t.StatusName(result.Status), result.Status),
                    Workbook.Text(result.TargetSource switch { TargetSource.College => r.CollegeTarget, TargetSource.Profile => r.RegionTarget, _ => null }),
                    book.Target(result.ProfileTarget, counts), result.ProfileStatus is { } status ? book.Styled(t.StatusName(status), status) : Workbook.Text(null),
                ],
                cancellationToken).ConfigureAwait(false);
        }

        foreach (var college in report.Colleges)
        {
            foreach (var result in college.Results)
            {
                await Add(college.Id, college.Name, result).ConfigureAwait(false);
            }
        }

        foreach (var result in report.RegionResults)
        {
            await Add(L(language, "регион", "region"), report.Region, result).ConfigureAwait(false);
        }
    }

    private static async Task Rating(Workbook book, Report report, Rating rating, ReportLanguage language, CancellationToken cancellationToken)
    {
        var r = RatingLabels.For(language);
        var names = report.Colleges.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        var parts = rating.Colleges.FirstOrDefault()?.Parts.Select(p => p.Code).ToList() ?? [];
        await book.SheetAsync(
            r.Rating,
            [(r.Rank, 8), ("ID", 8), (r.College, 36), (r.Index, 9), (r.Coverage, 10), .. parts.Select(code => (code, 8.0))],
            rating.Colleges.Count,
            cancellationToken,
            frozenColumns: 3).ConfigureAwait(false);
        foreach (var college in rating.Colleges)
        {
            await book.RowAsync(
                [
                    Workbook.Number(college.Rank), Workbook.Text(college.CollegeId), Workbook.Text(names.GetValueOrDefault(college.CollegeId)),
                    book.Styled((double?)college.Index, Workbook.CellKind.Decimal), book.Styled((double)college.Coverage, Workbook.CellKind.Percent),
                    .. college.Parts.Select(p => book.Styled(p.Score, Workbook.CellKind.Decimal)),
                ],
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task Findings(Workbook book, IReadOnlyList<Quality.Finding> findings, ReportLanguage language, Labels t, CancellationToken cancellationToken)
    {
        await book.SheetAsync(
            t.Findings,
            [(t.Code, 7), (t.Severity, 15), (L(language, "Колледж", "College"), 9), (L(language, "Запись", "Record"), 12), (t.Where, 34), (t.Problem, 90)],
            findings.Count,
            cancellationToken).ConfigureAwait(false);
        foreach (var finding in findings)
        {
            await book.RowAsync(
                [
                    Workbook.Text(finding.Code), Workbook.Text(finding.Severity == Quality.FindingSeverity.Error ? t.Error : t.Warning),
                    Workbook.Text(finding.CollegeId), Workbook.Text(finding.RecordId), Workbook.Text(finding.Path), Workbook.Text(finding.Message),
                ],
                cancellationToken).ConfigureAwait(false);
        }
    }

    internal static async Task Criteria(Workbook book, IReadOnlyList<ReportCriterion> criteria, ReportLanguage language, CancellationToken cancellationToken)
    {
        await book.SheetAsync(
            L(language, "Критерии", "Criteria"),
            [(L(language, "Код", "Code"), 7), (L(language, "Группа", "Group"), 8), (L(language, "Вид", "Kind"), 10), (L(language, "Название", "Title"), 70), (L(language, "Название (англ.)", "Title (English)"), 50), (L(language, "Чем меньше, тем лучше", "Lower is better"), 12), (L(language, "Определение", "Definition"), 90)],
            criteria.Count,
            cancellationToken).ConfigureAwait(false);
        foreach (var criterion in criteria)
        {
            await book.RowAsync(
                [
                    Workbook.Text(criterion.Code), Workbook.Number(criterion.Group), Workbook.Text(CriterionKinds.Of(criterion.Kind).Name), Workbook.Text(criterion.Title),
                    Workbook.Text(criterion.TitleEn), new Cell(criterion.LowerIsBetter), Workbook.Text(criterion.Definition),
                ],
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task About(Workbook book, Report report, ReportLanguage language, CancellationToken cancellationToken)
    {
        await book.SheetAsync(L(language, "Сведения", "About"), [(L(language, "Что", "What"), 28), (L(language, "Значение", "Value"), 40)], 7, cancellationToken).ConfigureAwait(false);
        await book.RowAsync([Workbook.Text(L(language, "Каталог", "Catalog")), Workbook.Text(report.Catalog)], cancellationToken).ConfigureAwait(false);
        await book.RowAsync([Workbook.Text(L(language, "Регион", "Region")), Workbook.Text(report.Region)], cancellationToken).ConfigureAwait(false);
        await book.RowAsync([Workbook.Text(L(language, "Начало периода", "Period start")), book.Date(report.Period.Start)], cancellationToken).ConfigureAwait(false);
        await book.RowAsync([Workbook.Text(L(language, "Конец периода", "Period end")), book.Date(report.Period.End)], cancellationToken).ConfigureAwait(false);
        await book.RowAsync([Workbook.Text(L(language, "Мониторинг на", "Cut-off")), book.Date(report.Period.Cutoff)], cancellationToken).ConfigureAwait(false);
        await book.RowAsync([Workbook.Text(L(language, "Колледжей", "Colleges")), Workbook.Number(report.Colleges.Count)], cancellationToken).ConfigureAwait(false);
        await book.RowAsync([Workbook.Text(L(language, "Замечаний к данным", "Data-quality findings")), Workbook.Number(report.Findings.Count)], cancellationToken).ConfigureAwait(false);
    }

    private static async Task Card(Workbook book, CollegeCard card, ReportLanguage language, CancellationToken cancellationToken)
    {
        var t = Labels.For(language);
        var r = RatingLabels.For(language);
        await book.SheetAsync(
            $"{r.Card} {card.College.Id}",
            [(t.Code, 7), (t.Criterion, 60), (t.Cohort, 24), (t.Value, 10), (t.Target, 9), (L(language, "Чья цель", "Whose target"), 14), (t.Status, 16), (t.RegionValue, 10), (r.Place, 8), (L(language, "Из", "Of"), 6)],
            card.Rows.Count,
            cancellationToken).ConfigureAwait(false);
        foreach (var row in card.Rows)
        {
            var result = row.Result;
            await book.RowAsync(
                [
                    Workbook.Text(row.Criterion.Code), Workbook.Text(ResultText.Title(row.Criterion, language)), Workbook.Text(t.CohortName(result.Cohort)),
                    book.Value(result), book.Target(result.Target, !result.HasRatio),
                    Workbook.Text(result.TargetSource switch { TargetSource.College => r.CollegeTarget, TargetSource.Profile => r.RegionTarget, _ => null }),
                    book.Styled(t.StatusName(result.Status), result.Status), book.Value(row.Region), Workbook.Number(row.Place), Workbook.Number(row.Place is null ? null : row.Of),
                ],
                cancellationToken).ConfigureAwait(false);
        }

        if (card.Rating is { } rating)
        {
            var criteria = card.Report.Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);
            await book.SheetAsync(r.Parts.Length <= 31 ? r.Parts : r.Rating, [(t.Code, 7), (t.Criterion, 60), (r.Weight, 8), (r.Score, 8)], rating.Parts.Count + 3, cancellationToken).ConfigureAwait(false);
            await book.RowAsync([Workbook.Text(r.Index), Workbook.Text(null), Workbook.Text(null), book.Styled((double?)rating.Index, Workbook.CellKind.Decimal)], cancellationToken).ConfigureAwait(false);
            await book.RowAsync([Workbook.Text(r.Rank), Workbook.Text(null), Workbook.Text(null), Workbook.Number(rating.Rank)], cancellationToken).ConfigureAwait(false);
            await book.RowAsync([Workbook.Text(r.Coverage), Workbook.Text(null), Workbook.Text(null), book.Styled((double)rating.Coverage, Workbook.CellKind.Percent)], cancellationToken).ConfigureAwait(false);
            foreach (var part in rating.Parts)
            {
                await book.RowAsync(
                    [Workbook.Text(part.Code), Workbook.Text(ResultText.Title(criteria[part.Code], language)), new Cell(part.Weight.ToDouble()), book.Styled(part.Score, Workbook.CellKind.Decimal)],
                    cancellationToken).ConfigureAwait(false);
            }
        }

        await Findings(book, card.Findings, language, t, cancellationToken).ConfigureAwait(false);
    }
}
