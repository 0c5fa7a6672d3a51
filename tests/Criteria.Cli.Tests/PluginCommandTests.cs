using System.Text.Json;
using Criteria.Tests.Shared;

namespace Criteria.Cli.Tests;

public sealed class PluginCommandTests
{
    private static JsonElement Result(JsonElement report, string college, string code, string cohort = "all") =>
        report.GetProperty("colleges").EnumerateArray().Single(c => c.GetProperty("id").GetString() == college)
            .GetProperty("results").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code && r.GetProperty("cohort").GetString() == cohort);

    [Fact]
    public async Task The_sample_plugin_loaded_with_plugin_adds_its_criteria_to_the_report()
    {
        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync(
            "evaluate", CriteriaCommand.Sample("small-region-mentoring.json"),
            "--plugin", BuiltPlugins.Mentoring,
            "--profile", CriteriaCommand.Sample("mentoring-profile.json"),
            "--format", "json");

        Assert.True(exit == 0, stderr);
        using var document = JsonDocument.Parse(stdout);
        var report = document.RootElement;
        Assert.Equal("samara-2023+mentoring", report.GetProperty("catalog").GetString());
        var m1 = report.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "M.1");
        Assert.Equal("mentoring", m1.GetProperty("source").GetString());

        // minimumHours 4 from the profile: g1 (12 h) and g2 (5 h) of c1, g4 (20 h) of c2.
        Assert.Equal((2, 3), (Result(report, "c1", "M.1").GetProperty("numerator").GetInt32(), Result(report, "c1", "M.1").GetProperty("denominator").GetInt32()));
        Assert.Equal("met", Result(report, "c1", "M.1").GetProperty("status").GetString());
        Assert.Equal(0.5m, Result(report, "c1", "M.1").GetProperty("target").GetDecimal());
        Assert.Equal((1, 1), (Result(report, "c2", "M.1").GetProperty("numerator").GetInt32(), Result(report, "c2", "M.1").GetProperty("denominator").GetInt32()));
        // M.2: g1 works for e1, which took part in c1's job fair.
        Assert.Equal(1, Result(report, "c1", "M.2").GetProperty("numerator").GetInt32());
        Assert.Equal("noData", Result(report, "c2", "M.2").GetProperty("status").GetString());
        var region = report.GetProperty("regionResults").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "M.1" && r.GetProperty("cohort").GetString() == "all");
        Assert.Equal(3, region.GetProperty("numerator").GetInt32());
        Assert.Equal(4, region.GetProperty("denominator").GetInt32());
    }

    [Fact]
    public async Task A_file_that_is_not_a_plugin_exits_2_before_anything_is_read()
    {
        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync("evaluate", "/nonexistent.json", "--plugin", typeof(CriteriaCommand).Assembly.Location);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("is not a plugin", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_plugin_options_in_the_profile_exit_2_naming_the_plugin_and_option()
    {
        var profile = CriteriaCommand.TempFile("""{"plugins":{"mentoring":{"minimumHours":-3}}}""");
        var (exit, _, stderr) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region-mentoring.json"), "--plugin", BuiltPlugins.Mentoring, "--profile", profile);
        Assert.Equal(2, exit);
        Assert.Contains("$.plugins.mentoring.minimumHours", stderr, StringComparison.Ordinal);
        Assert.Contains("plugin 'mentoring'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plugin_that_never_returns_is_cut_off_by_its_budget_and_the_command_exits_with_the_report()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync(
            "evaluate", CriteriaCommand.Sample("small-region.json"), "--plugin", BuiltPlugins.Stuck, "--plugin-budget", "1s", "--format", "json");
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the command took {clock.Elapsed}");
        Assert.True(exit == 3, $"exit {exit}: {stderr}");   // the report is written; a broken plugin is not silent
        Assert.Contains("criteria could not be evaluated (S.1, S.2)", stderr, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(stdout);
        var report = document.RootElement;
        Assert.Equal("error", Result(report, "c1", "S.1").GetProperty("status").GetString());
        Assert.Equal("error", Result(report, "c1", "S.2").GetProperty("status").GetString());
        Assert.Contains(Result(report, "c1", "1.1").GetProperty("status").GetString(), new[] { "met", "notMet" });   // the standard criteria are reported
        var rule = Assert.Single(report.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "RULE");
        var message = rule.GetProperty("message").GetString()!;
        Assert.Contains("plugin 'stuck' did not finish within its time budget of 1 s", message, StringComparison.Ordinal);
        Assert.Equal("g2", rule.GetProperty("recordId").GetString());
        Assert.Equal("$.graduates[1]", rule.GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-1s")]
    [InlineData("30d")]
    public async Task A_plugin_budget_that_is_not_a_duration_is_a_usage_error(string budget)
    {
        var (exit, _, stderr) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region.json"), "--plugin-budget", budget);
        Assert.Equal(2, exit);
        Assert.Contains("is not a duration for --plugin-budget", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rule", 0)]
    [InlineData("error", 0)]
    [InlineData("warning", 3)]
    [InlineData("never", 0)]
    public async Task Fail_on_decides_whether_findings_make_the_exit_code_3(string failOn, int expected)
    {
        // The sample has one warning (DQ4) and no error.
        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region.json"), "--format", "json", "--fail-on", failOn);
        Assert.True(exit == expected, $"--fail-on {failOn}: exit {exit}: {stderr}");
        Assert.StartsWith("{", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_plugin_file_twice_is_refused_naming_the_file()
    {
        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync(
            "evaluate", CriteriaCommand.Sample("small-region.json"), "--plugin", BuiltPlugins.Stuck, "--plugin", BuiltPlugins.Stuck);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains($"The plugin 'stuck' from the file {BuiltPlugins.Stuck} cannot be added: its id 'stuck' is already used by plugin 'stuck' (is the plugin loaded twice?)", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", stderr, StringComparison.Ordinal);
    }
}
