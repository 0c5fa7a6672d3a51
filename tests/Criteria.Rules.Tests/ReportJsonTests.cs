using System.Text.Json;
using Criteria.Json;
using Criteria.Profiles;

namespace Criteria.Rules.Tests;

/// <summary>The JSON report has exactly the shape of docs/report.md.</summary>
public sealed class ReportJsonTests
{
    private static readonly string Json = ReportWriter.ToJson(Evaluation.Evaluate(
        File.ReadAllText(Evaluation.SamplePath("small-region.json")),
        new EvaluationProfile { Targets = new Dictionary<string, ExactDecimal> { ["2.1"] = 0.9m, ["3.3"] = 10 } }));

    private static JsonElement Root => JsonDocument.Parse(Json).RootElement;

    private static JsonElement Result(string college, string code, string cohort = "all") =>
        Root.GetProperty("colleges").EnumerateArray().Single(c => c.GetProperty("id").GetString() == college)
            .GetProperty("results").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code && r.GetProperty("cohort").GetString() == cohort);

    [Fact]
    public void The_top_level_has_the_contract_members_in_order()
    {
        Assert.Equal(
            ["schemaVersion", "catalog", "region", "period", "settings", "criteria", "colleges", "regionResults", "findings"],
            Root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["employedStatuses", "outsideLabourMarketStatuses", "atRiskStatuses", "chatActivityDays", "vacancyFreshnessDays", "trackFreshnessDays", "websiteChecklist"],
            Root.GetProperty("settings").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["registeredUnemployed", "notEmployed"], Root.GetProperty("settings").GetProperty("atRiskStatuses").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("samara-2023", Root.GetProperty("catalog").GetString());
        Assert.Equal("2023-12-01", Root.GetProperty("period").GetProperty("cutoff").GetString());
        var criterion = Root.GetProperty("criteria")[3];
        Assert.Equal(["code", "group", "kind", "title", "titleEn", "lowerIsBetter", "source", "definition"], criterion.EnumerateObject().Select(p => p.Name));
        Assert.Equal("share", criterion.GetProperty("kind").GetString());
    }

    [Fact]
    public void Results_carry_exactly_the_members_of_their_kind()
    {
        Assert.Equal("""{"code":"1.1","cohort":"all","value":true,"status":"met"}""", Result("c1", "1.1").GetRawText().Replace(" ", "").Replace("\n", "").Replace("\r", ""));
        Assert.Equal(["code", "cohort", "numerator", "denominator", "value", "status"], Result("c1", "1.2").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.875, Result("c1", "1.2").GetProperty("value").GetDouble());
        Assert.Equal(["code", "cohort", "value", "employerIds", "status", "target"], Result("c1", "3.3").EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, Result("c1", "4.1", "disabledChild").GetProperty("value").ValueKind);
        Assert.Equal("noData", Result("c1", "4.1", "disabledChild").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, Result("c1", "5.1", "disabled").GetProperty("denominator").ValueKind);
        Assert.Equal(1, Result("c1", "5.1").GetProperty("value").GetDouble());
        Assert.Equal(0.9m, Result("c1", "2.1").GetProperty("target").GetDecimal());
        Assert.False(Result("c1", "2.2").TryGetProperty("target", out _));
        var region11 = Root.GetProperty("regionResults")[0];
        Assert.Equal(["code", "cohort", "numerator", "denominator", "value", "status"], region11.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Cyrillic_is_utf8_and_output_is_byte_identical_run_after_run()
    {
        Assert.Contains("Колледж 1", Json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u04", Json, StringComparison.Ordinal);
        var again = ReportWriter.ToJson(Evaluation.Evaluate(
            File.ReadAllText(Evaluation.SamplePath("small-region.json")),
            new EvaluationProfile { Targets = new Dictionary<string, ExactDecimal> { ["2.1"] = 0.9m, ["3.3"] = 10 } }));
        Assert.Equal(Json, again);
    }

    [Fact]
    public void A_report_reads_back_into_the_same_report()
    {
        var report = ReportReader.Parse(Json);
        Assert.Equal(Json, ReportWriter.ToJson(report));
    }

    [Theory]
    [InlineData("colleges", 1, "denominator", "\"x\"", "$.colleges[1].results[5]", "denominator: expected a whole number or null, found the text 'x'")]
    [InlineData("regionResults", -1, "cohort", "\"martians\"", "$.regionResults[7]", "'martians' is not one of all, inclusive, disabled, disabledChild, limitedHealth")]
    [InlineData("findings", 0, "severity", "5", "$.findings[0].severity", "expected one of warning, error, found the number 5")]
    public void A_bad_value_deep_in_a_report_is_refused_with_the_path_of_its_element(string section, int index, string property, string json, string path, string problem)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(Json)!;
        var element = section switch
        {
            "colleges" => root["colleges"]![index]!["results"]![5]!,
            "regionResults" => root["regionResults"]![7]!,
            _ => root["findings"]![index]!,
        };
        element[property] = System.Text.Json.Nodes.JsonNode.Parse(json);

        var error = Assert.Throws<InvalidInputException>(() => ReportReader.Parse(root.ToJsonString()));

        Assert.Equal((path, problem), (error.Path, error.Problem));
    }

    [Theory]
    [InlineData("criteria")]
    [InlineData("colleges")]
    [InlineData("regionResults")]
    [InlineData("findings")]
    public void A_null_where_a_report_has_an_element_is_refused_at_once_not_when_the_report_is_used(string section)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(Json)!;
        root[section]!.AsArray().Insert(0, null);

        var error = Assert.Throws<InvalidInputException>(() => ReportReader.Parse(root.ToJsonString()));

        Assert.Equal(($"$.{section}[0]", "expected an element, found null"), (error.Path, error.Problem));
    }

    [Fact]
    public void A_report_without_its_required_members_names_them_in_words()
    {
        var error = Assert.Throws<InvalidInputException>(() => ReportReader.Parse("{}"));

        Assert.Equal("$", error.Path);
        Assert.StartsWith("required properties are missing: catalog, period", error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Criteria.", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2.0", "version '2.0' has major version 2; this library reads major version 1 only")]
    [InlineData("one", "'one' is not a version of the form major.minor, for example \"1.0\"")]
    public void A_report_of_another_major_version_is_refused(string version, string problem)
    {
        var error = Assert.Throws<InvalidInputException>(() => ReportReader.Parse(Json.Replace("\"schemaVersion\": \"1.0\"", $"\"schemaVersion\": \"{version}\"", StringComparison.Ordinal)));

        Assert.Equal(("$.schemaVersion", problem), (error.Path, error.Problem));
        Assert.Equal("1.1", ReportReader.Parse(Json.Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.1\"", StringComparison.Ordinal)).SchemaVersion); // a later minor only adds
    }

    [Theory]
    [InlineData("\"start\": \"2022-09-01\"", "\"start\": \"2023-09-01\"", "the period starts on 2023-09-01, after its end on 2023-08-31 (DQ8)")]
    [InlineData("\"cutoff\": \"2023-12-01\"", "\"cutoff\": \"2022-01-01\"", "the cut-off 2022-01-01 is before the period's start on 2022-09-01 (DQ8)")]
    [InlineData(",\n    \"cutoff\": \"2023-12-01\"", "", "the period has no cutoff")]
    public void A_hand_edited_period_that_cannot_be_is_refused_with_its_path(string from, string to, string problem)
    {
        Assert.Contains(from, Json, StringComparison.Ordinal);
        var edited = Json.Replace(from, to, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidInputException>(() => ReportReader.Parse(edited));

        Assert.Equal(("$.period", problem), (error.Path, error.Problem));
    }
}
