using System.Text.Json;
using System.Text.RegularExpressions;

namespace Criteria.Cli.Tests;

/// <summary>
/// <c>criteria trend</c> over the bundled three periods of the worked example (samples/data/trend: c2 appears in
/// October, g2 is registered and employed in December): golden files for every format, datasets and reports alike,
/// refusals that name the files, and the HTML page in headless Chromium.
/// </summary>
public sealed partial class TrendCommandTests
{
    private static readonly string[] Periods =
        [.. new[] { "2023-12", "2023-09", "2023-10" }.Select(month => CriteriaCommand.Sample(Path.Combine("trend", $"small-region-{month}.json")))];

    private static string Profile() => CriteriaCommand.TempFile("""{"targets":{"2.1":0.5,"5.9":0.2}}""");

    [Theory]
    [InlineData("table", "trend.table.txt")]
    [InlineData("json", "trend.json")]
    [InlineData("csv", "trend.csv")]
    [InlineData("html", "trend.html")]
    public async Task Each_format_of_the_three_periods_is_the_golden_file(string format, string golden)
    {
        var output = Path.Combine(Path.GetTempPath(), $"criteria-trend-{Guid.NewGuid():N}");
        var (exit, _, stderr) = await CriteriaCommand.RunAsync(["trend", .. Periods, "--profile", Profile(), "--format", format, "--out", output]);
        Assert.True(exit == 0, stderr);
        await GoldenFileTests.MatchesGolden(golden, await File.ReadAllBytesAsync(output));
    }

    [Fact]
    public async Task Reports_kept_from_each_period_give_the_trend_their_datasets_give()
    {
        var profile = Profile();
        var reports = new List<string>();
        foreach (var period in Periods)
        {
            var report = Path.Combine(Path.GetTempPath(), $"criteria-report-{Guid.NewGuid():N}.json");
            var (exit, _, stderr) = await CriteriaCommand.RunAsync("evaluate", period, "--profile", profile, "--format", "json", "--out", report);
            Assert.True(exit == 0, stderr);
            reports.Add(report);
        }

        var fromData = await CriteriaCommand.RunAsync(["trend", .. Periods, "--profile", profile, "--format", "json"]);
        var fromReports = await CriteriaCommand.RunAsync(["trend", .. reports, "--format", "json"]);
        var mixed = await CriteriaCommand.RunAsync(["trend", reports[0], Periods[1], reports[2], "--profile", profile, "--format", "json"]);

        Assert.True(fromReports.ExitCode == 0, fromReports.Stderr);
        Assert.Equal(fromData.Stdout, fromReports.Stdout);
        Assert.Equal(fromData.Stdout, mixed.Stdout);
        using var trend = JsonDocument.Parse(fromReports.Stdout);
        Assert.Equal(3, trend.RootElement.GetProperty("periods").GetArrayLength());

        // Through pipes (<(cat …)), a report and datasets: read once each, told apart from what was read, as files are.
        var criteria = Path.Combine(AppContext.BaseDirectory, "criteria.dll");
        var piped = await CriteriaCommand.RunProcessAsync(
            "bash", "-c", $"dotnet '{criteria}' trend <(cat '{reports[0]}') <(cat '{Periods[1]}') <(cat '{Periods[2]}') --profile '{profile}' --format json");
        Assert.True(piped.ExitCode == 0, piped.Stderr);
        Assert.Equal(fromData.Stdout, piped.Stdout);
        var comparedFiles = await CriteriaCommand.RunAsync("compare", Periods[1], reports[0], "--format", "json", "--all");
        var comparedPipes = await CriteriaCommand.RunProcessAsync(
            "bash", "-c", $"dotnet '{criteria}' compare <(cat '{Periods[1]}') <(cat '{reports[0]}') --format json --all");
        Assert.True(comparedPipes.ExitCode == 0, comparedPipes.Stderr);
        Assert.Equal(comparedFiles.Stdout, comparedPipes.Stdout);
    }

    [Fact]
    public async Task Fewer_than_two_periods_or_a_repeated_cutoff_is_refused_naming_the_files()
    {
        var one = await CriteriaCommand.RunAsync("trend", Periods[0]);
        Assert.Equal(2, one.ExitCode);
        Assert.Contains("a trend needs at least two periods; only small-region-2023-12.json was given", one.Stderr, StringComparison.Ordinal);

        var twice = await CriteriaCommand.RunAsync("trend", Periods[1], Periods[1]);
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("small-region-2023-09.json and small-region-2023-09.json have the same cut-off date 2023-09-01", twice.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Periods_counted_with_other_status_sets_are_refused_naming_both()
    {
        var other = CriteriaCommand.TempFile("""{"atRiskStatuses":["notEmployed"]}""");
        var report = Path.Combine(Path.GetTempPath(), $"criteria-report-{Guid.NewGuid():N}.json");
        await CriteriaCommand.RunAsync("evaluate", Periods[0], "--profile", other, "--format", "json", "--out", report);

        var (exit, _, stderr) = await CriteriaCommand.RunAsync("trend", Periods[1], report);

        Assert.Equal(2, exit);
        Assert.Contains($"{Path.GetFileName(report)} and small-region-2023-09.json were counted with other status sets", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_period_is_named_with_its_file_and_path()
    {
        var broken = CriteriaCommand.TempFile(File.ReadAllText(Periods[1]).Replace("\"registered\": true", "\"registered\": 1", StringComparison.Ordinal));
        var (exit, _, stderr) = await CriteriaCommand.RunAsync("trend", Periods[0], broken);

        Assert.Equal(2, exit);
        Assert.Contains($"{Path.GetFileName(broken)}: ", stderr, StringComparison.Ordinal);
        Assert.Contains("$.graduates[0].ais.registered", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_takes_two_reports_and_a_profile_for_each_side()
    {
        var lastYear = CriteriaCommand.TempFile("""{"targets":{"2.1":0.2}}""");
        var thisYear = CriteriaCommand.TempFile("""{"targets":{"2.1":0.9}}""");
        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync(
            "compare", Periods[1], Periods[0], "--profile-before", lastYear, "--profile-after", thisYear, "--format", "json");
        Assert.True(exit == 0, stderr);

        using var rows = JsonDocument.Parse(stdout);
        var region = rows.RootElement.EnumerateArray().Single(r => r.GetProperty("scope").GetString() == "region" && r.GetProperty("code").GetString() == "2.1" && r.GetProperty("cohort").GetString() == "all");
        Assert.Equal(0.5, region.GetProperty("after").GetDouble()); // 2 of 4 in December
        Assert.Equal(0.9, region.GetProperty("target").GetDouble()); // this year's expectation

        var report = Path.Combine(Path.GetTempPath(), $"criteria-report-{Guid.NewGuid():N}.json");
        await CriteriaCommand.RunAsync("evaluate", Periods[1], "--profile", lastYear, "--format", "json", "--out", report);
        var fromReport = await CriteriaCommand.RunAsync("compare", report, Periods[0], "--profile-after", thisYear, "--format", "json");
        Assert.Equal(stdout, fromReport.Stdout);
    }

    [Fact]
    public async Task Compare_refuses_another_region_and_tells_a_college_called_region_from_the_region()
    {
        var september = await File.ReadAllTextAsync(Periods[1]);
        var elsewhere = CriteriaCommand.TempFile(september.Replace("\"region\": \"Hand region\"", "\"region\": \"Другой регион\"", StringComparison.Ordinal));
        Assert.NotEqual(september, await File.ReadAllTextAsync(elsewhere));
        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync("compare", Periods[1], elsewhere, "--format", "json");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains($"{Path.GetFileName(elsewhere)} has another region than {Path.GetFileName(Periods[1])} ('Другой регион' against 'Hand region')", stderr, StringComparison.Ordinal);

        // A college whose id is "region": its rows and the region's are both there (it crashed on a repeated key).
        var renamed = CriteriaCommand.TempFile(september.Replace("\"c1\"", "\"region\"", StringComparison.Ordinal));
        var (compared, rows, error) = await CriteriaCommand.RunAsync("compare", renamed, renamed, "--format", "json", "--all");
        Assert.True(compared == 0, error);
        using var json = JsonDocument.Parse(rows);
        Assert.Equal(2, json.RootElement.EnumerateArray().Count(r => r.GetProperty("scope").GetString() == "region" && r.GetProperty("code").GetString() == "2.1" && r.GetProperty("cohort").GetString() == "all"));
    }

    [SkippableFact]
    public async Task The_trend_page_renders_in_headless_chromium()
    {
        var page = Path.Combine(Path.GetTempPath(), $"criteria-trend-{Guid.NewGuid():N}.html");
        var (exit, _, stderr) = await CriteriaCommand.RunAsync(["trend", .. Periods, "--profile", Profile(), "--format", "html", "--out", page]);
        Assert.True(exit == 0, stderr);

        var (dom, screenshot) = await HtmlReportTests.RenderInChromiumAsync(HtmlReportTests.Chromium(), page, "html-trend.png");
        Assert.Equal(24, LineChart().Matches(dom.Stdout).Count);
        Assert.DoesNotContain("Uncaught", dom.Stderr, StringComparison.Ordinal);
        Assert.True(new FileInfo(screenshot).Length > 20_000, "the screenshot is (nearly) empty");
    }

    [GeneratedRegex("<svg class=\"chart line\"")]
    private static partial Regex LineChart();
}
