using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Criteria.Catalog;
using Criteria.Json;
using Criteria.Rendering;
using Criteria.Reporting;

namespace Criteria.Rendering.Tests;

/// <summary>
/// The Excel workbooks as an embedding system writes them from kept reports, opened with a reader other than
/// the writer (the Open XML SDK): valid to its validator, with the report's numbers as numbers.
/// </summary>
public sealed class WorkbookTests
{
    private static string Golden(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", name);

    private static async Task<(Report Report, SpreadsheetDocument Workbook)> Render(string golden, RenderOptions? options = null)
    {
        var report = await ReportReader.ReadFileAsync(Golden(golden));
        var stream = new MemoryStream();
        await ReportRenderer.WriteAsync(report, ReportFormat.Xlsx, stream, options);
        stream.Position = 0;
        return (report, SpreadsheetDocument.Open(stream, isEditable: false));
    }

    /// <summary>A sheet's cells by reference (A1 …): numbers as doubles, booleans as bools, text as strings.</summary>
    private static Dictionary<string, object> Cells(SpreadsheetDocument workbook, string sheet)
    {
        var part = workbook.WorkbookPart!;
        var id = part.Workbook.Descendants<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var cells = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var cell in ((WorksheetPart)part.GetPartById(id)).Worksheet.Descendants<Cell>())
        {
            var reference = cell.CellReference?.Value ?? throw new InvalidOperationException("a cell without a reference");
            object? value = cell.DataType?.Value switch
            {
                var t when t == CellValues.InlineString => cell.InlineString?.InnerText,
                var t when t == CellValues.SharedString => part.SharedStringTablePart!.SharedStringTable.ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText,
                var t when t == CellValues.Boolean => cell.CellValue!.Text == "1",
                var t when t == CellValues.String => cell.CellValue?.Text,
                _ => cell.CellValue is { } number ? double.Parse(number.Text, CultureInfo.InvariantCulture) : null,
            };
            if (value is not null)
            {
                cells[reference] = value;
            }
        }

        return cells;
    }

    [Fact]
    public async Task The_region_workbook_is_valid_open_xml_with_every_sheet()
    {
        var (_, workbook) = await Render("small-region.rating.report.json");
        using (workbook)
        {
            var errors = new OpenXmlValidator().Validate(workbook).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));
            Assert.Equal(
                ["Регион", "Матрица", "Результаты", "Рейтинг колледжей", "Замечания к данным", "Критерии", "Сведения"],
                workbook.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
        }
    }

    [Fact]
    public async Task The_matrix_holds_each_colleges_values_as_the_exact_numbers_of_the_report()
    {
        var (report, workbook) = await Render("small-region.rating.report.json");
        using (workbook)
        {
            var matrix = Cells(workbook, "Матрица");
            Assert.Equal("ID", matrix["A1"]);
            var columns = report.Criteria.Select((c, i) => (c.Code, Column: Column(i + 5))).ToList(); // after ID, name, index, rank
            var compared = 0;
            for (var row = 0; row < report.Colleges.Count; row++)
            {
                var college = report.Colleges[row];
                Assert.Equal(college.Id, matrix[$"A{row + 2}"]);
                Assert.Equal((double)report.Rating!.Colleges.Single(c => c.CollegeId == college.Id).Index!.Value, matrix[$"C{row + 2}"]);
                foreach (var (code, column) in columns)
                {
                    Assert.Equal(code, matrix[$"{column}1"]);
                    var result = college.Results.Single(r => r.Code == code && r.Cohort == Cohort.All);
                    object? expected = result.Value.Kind switch
                    {
                        ResultValueKind.Flag => result.Value.Flag,
                        ResultValueKind.None => null,
                        _ => result.Value.Number,
                    };
                    Assert.Equal(expected, matrix.GetValueOrDefault($"{column}{row + 2}"));
                    compared++;
                }
            }

            Assert.Equal(2 * 24, compared);
        }
    }

    [Fact]
    public async Task The_results_sheet_has_every_result_with_its_numerator_denominator_and_cohort()
    {
        var (report, workbook) = await Render("small-region.rating.report.json");
        using (workbook)
        {
            var results = Cells(workbook, "Результаты");
            var all = report.Colleges.SelectMany(c => c.Results.Select(r => (c.Id, r))).Concat(report.RegionResults.Select(r => ("регион", r))).ToList();
            Assert.Equal(297, all.Count);
            for (var i = 0; i < all.Count; i++)
            {
                var (id, result) = all[i];
                var row = i + 2;
                Assert.Equal(id, results[$"A{row}"]);
                Assert.Equal(result.Code, results[$"C{row}"]);
                Assert.Equal(result.HasRatio ? (double?)result.Numerator : null, results.GetValueOrDefault($"E{row}") as double?);
                Assert.Equal(result.HasRatio ? (double?)result.Denominator : null, results.GetValueOrDefault($"F{row}") as double?);
            }

            Assert.Equal("цель колледжа", results["J2" [..1] + (all.FindIndex(x => x.Item1 == "c1" && x.r.Code == "2.1") + 2)]);
        }
    }

    [Fact]
    public async Task Dates_are_dates_and_english_names_the_sheets_in_english()
    {
        var (report, workbook) = await Render("small-region.report.json", new RenderOptions { Language = ReportLanguage.En });
        using (workbook)
        {
            Assert.Equal(["Region", "Matrix", "Results", "Data-quality findings", "Criteria", "About"], workbook.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
            var about = Cells(workbook, "About");
            Assert.Equal(report.Period.Cutoff.ToDateTime(TimeOnly.MinValue).ToOADate(), about["B6"]);
            Assert.Equal(report.Findings.Count, (double)about["B8"]);
        }
    }

    [Fact]
    public async Task A_date_excel_cannot_hold_is_written_as_its_text_not_a_wrong_serial()
    {
        var report = await ReportReader.ReadFileAsync(Golden("small-region.report.json"));
        var early = report with { Period = new Facts.Period(new DateOnly(1, 1, 1), new DateOnly(1899, 12, 30), new DateOnly(1900, 3, 1)) };
        using var stream = new MemoryStream();
        await ReportRenderer.WriteAsync(early, ReportFormat.Xlsx, stream, new RenderOptions { Language = ReportLanguage.En });
        stream.Position = 0;

        using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);
        var about = Cells(workbook, "About");
        Assert.Equal(("0001-01-01", "1899-12-30"), (about["B4"], about["B5"])); // -693593 and -1 as serials: 00.01.1900 and a negative date
        Assert.Equal(new DateTime(1900, 3, 1).ToOADate(), about["B6"]); // the first date Excel counts right
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook));
    }

    [Fact]
    public async Task A_colleges_card_workbook_is_valid_and_holds_its_place_on_every_criterion()
    {
        var (_, workbook) = await Render("small-region.rating.report.json", new RenderOptions { College = "c1" });
        using (workbook)
        {
            Assert.Empty(new OpenXmlValidator().Validate(workbook));
            var card = Cells(workbook, "Карточка колледжа c1");
            var row = Enumerable.Range(2, 200).First(r => card.GetValueOrDefault($"A{r}") is "2.1" && card.GetValueOrDefault($"C{r}") is "все");
            Assert.Equal(1.0 / 3, card[$"D{row}"]);
            Assert.Equal(0.3, card[$"E{row}"]);
            Assert.Equal("цель колледжа", card[$"F{row}"]);
            Assert.Equal((1.0, 2.0), ((double)card[$"I{row}"], (double)card[$"J{row}"]));
        }
    }

    [Fact]
    public async Task A_trend_workbook_is_valid_with_a_column_per_period_and_the_change_in_points()
    {
        var report = await ReportReader.ReadFileAsync(Golden("small-region.report.json"));
        var earlier = report with
        {
            Period = new Facts.Period(report.Period.Start, report.Period.End, report.Period.Cutoff.AddMonths(-1)),
            RegionResults = [.. report.RegionResults.Select(r => r.Code == "2.1" && r.Cohort == Cohort.All ? r with { Numerator = 0, Value = ResultValue.Fraction(0, r.Denominator!.Value) } : r)],
        };
        var stream = new MemoryStream();
        await TrendRenderer.WriteAsync(Trend.Of([report, earlier]), ReportFormat.Xlsx, stream);
        stream.Position = 0;
        using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);

        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        var region = Cells(workbook, "Регион");
        Assert.Equal(["01.11.2023", "01.12.2023"], new[] { (string)region["D1"], (string)region["E1"] });
        var row = Enumerable.Range(2, 200).First(r => region.GetValueOrDefault($"A{r}") is "2.1" && region.GetValueOrDefault($"C{r}") is "все");
        Assert.Equal((0.0, 0.25, 25.0, "лучше"), ((double)region[$"D{row}"], (double)region[$"E{row}"], (double)region[$"F{row}"], (string)region[$"G{row}"]));
    }

    [Fact]
    public async Task Rows_past_a_sheets_limit_go_on_in_sheets_of_their_own_with_the_same_header()
    {
        // Excel's limit is 1,048,576 rows: a region of 9,000 colleges has more results. The same with a limit of 100 rows.
        var report = await ReportReader.ReadFileAsync(Golden("small-region.report.json"));
        var stream = new MemoryStream();
        await ReportWorkbook.WriteAsync(report, stream, RenderOptions.Default, CancellationToken.None, rowsPerSheet: 100);
        stream.Position = 0;
        using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);

        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        var sheets = workbook.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(["Результаты", "Результаты (2)", "Результаты (3)"], sheets.Where(s => s.StartsWith("Результаты", StringComparison.Ordinal)));
        var parts = new[] { "Результаты", "Результаты (2)", "Результаты (3)" }.Select(name => Cells(workbook, name)).ToList();
        Assert.All(parts, part => Assert.Equal("ID", part["A1"]));
        Assert.Equal([100, 100, 97], parts.Select(part => part.Keys.Count(k => k.StartsWith('C') && k != "C1")));
        Assert.Equal("регион", parts[2]["A98"]); // the region's last result is the 297th row
    }

    [Fact]
    public async Task A_card_of_a_college_whose_id_excel_would_refuse_as_a_sheet_name_is_written()
    {
        var report = await ReportReader.ReadFileAsync(Golden("small-region.report.json"));
        var odd = "ПОО/7:[филиал]*?" + new string('x', 40);
        report = report with { Colleges = [report.Colleges[0] with { Id = odd }, report.Colleges[1]] };
        var stream = new MemoryStream();
        await ReportRenderer.WriteAsync(report, ReportFormat.Xlsx, stream, new RenderOptions { College = odd });
        stream.Position = 0;
        using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);

        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        var first = workbook.WorkbookPart!.Workbook.Descendants<Sheet>().First().Name!.Value!;
        Assert.Equal("Карточка колледжа ПОО_7__филиал", first);
    }

    [Fact]
    public void A_workbook_is_refused_as_text() =>
        Assert.Throws<NotSupportedException>(() => ReportRenderer.ToString(ReportReader.Parse(File.ReadAllText(Golden("small-region.report.json"))), ReportFormat.Xlsx));

    private static string Column(int number)
    {
        var letters = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            letters = (char)('A' + ((number - 1) % 26)) + letters;
        }

        return letters;
    }
}
