using Criteria.Facts;
using Criteria.Json;
using Criteria.Profiles;

namespace Criteria.Core.Tests.Json;

public sealed class ProfileReaderTests
{
    [Fact]
    public void An_empty_profile_has_the_defaults_of_the_spec()
    {
        var profile = ProfileReader.Parse("{}").Profile;

        Assert.Empty(profile.Targets);
        Assert.Equal(30, profile.ChatActivityDays);
        Assert.Equal(30, profile.VacancyFreshnessDays);
        Assert.Equal(30, profile.TrackFreshnessDays);
        Assert.Equal(
            ["regulation", "contacts", "workPlan", "vacancies", "events", "supportMeasures", "employmentStatistics", "usefulLinks"],
            profile.WebsiteChecklist);
        Assert.Equal([EmploymentStatus.Employed, EmploymentStatus.Entrepreneur, EmploymentStatus.SelfEmployed, EmploymentStatus.MilitaryContract], profile.EmployedStatuses);
        Assert.Equal([EmploymentStatus.RegisteredUnemployed, EmploymentStatus.NotEmployed], profile.AtRiskStatuses);
        Assert.Equal(EvaluationProfile.Default, profile);
    }

    [Fact]
    public void The_example_profile_of_the_contract_reads_with_exact_decimal_targets()
    {
        var profile = ProfileReader.Parse("""
            {
              "targets": { "2.1": 0.9, "5.4": 0.6, "5.9": 0.05, "3.3": 10, "1.1": 1 },
              "regionTargets": { "3.3": 200, "5.5": 150 },
              "chatActivityDays": 14,
              "websiteChecklist": ["regulation", "contacts"],
              "atRiskStatuses": ["registeredUnemployed"]
            }
            """).Profile;

        Assert.Equal(0.9m, profile.Targets["2.1"]);
        Assert.Equal(0.05m, profile.Targets["5.9"]);
        Assert.Equal(200m, profile.RegionTargets["3.3"]);
        Assert.Equal(14, profile.ChatActivityDays);
        Assert.Equal(30, profile.TrackFreshnessDays);
        Assert.Equal(["regulation", "contacts"], profile.WebsiteChecklist);
        Assert.Equal([EmploymentStatus.RegisteredUnemployed], profile.AtRiskStatuses);
    }

    [Fact]
    public void A_profile_written_and_read_back_is_the_same_profile()
    {
        var profile = new EvaluationProfile
        {
            Targets = new Dictionary<string, ExactDecimal> { ["2.1"] = 0.9m, ["3.3"] = 10m },
            RegionTargets = new Dictionary<string, ExactDecimal> { ["5.5"] = 150m },
            TrackFreshnessDays = 45,
        };

        var reread = ProfileReader.Parse(ProfileWriter.ToJson(profile)).Profile;

        Assert.Equal(profile.Targets, reread.Targets);
        Assert.Equal(profile.RegionTargets, reread.RegionTargets);
        Assert.Equal(profile, reread);
    }

    [Theory]
    [InlineData("""{"chatActivityDays":-1}""", "$.chatActivityDays", "cannot be negative")]
    [InlineData("""{"targets":{"2.1":"high"}}""", "$.targets['2.1']", "expected a number")]
    [InlineData("""{"employedStatuses":["hired"]}""", "$.employedStatuses[0]", "'hired' is not one of")]
    [InlineData("""{"websiteChecklist":[""]}""", "$.websiteChecklist[0]", "checklist item")]
    [InlineData("""{"targets":{"2.1":0.9,"2.1":0.8}}""", "$.targets", "twice")]
    public void A_bad_profile_is_refused_with_its_path(string json, string path, string problem)
    {
        var error = Assert.Throws<InvalidInputException>(() => ProfileReader.Parse(json));
        Assert.StartsWith(path, error.Path, StringComparison.Ordinal);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_profile_property_is_a_warning()
    {
        var result = ProfileReader.Parse("""{"colour":"red"}""");
        Assert.Equal("$.colour", Assert.Single(result.Findings).Path);
    }

    [Fact]
    public async Task An_unknown_profile_property_is_a_finding_with_a_json_path_of_the_profile_and_the_file_in_its_message()
    {
        var file = Path.Combine(Path.GetTempPath(), $"profile-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{ "chatActivityDays": 14, "targetz": { "2.1": 0.9 } }""");
        try
        {
            var finding = Assert.Single((await ProfileReader.ReadFileAsync(file)).Findings);

            Assert.Equal("DQ10", finding.Code);
            Assert.Equal("$.targetz", finding.Path);
            Assert.StartsWith($"profile {Path.GetFileName(file)}: ", finding.Message, StringComparison.Ordinal);
            Assert.Contains("'targetz'", finding.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Plugin_options_obey_the_string_limit_of_the_contract()
    {
        var note = new string('x', 4097);
        var error = Assert.Throws<InvalidInputException>(() => ProfileReader.Parse($$"""{ "plugins": { "acme": { "notes": ["ok", "{{note}}"] } } }"""));

        Assert.Equal("$.plugins.acme.notes[1]", error.Path);
        Assert.Contains("at most 4096", error.Problem, StringComparison.Ordinal);
        Assert.Equal(4096, ProfileReader.Parse($$"""{ "plugins": { "acme": { "notes": ["{{note[1..]}}"] } } }""").Profile.PluginOptions["acme"].GetProperty("notes")[0].GetString()!.Length);
    }
}
