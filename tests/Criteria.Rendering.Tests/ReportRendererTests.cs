using System.Text;
using Criteria.Catalog;
using Criteria.Json;
using Criteria.Rendering;
using Criteria.Reporting;

namespace Criteria.Rendering.Tests;

/// <summary>
/// The renderings as an embedding system calls them: a report it kept (read back from JSON), rendered
/// without the engine or the command line, gives the same bytes the command line writes (its golden files).
/// </summary>
public sealed class ReportRendererTests
{
    private static string Golden(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", name);

    private static Task<Report> WorkedExample() => ReportReader.ReadFileAsync(Golden("small-region.report.json"));

    [Theory]
    [InlineData(ReportFormat.Table, "small-region.table.txt")]
    [InlineData(ReportFormat.Json, "small-region.report.json")]
    [InlineData(ReportFormat.Csv, "small-region.report.csv")]
    [InlineData(ReportFormat.Html, "small-region.report.html")]
    public async Task A_report_read_back_renders_the_command_lines_bytes(ReportFormat format, string golden)
    {
        var report = await WorkedExample();
        using var output = new MemoryStream();

        await ReportRenderer.WriteAsync(report, format, output);

        Assert.Equal(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Golden(golden))), Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(await File.ReadAllBytesAsync(Golden(golden)), output.ToArray());
    }

    [Fact]
    public async Task A_large_region_laid_out_on_every_core_reads_as_one_laid_out_in_turn()
    {
        // 300 colleges (the worked example's, again and again under new ids and names of every length):
        // the tables of a file are laid out in parallel windows; the text must not show it.
        var example = await WorkedExample();
        var colleges = Enumerable.Range(0, 300)
            .Select(i => example.Colleges[i % example.Colleges.Count] with { Id = $"c{i}", Name = new string('к', i % 180) + $" колледж {i}" })
            .ToArray();
        var report = example with { Colleges = [.. colleges] };

        string Rendered(int parallelFrom)
        {
            using var writer = new StringWriter();
            TableRenderer.Render(report, writer, 140, ReportLanguage.Ru, parallelFrom);
            return writer.ToString();
        }

        var inTurn = Rendered(int.MaxValue);
        Assert.Contains("колледж 299 (c299)", inTurn, StringComparison.Ordinal);
        Assert.Equal(inTurn, Rendered(parallelFrom: 1));
    }

    [Theory]
    [InlineData(ReportLanguage.Ru)]
    [InlineData(ReportLanguage.En)]
    public async Task Tables_filled_in_from_a_template_read_as_tables_laid_out_one_by_one(ReportLanguage language)
    {
        // 400 colleges whose values, statuses and names vary (some wider than others, some wrapping):
        // a table of a kind seen before is filled in from a template; every one must be what Spectre lays out.
        var example = await WorkedExample();
        var random = new Random(17);
        var statuses = Enum.GetValues<ResultStatus>();
        var colleges = Enumerable.Range(0, 400).Select(i =>
        {
            var college = example.Colleges[i % example.Colleges.Count];
            var results = college.Results.Select(r =>
            {
                if (!r.HasRatio || r.Denominator is not > 0)
                {
                    return r with { Status = statuses[random.Next(statuses.Length)] };
                }

                var denominator = (long)random.Next(1, i % 3 == 0 ? 100_000 : 40);
                var numerator = (long)random.Next(0, (int)denominator + 1);
                return r with { Numerator = numerator, Denominator = denominator, Value = ResultValue.Fraction(numerator, denominator), Status = statuses[random.Next(statuses.Length)] };
            });
            return college with { Id = $"c{i}", Name = i % 50 == 7 ? new string('я', 150) : $"Колледж № {i % 37}", Results = [.. results] };
        }).ToArray();
        var report = example with { Colleges = [.. colleges] };

        var templates = new TableTemplates();
        string Rendered(int parallelFrom)
        {
            using var writer = new StringWriter();
            TableRenderer.Render(report, writer, 120, language, parallelFrom, templates);
            return writer.ToString();
        }

        var inTurn = Rendered(int.MaxValue);
        Assert.Contains("Колледж № 29 (c399)", inTurn, StringComparison.Ordinal);
        Assert.Equal(inTurn, Rendered(parallelFrom: 1));
        Assert.True(templates.Filled > 200, $"{templates.Filled} of 400 tables filled in from a template"); // else the speed is lost
    }

    [Fact]
    public async Task A_string_rendering_is_the_stream_rendering_without_the_byte_order_mark()
    {
        var report = await WorkedExample();
        using var output = new MemoryStream();
        await ReportRenderer.WriteAsync(report, ReportFormat.Csv, output);

        var bytes = output.ToArray();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal(Encoding.UTF8.GetString(bytes[3..]), ReportRenderer.ToString(report, ReportFormat.Csv));
    }

    [Fact]
    public async Task A_semicolon_csv_has_the_same_rows_split_by_semicolons()
    {
        var report = await WorkedExample();

        var comma = ReportRenderer.ToString(report, ReportFormat.Csv).Split("\r\n");
        var semicolon = ReportRenderer.ToString(report, ReportFormat.Csv, new RenderOptions { CsvSeparator = ';' }).Split("\r\n");

        Assert.Equal("scope;college;code;title;cohort;numerator;denominator;value;percent;target;status;targetSource;profileTarget;profileStatus", semicolon[0]);
        Assert.Equal(comma.Length, semicolon.Length);
        var row = Array.FindIndex(comma, r => r.StartsWith("c1,Колледж 1,1.2,", StringComparison.Ordinal));
        Assert.EndsWith(",all,7,8,0.875,87.5,,notMet,,,", comma[row], StringComparison.Ordinal);
        Assert.EndsWith(";all;7;8;0,875;87,5;;notMet;;;", semicolon[row], StringComparison.Ordinal); // a Russian-locale Excel's numbers
        Assert.StartsWith("c1;Колледж 1;1.2;", semicolon[row], StringComparison.Ordinal); // a code is text: its point stays
        Assert.Equal(298, comma.Length - 1); // a header, a row per college × criterion × cohort and per region × criterion × cohort
    }

    [Fact]
    public async Task Text_a_spreadsheet_would_run_as_a_formula_stays_text_in_csv_and_numbers_stay_numbers()
    {
        var report = await WorkedExample();
        var named = report with
        {
            Region = "@SUM(1+1)",
            Colleges = [report.Colleges[0] with { Name = "=HYPERLINK(\"http://x.example\",\"y\")" }, report.Colleges[1] with { Name = "-2+3" }],
        };

        var rows = ReportRenderer.ToString(named, ReportFormat.Csv).Split("\r\n");

        Assert.StartsWith("c1,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\",1.1,", rows[1], StringComparison.Ordinal);
        Assert.Contains(rows, r => r.StartsWith("c2,'-2+3,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("region,'@SUM(1+1),", StringComparison.Ordinal));
        var unnamed = ReportRenderer.ToString(report, ReportFormat.Csv).Split("\r\n");
        Assert.Equal(unnamed.Length, rows.Length);
        Assert.Equal(unnamed.Select(NumbersOf), rows.Select(NumbersOf)); // every figure as it was
        Assert.Contains(",-0.25,", ReportRenderer.ToString(report with { Region = "-0.25" }, ReportFormat.Csv), StringComparison.Ordinal); // a number is not text

        static string NumbersOf(string row) => string.Join(",", row.Split(',').TakeLast(9));
    }

    [Fact]
    public async Task The_html_chart_of_a_match_puts_the_colleges_closest_to_a_equals_b_first_as_their_cards_do()
    {
        // 5.1 (a ÷ b, best at 1): 69 of 67 is over, not better; 67 of 67 is the best, 60 of 67 the farthest.
        var report = await WorkedExample();
        var template = report.Colleges[0];
        CollegeResults With(string id, long a, long b) => template with
        {
            Id = id,
            Name = "Колледж " + id,
            Results = [.. template.Results.Select(r => r.Code == "5.1" && r.Cohort == Cohort.All ? r with { Numerator = a, Denominator = b, Value = ResultValue.Fraction(a, b) } : r)],
        };
        var three = report with { Colleges = [With("over", 69, 67), With("exact", 67, 67), With("under", 60, 67)] };

        var html = ReportRenderer.ToString(three, ReportFormat.Html);

        var section = html[html.IndexOf("id=\"c5.1\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        var order = new[] { "exact", "over", "under" }.OrderBy(id => section.IndexOf("Колледж " + id, StringComparison.Ordinal)).ToArray();
        Assert.Equal(["exact", "over", "under"], order);
        Assert.All(order, id => Assert.Contains("Колледж " + id, section, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_name_with_control_characters_cannot_recolour_or_break_a_table()
    {
        var report = await WorkedExample();
        const string Name = "\u001b[31mRED\u001b[0m\nline2\tTab";
        var named = report with { Colleges = [report.Colleges[0] with { Name = Name }, report.Colleges[1]] };

        var table = ReportRenderer.ToString(named, ReportFormat.Table);
        var card = ReportRenderer.ToString(named, ReportFormat.Table, new RenderOptions { College = "c1" });

        Assert.Contains("\uFFFD[31mRED\uFFFD[0m\uFFFDline2\uFFFDTab", table, StringComparison.Ordinal);
        Assert.Contains("\uFFFD[31mRED\uFFFD[0m\uFFFDline2\uFFFDTab", card, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', table + card);
        Assert.DoesNotContain('\t', table + card);
        Assert.Equal(ReportRenderer.ToString(report, ReportFormat.Table).Split('\n').Length, table.Split('\n').Length); // no line of its own
        Assert.Equal(Name, ReportReader.Parse(ReportRenderer.ToString(named, ReportFormat.Json)).Colleges[0].Name); // the data itself is kept where machines read it
    }

    [Fact]
    public async Task English_renderings_say_it_in_english()
    {
        var report = await WorkedExample();
        var options = new RenderOptions { Language = ReportLanguage.En };

        var html = ReportRenderer.ToString(report, ReportFormat.Html, options);
        var table = ReportRenderer.ToString(report, ReportFormat.Table, options);

        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Region summary", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Регион в целом", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_that_cannot_be_rendered_are_refused_when_they_are_set()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RenderOptions { CsvSeparator = '|' });
        Assert.Throws<ArgumentOutOfRangeException>(() => new RenderOptions { TableWidth = 10 });
        Assert.Equal("text/csv; charset=utf-8", ReportRenderer.MediaTypeOf(ReportFormat.Csv));
        Assert.Equal("application/json", ReportRenderer.MediaTypeOf(ReportFormat.Json));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RenderOptions { Language = (ReportLanguage)9 }); // not one: not quietly Russian
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportRenderer.MediaTypeOf((ReportFormat)99)); // not quietly text/plain
        Assert.Equal("text/plain; charset=utf-8", ReportRenderer.MediaTypeOf(ReportFormat.Table));
    }

    [Fact]
    public async Task A_report_larger_than_the_limit_or_not_a_report_is_refused_with_where()
    {
        var tooLarge = await Assert.ThrowsAsync<InvalidInputException>(() => ReportReader.ReadFileAsync(Golden("small-region.report.json"), maxBytes: 1000));
        Assert.Contains("at most 1000 bytes", tooLarge.Message, StringComparison.Ordinal);

        var notReport = Assert.Throws<InvalidInputException>(() => ReportReader.Parse("""{"schemaVersion":"1.0","colleges":"no"}"""));
        Assert.Equal("$.colleges", notReport.Path);
    }
}
