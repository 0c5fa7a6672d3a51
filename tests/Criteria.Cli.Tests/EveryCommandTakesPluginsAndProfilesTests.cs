using Criteria.Tests.Shared;

namespace Criteria.Cli.Tests;

/// <summary>Every command that evaluates takes --plugin and --profile (issue 14: compare had no --plugin, validate no --profile).</summary>
public sealed class EveryCommandTakesPluginsAndProfilesTests
{
    [Fact]
    public async Task Compare_takes_plugins_and_compares_their_criteria()
    {
        var sample = CriteriaCommand.Sample("small-region-mentoring.json");
        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync(
            "compare", sample, sample, "--plugin", BuiltPlugins.Mentoring, "--profile", CriteriaCommand.Sample("mentoring-profile.json"), "--format", "json", "--all");

        Assert.True(exit == 0, stderr);
        Assert.Contains("\"M.1\"", stdout, StringComparison.Ordinal);
        Assert.Contains("\"M.2\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plugins_criteria_take_a_colleges_own_target_and_weigh_in_the_rating()
    {
        var profile = CriteriaCommand.TempFile("""{"targets":{"M.1":0.5},"collegeTargets":{"c1":{"M.1":0.1}},"rating":{"weights":{"M.1":1,"2.1":1}}}""");
        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync(
            "evaluate", CriteriaCommand.Sample("small-region-mentoring.json"), "--plugin", BuiltPlugins.Mentoring, "--profile", profile, "--format", "json");
        Assert.True(exit == 0, stderr);

        using var report = System.Text.Json.JsonDocument.Parse(stdout);
        var c1 = report.RootElement.GetProperty("colleges").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "c1")
            .GetProperty("results").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "M.1" && r.GetProperty("cohort").GetString() == "all");
        Assert.Equal("college", c1.GetProperty("targetSource").GetString());
        Assert.Equal(0.1m, c1.GetProperty("target").GetDecimal());
        Assert.Equal(0.5m, c1.GetProperty("profileTarget").GetDecimal());
        var weights = report.RootElement.GetProperty("rating").GetProperty("weights");
        Assert.Equal(["2.1", "M.1"], weights.EnumerateObject().Where(w => w.Value.GetDecimal() > 0).Select(w => w.Name));
        Assert.Equal("M.2", weights.EnumerateObject().Last().Name); // every known code: the catalog's, then the plugin's
    }

    [Fact]
    public async Task Validate_takes_a_profile_whose_status_sets_decide_findings()
    {
        var sample = CriteriaCommand.Sample("small-region.json");
        var profile = CriteriaCommand.TempFile("{\"atRiskStatuses\": [\"continuingEducation\", \"selfEmployed\"]}");

        var (plainExit, plain, _) = await CriteriaCommand.RunAsync("validate", sample);
        var (exit, withProfile, stderr) = await CriteriaCommand.RunAsync("validate", sample, "--profile", profile);

        Assert.Equal(0, plainExit);
        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("DQ13", plain, StringComparison.Ordinal);
        Assert.Contains("DQ13\twarning\t$.graduates[", withProfile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_refuses_a_profile_whose_plugin_options_are_wrong()
    {
        var profile = CriteriaCommand.TempFile("{\"plugins\": {\"mentoring\": {\"minimumHour\": 5}}}");
        var (exit, _, stderr) = await CriteriaCommand.RunAsync(
            "validate", CriteriaCommand.Sample("small-region-mentoring.json"), "--plugin", BuiltPlugins.Mentoring, "--profile", profile);

        Assert.Equal(2, exit);
        Assert.Contains("$.plugins.mentoring.minimumHour", stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean 'minimumHours'?", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_profile_error_found_against_the_criteria_names_the_file_and_the_line()
    {
        var profile = CriteriaCommand.TempFile("{\n  \"targets\": {\n    \"2.1\": 1.5\n  },\n  \"plugins\": { \"mentoring\": { \"minimumHour\": 5 } }\n}");

        var (exit, _, stderr) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region.json"), "--profile", profile);
        Assert.Equal(2, exit);
        Assert.Contains("$.targets['2.1']", stderr, StringComparison.Ordinal);
        Assert.Contains($"(profile {Path.GetFileName(profile)}) [line 3, byte 12]", stderr, StringComparison.Ordinal);

        var fixedTarget = CriteriaCommand.TempFile("{\n  \"plugins\": {\n    \"mentoring\": { \"minimumHour\": 5 }\n  }\n}");
        var (optionExit, _, optionError) = await CriteriaCommand.RunAsync(
            "validate", CriteriaCommand.Sample("small-region-mentoring.json"), "--plugin", BuiltPlugins.Mentoring, "--profile", fixedTarget);
        Assert.Equal(2, optionExit);
        Assert.Contains("$.plugins.mentoring.minimumHour", optionError, StringComparison.Ordinal);
        Assert.Contains("[line 3, byte 35]", optionError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("validate")]
    [InlineData("trend")]
    [InlineData("compare")]
    public async Task A_profile_that_is_not_json_is_named_by_every_command_not_taken_for_the_dataset(string command)
    {
        // A truncated profile's JSON path ($.targets['2.1']) and "is the file truncated?" would otherwise
        // read as if the dataset were broken.
        var profile = CriteriaCommand.TempFile("{\n  \"targets\": {\n    \"2.1\": ");
        var sample = CriteriaCommand.Sample("small-region.json");
        string[] arguments = command switch
        {
            "trend" or "compare" => [command, sample, sample, command == "compare" ? "--profile-after" : "--profile", profile],
            _ => [command, sample, "--profile", profile],
        };

        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync(arguments);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains($"$.targets['2.1']: the JSON ends too early", stderr, StringComparison.Ordinal);
        Assert.Contains($"(profile {Path.GetFileName(profile)}) [line 3, byte", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_and_validate_say_when_a_plugin_was_cut_off_and_exit_3()
    {
        var sample = CriteriaCommand.Sample("small-region.json");
        var (compareExit, compareOut, compareError) = await CriteriaCommand.RunAsync(
            "compare", sample, sample, "--plugin", BuiltPlugins.Stuck, "--plugin-budget", "1s", "--format", "json", "--all");
        Assert.True(compareExit == 3, $"exit {compareExit}: {compareError}");
        Assert.Contains("criteria could not be evaluated (S.1, S.2)", compareError, StringComparison.Ordinal);
        Assert.Contains($"the comparison was written, but for {Path.GetFileName(sample)} 2 criteria could not be evaluated", compareError, StringComparison.Ordinal); // each side named
        Assert.Contains("\"statusAfter\": \"error\"", compareOut, StringComparison.Ordinal);   // the report contract's spelling

        var (validateExit, validateOut, validateError) = await CriteriaCommand.RunAsync("validate", sample, "--plugin", BuiltPlugins.Stuck, "--plugin-budget", "1s");
        Assert.True(validateExit == 3, $"exit {validateExit}: {validateError}");
        Assert.Contains("RULE\terror", validateOut, StringComparison.Ordinal);
        Assert.Contains("1 rule(s) that failed", validateError, StringComparison.Ordinal);
    }
}
