namespace Criteria.Cli.Tests;

public sealed class MoreCommandsTests
{
    [Fact]
    public async Task Catalog_lists_the_24_criteria_one_per_line_code_first()
    {
        var (exit, stdout, _) = await CriteriaCommand.RunAsync("catalog");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(0, exit);
        Assert.Equal(24, lines.Length);
        Assert.StartsWith("1.1\t1\tpresence\thigher-is-better\tstandard\tНаличие утвержденного", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("5.10\t5\tshare\tlower-is-better\t", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_lists_findings_and_exits_2_only_on_errors()
    {
        var (exit, stdout, _) = await CriteriaCommand.RunAsync("validate", CriteriaCommand.Sample("small-region.json"));
        Assert.Equal(0, exit);
        Assert.Equal("DQ4\twarning\t$.graduates[1].ais.registered\tgraduate 'g2' has a formed career track but is not registered in the AIS", stdout.Trim());

        var broken = CriteriaCommand.TempFile("""{"schemaVersion":"1.0","period":{"start":"2022-09-01","end":"2023-08-31","cutoff":"2023-12-01"},"colleges":[{"id":"c1"}],"graduates":[{"id":"g1","collegeId":"c9","outcome":{"status":"employed"}}]}""");
        var (errorExit, errorOut, _) = await CriteriaCommand.RunAsync("validate", broken);
        Assert.Equal(2, errorExit);
        Assert.StartsWith("DQ2\terror\t$.graduates[0].collegeId", errorOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_for_excel_has_a_bom_a_row_per_result_and_an_optional_semicolon()
    {
        var file = Path.Combine(Path.GetTempPath(), $"criteria-{Guid.NewGuid():N}.csv");
        var (exit, _, _) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region.json"), "--format", "csv", "--csv-separator", "semicolon", "--out", file);
        Assert.Equal(0, exit);

        var bytes = File.ReadAllBytes(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = File.ReadAllLines(file);
        Assert.Equal("scope;college;code;title;cohort;numerator;denominator;value;percent;target;status;targetSource;profileTarget;profileStatus", lines[0].TrimStart('\uFEFF'));
        // Numbers with a decimal comma, as a Russian-locale Excel reads them next to semicolons; codes keep their point.
        Assert.Contains("c1;Колледж 1;1.2;Соответствие раздела сайта ПОО «Содействие трудоустройству студентов-выпускников» рекомендациям БЦСТВ;all;7;8;0,875;87,5;;notMet;;;", lines);
        Assert.Contains(lines, l => l.StartsWith("region;Hand region;5.6;", StringComparison.Ordinal) && l.EndsWith(";all;1;2;0,5;50,0;;noTarget;;;", StringComparison.Ordinal));
        // 2 colleges × 99 results (5 cohorts for graduate criteria, 4 for 5.1, 1 for college facts), the region's 99, the header
        Assert.Equal(1 + (3 * 99), lines.Length);
    }

    [Fact]
    public async Task The_catalog_page_in_docs_is_what_the_code_generates()
    {
        var (exit, stdout, _) = await CriteriaCommand.RunAsync("catalog", "--format", "markdown");
        Assert.Equal(0, exit);
        var committed = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Docs", "catalog.md"));
        Assert.True(
            committed == stdout,
            "docs/catalog.md differs from the catalog's metadata: run `criteria catalog --format markdown > docs/catalog.md`");
    }
}
