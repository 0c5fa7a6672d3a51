using System.Text.Json;
using Criteria.Catalog;
using Criteria.Json;
using Criteria.Profiles;
using Criteria.Reporting;
using Criteria.Testing;

namespace Criteria.Samples.Mentoring.Tests;

public sealed class MentoringCriteriaTests
{
    private const string Dataset = """
        {
          "schemaVersion": "1.0",
          "period": { "start": "2022-09-01", "end": "2023-08-31", "cutoff": "2023-12-01" },
          "colleges": [ { "id": "c1" }, { "id": "c2" } ],
          "employers": [ { "id": "e1" }, { "id": "e2" } ],
          "events": [
            { "id": "ev1", "collegeId": "c1", "kind": "jobFair", "date": "2023-04-01", "employerIds": ["e1"] },
            { "id": "ev2", "collegeId": "c2", "kind": "jobFair", "date": "2023-10-01", "employerIds": ["e2"] }
          ],
          "graduates": [
            { "id": "g1", "collegeId": "c1", "health": ["limitedHealth"], "outcome": { "status": "employed", "employerId": "e1" },
              "extensions": { "mentoring": { "hours": 12, "mentor": "Петров" } } },
            { "id": "g2", "collegeId": "c1", "outcome": { "status": "employed", "employerId": "e2" },
              "extensions": { "mentoring": { "hours": 6 } } },
            { "id": "g3", "collegeId": "c1", "outcome": { "status": "continuingEducation" } },
            { "id": "g4", "collegeId": "c2", "outcome": { "status": "employed", "employerId": "e2" } }
          ]
        }
        """;

    [Fact]
    public void Mentored_share_counts_the_hours_in_the_extension_against_the_default_minimum()
    {
        CriterionTest.For(new MentoredGraduates())
            .Evaluate(Dataset)
            .ExpectRatio("c1", 1, 3)
            .ExpectRatio("c1", 1, 1, Cohort.LimitedHealth)
            .ExpectRatio("c2", 0, 1)
            .ExpectRegionRatio(1, 4)
            .ExpectNoRuleFailure();
    }

    [Fact]
    public void The_minimum_comes_from_the_profile_section_of_the_plugin()
    {
        var profile = new EvaluationProfile
        {
            PluginOptions = new Dictionary<string, JsonElement> { ["mentoring"] = JsonDocument.Parse("""{"minimumHours": 5}""").RootElement },
        };
        CriterionTest.For(new MentoringPlugin(), profile)
            .Evaluate(Dataset)
            .ExpectRatio("c1", 2, 3, code: "M.1");
    }

    [Fact]
    public void One_criterion_is_tested_with_its_plugins_options()
    {
        var profile = new EvaluationProfile
        {
            PluginOptions = new Dictionary<string, JsonElement> { ["mentoring"] = JsonDocument.Parse("""{"minimumHours": 5}""").RootElement },
        };
        CriterionTest.For(new MentoredGraduates(), new MentoringPlugin(), profile)
            .Evaluate(Dataset)
            .ExpectRatio("c1", 2, 3)
            .ExpectNoRuleFailure();

        var typo = new EvaluationProfile
        {
            PluginOptions = new Dictionary<string, JsonElement> { ["mentoring"] = JsonDocument.Parse("""{"minimumHour": 5}""").RootElement },
        };
        var error = Assert.Throws<InvalidInputException>(() => CriterionTest.For(new MentoredGraduates(), new MentoringPlugin(), typo));
        Assert.Equal("$.plugins.mentoring.minimumHour", error.Path);
    }

    [Fact]
    public void Employment_at_event_partners_joins_colleges_events_and_graduates()
    {
        // c2's event is after the period, so its employer is no partner.
        CriterionTest.For(new EmployedAtEventPartners())
            .Evaluate(Dataset)
            .ExpectRatio("c1", 1, 2)
            .ExpectRatio("c1", 1, 1, Cohort.LimitedHealth)
            .ExpectRatio("c2", 0, 1)
            .ExpectRatio("c2", 0, 0, Cohort.Disabled)
            .ExpectStatus("c2", ResultStatus.NoData, Cohort.Disabled)
            .ExpectRegionRatio(1, 3);
    }

    [Fact]
    public void A_bad_minimum_is_refused_naming_the_plugin_and_the_option()
    {
        var profile = new EvaluationProfile
        {
            PluginOptions = new Dictionary<string, JsonElement> { ["mentoring"] = JsonDocument.Parse("""{"minimumHours": 0}""").RootElement },
        };
        var error = Assert.Throws<InvalidInputException>(() => CriterionTest.For(new MentoringPlugin(), profile));
        Assert.Equal("$.plugins.mentoring.minimumHours", error.Path);
        Assert.Contains("plugin 'mentoring'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extension_of_the_wrong_shape_fails_the_criterion_naming_the_record()
    {
        var outcome = CriterionTest.For(new MentoredGraduates()).Evaluate(Dataset.Replace("\"hours\": 6", "\"hours\": \"six\"", StringComparison.Ordinal));
        outcome.ExpectStatus("c1", ResultStatus.Error);
        var failure = Assert.Single(outcome.Report.Findings, f => f.Code == "RULE");
        Assert.Equal("g2", failure.RecordId);
    }

    [Fact]
    public void The_test_kit_says_what_came_out_when_an_expectation_fails()
    {
        var error = Assert.Throws<CriterionExpectationException>(() => CriterionTest.For(new MentoredGraduates()).Evaluate(Dataset).ExpectRatio("c1", 2, 3));
        Assert.Contains("expected 2 / 3, got 1 / 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("limitedHealth 1 / 1", error.Message, StringComparison.Ordinal);
    }
}
