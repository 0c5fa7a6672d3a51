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
}
