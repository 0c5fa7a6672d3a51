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
}
