using Criteria.Json;
using Criteria.Quality;

namespace Criteria.Core.Tests.Quality;

public sealed class DatasetValidatorTests
{
    private static IReadOnlyList<Finding> Validate(string json) => DatasetValidator.Validate(DatasetReader.Parse(json).Dataset);

    [Fact]
    public async Task The_worked_example_has_no_structural_findings()
    {
        var dataset = (await DatasetReader.ReadFileAsync(Documents.SamplePath("small-region.json"))).Dataset;
        Assert.Empty(DatasetValidator.Validate(dataset));
    }

    [Fact]
    public void DQ1_a_duplicate_id_is_an_error_at_the_later_record()
    {
        var findings = Validate(Documents.With("""
            "colleges":[{"id":"c1"},{"id":"c1"}],
            "employers":[{"id":"e1"},{"id":"e1"}],
            "events":[{"id":"ev","collegeId":"c1","kind":"other","date":"2023-01-01"},{"id":"ev","collegeId":"c1","kind":"other","date":"2023-01-02"}],
            "graduates":[{"id":"g1","collegeId":"c1","outcome":{"status":"employed"}},{"id":"g1","collegeId":"c1","outcome":{"status":"employed"}}]
            """));

        Assert.Equal(["$.colleges[1].id", "$.employers[1].id", "$.events[1].id", "$.graduates[1].id"], findings.Select(f => f.Path));
        Assert.All(findings, f =>
        {
            Assert.Equal("DQ1", f.Code);
            Assert.Equal(FindingSeverity.Error, f.Severity);
        });
        Assert.Equal("g1", findings[3].RecordId);
        Assert.Contains("$.graduates[0]", findings[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DQ2_every_kind_of_dangling_reference_is_an_error_with_its_path()
    {
        var findings = Validate(Documents.With("""
            "colleges":[{"id":"c1"}],
            "employers":[{"id":"e1"}],
            "events":[{"id":"ev1","collegeId":"c9","kind":"jobFair","date":"2023-01-01","employerIds":["e1","e9"],"participantIds":["g1","g9"]}],
            "graduates":[
              {"id":"g1","collegeId":"c1","outcome":{"status":"employed","employerId":"e8"}},
              {"id":"g2","collegeId":"c7","targetedContract":{"employerId":"e7"},"outcome":{"status":"employed"}}]
            """));

        Assert.Equal(
            [
                "$.events[0].collegeId",
                "$.events[0].employerIds[1]",
                "$.events[0].participantIds[1]",
                "$.graduates[0].outcome.employerId",
                "$.graduates[1].collegeId",
                "$.graduates[1].targetedContract.employerId",
            ],
            findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(("DQ2", FindingSeverity.Error), (f.Code, f.Severity)));
        Assert.Equal(("c9", "ev1"), (findings[0].CollegeId, findings[0].RecordId));
        Assert.Contains("'g9'", findings[2].Message, StringComparison.Ordinal);
        Assert.Equal(("c7", "g2"), (findings[4].CollegeId, findings[4].RecordId));
    }

    [Fact]
    public void DQ9_a_cohort_count_above_the_total_is_a_warning()
    {
        var findings = Validate(Documents.WithCollege("""  "spo1":{"total":3,"disabled":4,"disabledChild":3,"limitedHealth":5}"""));

        Assert.Equal(["$.colleges[0].spo1.disabled", "$.colleges[0].spo1.limitedHealth"], findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(("DQ9", FindingSeverity.Warning, "c1"), (f.Code, f.Severity, f.CollegeId)));
    }

    [Fact]
    public void Findings_are_ordered_by_code_then_document_order()
    {
        var findings = Validate(Documents.With("""
            "colleges":[{"id":"c1","spo1":{"total":0,"disabled":1}},{"id":"c1"}],
            "graduates":[{"id":"g1","collegeId":"c5","outcome":{"status":"employed"}},{"id":"g1","collegeId":"c1","outcome":{"status":"employed"}}]
            """));

        Assert.Equal(["DQ1", "DQ1", "DQ2", "DQ9"], findings.Select(f => f.Code));
        Assert.Equal(["$.colleges[1].id", "$.graduates[1].id", "$.graduates[0].collegeId", "$.colleges[0].spo1.disabled"], findings.Select(f => f.Path));
    }

    [Fact]
    public void Finding_codes_rank_in_the_order_of_the_table()
    {
        string[] table = ["DQ1", "DQ2", "DQ3", "DQ4", "DQ5", "DQ6", "DQ7", "DQ8", "DQ9", "DQ10", "DQ11", "DQ12", "DQ13", "RULE"];
        Assert.Equal(table, table.Reverse().OrderBy(FindingCodes.Rank));
        Assert.True(FindingCodes.Rank("PLUGIN1") > FindingCodes.Rank("RULE"));
    }

    [Fact]
    public void A_region_large_enough_to_be_checked_in_parts_gives_every_finding_once()
    {
        // 60,000 graduates: ids are indexed while references are checked, events in parts; the
        // problems are placed at the parts' edges.
        var dataset = Samples.SampleDatasetGenerator.Generate(new Samples.SampleDatasetOptions { Colleges = 12, Graduates = 60_000, Seed = 2 });
        var graduates = dataset.Graduates.ToArray();
        graduates[0] = graduates[0] with { CollegeId = "nowhere" };
        graduates[29_999] = graduates[29_999] with { Outcome = graduates[29_999].Outcome with { EmployerId = "ghost" } };
        graduates[59_999] = graduates[59_999] with { TargetedContract = new Facts.TargetedContract { EmployerId = "ghost" } };
        var events = dataset.Events.ToArray();
        var middle = events.Length / 2;
        events[middle] = events[middle] with { ParticipantIds = [.. events[middle].ParticipantIds, "g-none"] };
        events[^1] = events[^1] with { CollegeId = "nowhere" };

        var findings = DatasetValidator.Validate(dataset with { Graduates = [.. graduates, graduates[30_000]], Events = [.. events] });

        Assert.Equal(
            [
                "DQ1 $.graduates[60000].id",
                $"DQ2 $.events[{middle}].participantIds[{events[middle].ParticipantIds.Count - 1}]",
                $"DQ2 $.events[{events.Length - 1}].collegeId",
                "DQ2 $.graduates[0].collegeId",
                "DQ2 $.graduates[29999].outcome.employerId",
                "DQ2 $.graduates[59999].targetedContract.employerId",
            ],
            findings.Select(f => $"{f.Code} {f.Path}"));
    }
}
