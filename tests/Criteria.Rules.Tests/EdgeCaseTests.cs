using System.Linq.Expressions;
using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Profiles;
using Criteria.Reporting;
using Criteria.Sdk;
using Criteria.Sdk.Criteria;
using static Criteria.Rules.Tests.Data;

namespace Criteria.Rules.Tests;

/// <summary>The edges of the spec where an earlier version deviated: each test failed before its fix.</summary>
public sealed class EdgeCaseTests
{
    [Criterion("9.2", 9, Title = "Падает на c1", TitleEn = "Throws on c1", Definition = "A presence criterion whose rule throws for one college.")]
    private sealed class ThrowingPresence : CollegePresenceCriterion
    {
        protected override Expression<Func<CollegeFact, bool>> Present => c => Explode(c);

        private static bool Explode(CollegeFact c) => c.Id == "c1" ? throw new InvalidOperationException("boom") : true;
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(800_000)]
    [InlineData(1_000_000)]
    public void A_huge_freshness_window_means_always_fresh_and_never_an_error(int days)
    {
        var old = new DateOnly(1, 1, 1);
        var college = C("c1") with
        {
            MessengerChats = [new MessengerChat { Platform = "vk", Members = 3, LastActivity = old }],
            VacancyBank = new VacancyBank { Url = "https://x", PartnerVacancies = 2, UpdatedOn = old },
        };
        var graduates = Roster(g => g with { CollegeId = "c1", Ais = new AisRegistration { Registered = true, CareerTrack = new CareerTrack { Formed = true, UpdatedOn = old } } });
        var profile = new EvaluationProfile { ChatActivityDays = days, VacancyFreshnessDays = days, TrackFreshnessDays = days };

        var report = Evaluation.Evaluate(Dataset(graduates, colleges: [college]), profile);

        Assert.Equal(ResultValue.Of(true), report.Result("c1", "1.3").Value);
        Assert.Equal(ResultValue.Of(true), report.Result("c1", "3.5").Value);
        Assert.Equal((5L, 5L), report.Result("c1", "5.2").Ratio());
        Assert.DoesNotContain(report.Findings, f => f.Code == "RULE");
    }

    [Fact]
    public void A_window_of_zero_days_keeps_only_the_cut_off_day_and_later()
    {
        var college = C("c1") with
        {
            MessengerChats = [new MessengerChat { Platform = "vk", Members = 3, LastActivity = Cutoff.AddDays(-1) }],
            VacancyBank = new VacancyBank { Url = "https://x", PartnerVacancies = 2, UpdatedOn = Cutoff },
        };
        var report = Evaluation.Evaluate(Dataset([G("g1")], colleges: [college]), new EvaluationProfile { ChatActivityDays = 0, VacancyFreshnessDays = 0 });

        Assert.Equal(ResultValue.Of(false), report.Result("c1", "1.3").Value);
        Assert.Equal(ResultValue.Of(true), report.Result("c1", "3.5").Value);
    }

    [Fact]
    public void Lenient_mode_keeps_neither_event_of_an_id_whose_first_record_names_a_missing_college()
    {
        var dataset = Dataset(
            Roster(),
            events:
            [
                Event("ev1", "nowhere", EventKind.JobFair, new DateOnly(2023, 3, 1), participants: ["g1"]),
                Event("ev1", "c1", EventKind.JobFair, new DateOnly(2023, 3, 1), participants: ["g2"], employers: ["e1"]),
            ],
            employers: [new Employer { Id = "e1" }]);

        var report = Evaluation.Evaluate(dataset, mode: EvaluationMode.Lenient);

        Assert.Equal((0L, 4L), report.Result("c1", "3.2").Ratio());
        Assert.Equal(ResultValue.Of(0), report.Result("c1", "3.3").Value);
        Assert.Contains(report.Findings, f => f is { Code: "DQ1", Path: "$.events[1].id" });
        Assert.Contains(report.Findings, f => f is { Code: "DQ2", Path: "$.events[0].collegeId" });
    }

    [Fact]
    public void A_failed_presence_criterion_still_writes_the_region_numerator_and_denominator()
    {
        var plugin = CriteriaCatalogFactory.Create("faulty", [new ThrowingPresence()], [], source: "faulty");
        var report = new CriteriaEvaluator([StandardCatalog.Catalog, plugin]).Evaluate(Dataset());

        var region = report.Region("9.2");
        Assert.Equal(ResultStatus.Error, region.Status);
        Assert.True(region.HasRatio);
        Assert.Contains("\"code\":\"9.2\",\"cohort\":\"all\",\"numerator\":null,\"denominator\":null,\"value\":null,\"status\":\"error\"", ReportWriter.ToJson(report, indented: false), StringComparison.Ordinal);
        Assert.False(report.Result("c2", "9.2").HasRatio); // a college's presence result has a flag, not a ratio
    }

    [Fact]
    public void A_checklist_built_in_code_with_a_repeated_item_counts_it_once()
    {
        var college = C("c1") with
        {
            WebsiteSection = new WebsiteSection { Checklist = [new ChecklistItem("regulation", true), new ChecklistItem("contacts", true)] },
        };
        var profile = new EvaluationProfile { WebsiteChecklist = ["regulation", "regulation", "contacts"] };

        var report = Evaluation.Evaluate(Dataset([G("g1")], colleges: [college]), profile);

        Assert.Equal(["regulation", "contacts"], profile.WebsiteChecklist);
        Assert.Equal((2L, 2L), report.Result("c1", "1.2").Ratio());
        Assert.Equal(ResultStatus.Met, report.Result("c1", "1.2").Status);
    }

    [Fact]
    public void A_target_with_more_digits_than_a_decimal_holds_is_compared_exactly()
    {
        // A decimal keeps 28 digits after the point: 0.3…34 would round to 0.3…3, which 1 of 3 would meet.
        var graduates = new[]
        {
            G("g1", status: EmploymentStatus.NotEmployed) with { Ais = new AisRegistration { Registered = true } },
            G("g2", status: EmploymentStatus.Employed),
            G("g3", status: EmploymentStatus.Employed),
        };
        var employers = new[] { new Employer { Id = "e1" } };
        var dataset = Dataset(graduates.Select(g => g.Outcome.Status == EmploymentStatus.Employed ? g with { Outcome = g.Outcome with { EmployerId = "e1" } } : g), colleges: [C("c1")], employers: employers);
        var json = "{ \"targets\": { \"2.1\": 0.33333333333333333333333333334, \"5.9\": 0.33333333333333333333333333334 } }";
        var profile = ProfileReader.Parse(json).Profile;

        var report = Evaluation.Evaluate(dataset, profile);

        Assert.Equal((1L, 3L), report.Result("c1", "2.1").Ratio());
        Assert.Equal(ResultStatus.NotMet, report.Result("c1", "2.1").Status);   // 1/3 < 0.3…34
        Assert.Equal(ResultStatus.NotMet, report.Region("2.1").Status);
        Assert.Equal((1L, 3L), report.Result("c1", "5.9").Ratio());
        Assert.Equal(ResultStatus.Met, report.Result("c1", "5.9").Status);      // lower is better: 1/3 ≤ 0.3…34
        Assert.Equal("0.33333333333333333333333333334", report.Result("c1", "2.1").Target.ToString());
        Assert.Contains("\"target\":0.33333333333333333333333333334", ReportWriter.ToJson(report, indented: false), StringComparison.Ordinal);
        Assert.Equal(report.Result("c1", "2.1"), ReportReader.Parse(ReportWriter.ToJson(report)).Result("c1", "2.1"));
    }

    [Theory]
    [InlineData("0.9", 9, 10, 0)]
    [InlineData("0.90", 9, 10, 0)]
    [InlineData("9E-1", 9, 10, 0)]
    [InlineData("0.9000000000000000000000000000000001", 9, 10, 1)]
    [InlineData("0.8999999999999999999999999999999999", 9, 10, -1)]
    [InlineData("0.33333333333333333333333333334", 1, 3, 1)]
    [InlineData("0.33333333333333333333333333333", 1, 3, -1)]
    [InlineData("1", long.MaxValue, long.MaxValue, 0)]
    [InlineData("0", 0, 1, 0)]
    [InlineData("100000000000000000000000000000000000000", 5, 1, 1)]
    public void An_exact_decimal_compares_with_a_fraction_in_whole_numbers(string target, long numerator, long denominator, int sign)
    {
        Assert.Equal(sign, Math.Sign(ExactDecimal.Parse(target).CompareToFraction(numerator, denominator)));
    }

    [Fact]
    public void An_exact_decimal_keeps_its_written_form_and_equals_by_value()
    {
        Assert.Equal("0.90", ExactDecimal.Parse("0.90").ToString());
        Assert.Equal("0.90", ((ExactDecimal)0.90m).ToString());
        Assert.Equal(ExactDecimal.Parse("0.9"), ExactDecimal.Parse("0.900"));
        Assert.Equal(ExactDecimal.Parse("0.9").GetHashCode(), ExactDecimal.Parse("0.900").GetHashCode());
        Assert.Equal("1000", ExactDecimal.Parse("1E3").ToString());
        Assert.True(ExactDecimal.Parse("10.0").IsWhole);
        Assert.False(ExactDecimal.Parse("10.5").IsWhole);
        Assert.Throws<FormatException>(() => ExactDecimal.Parse("1." + new string('0', 5000)));
        Assert.Throws<FormatException>(() => ExactDecimal.Parse("1e999999"));
        Assert.Throws<FormatException>(() => ExactDecimal.Parse(".5"));
    }

    public static TheoryData<string, string, string?, string> BrokenInCode() => new()
    {
        { "long specialty", "$.graduates[2].specialty", "g3", "at most 4096" },
        { "schema 2.0", "$.schemaVersion", null, "major version 2" },
        { "null outcome", "$.graduates[1].outcome", "g2", "missing" },
        { "null college", "$.colleges[1]", null, "missing" },
        { "empty participant", "$.events[0].participantIds[1]", "ev1", "cannot be empty" },
        { "undefined status", "$.graduates[0].outcome.status", "g1", "is not one of" },
        { "long extension text", "$.colleges[0].extensions.acme.note", "c1", "at most 4096" },
    };

    [Theory]
    [MemberData(nameof(BrokenInCode))]
    public void A_dataset_built_in_code_is_held_to_the_contract_of_a_file(string change, string path, string? recordId, string problem)
    {
        var dataset = Dataset(events: [Event("ev1", "c1", EventKind.JobFair, new DateOnly(2023, 3, 1), participants: ["g1"])]);
        var graduates = dataset.Graduates.ToArray();
        var colleges = dataset.Colleges.ToArray();
        var events = dataset.Events.ToArray();
        switch (change)
        {
            case "long specialty": graduates[2] = graduates[2] with { Specialty = new string('1', 5000) }; break;
            case "schema 2.0": dataset = dataset with { SchemaVersion = "2.0" }; break;
            case "null outcome": graduates[1] = graduates[1] with { Outcome = null! }; break;
            case "null college": colleges[1] = null!; break;
            case "empty participant": events[0] = events[0] with { ParticipantIds = ["g1", ""] }; break;
            case "undefined status": graduates[0] = graduates[0] with { Outcome = new Outcome { Status = (EmploymentStatus)99 } }; break;
            case "long extension text":
                var extension = System.Text.Json.JsonDocument.Parse($"{{\"note\":\"{new string('x', 4097)}\"}}").RootElement;
                colleges[0] = colleges[0] with { Extensions = ExtensionData.Create([new("acme", extension)]) };
                break;
        }

        var broken = dataset with { Graduates = [.. graduates], Colleges = [.. colleges], Events = [.. events] };
        var error = Assert.Throws<InvalidInputException>(() => Evaluation.Evaluate(broken, mode: EvaluationMode.Lenient));
        Assert.Equal(path, error.Path);
        Assert.Equal(recordId, error.RecordId);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.Throws<InvalidInputException>(() => Evaluation.Evaluator.OpenLive(broken));
    }

    [Fact]
    public void A_live_evaluation_refuses_a_record_that_breaks_the_contract_and_changes_nothing()
    {
        var live = Evaluation.Evaluator.OpenLive(Dataset());
        var before = live.Snapshot();

        var error = Assert.Throws<InvalidInputException>(() => live.UpdateGraduate(Roster()[1] with { Specialty = new string('1', 4097) }));
        Assert.Equal(("$.graduates[1].specialty", "g2"), (error.Path, error.RecordId));
        Assert.Throws<InvalidInputException>(() => live.InsertGraduate(G("g9") with { Outcome = null! }));
        Assert.Equal(before, live.Snapshot());
        Assert.Empty(live.TakeChanges());
    }

    [Fact]
    public void A_dataset_written_and_read_back_is_not_walked_again_but_evaluates_the_same()
    {
        var dataset = Dataset();
        var read = DatasetReader.Parse(DatasetWriter.ToJson(dataset)).Dataset;
        Assert.Equal(ReportWriter.ToJson(Evaluation.Evaluate(dataset)), ReportWriter.ToJson(Evaluation.Evaluate(read)));
    }

    private const string OutOfOrder = """
        {
          "schemaVersion": "1.0",
          "graduates": [
            { "id": "g1", "collegeId": "c1", "zeta": 1, "outcome": { "status": "employed" }, "alpha": 2,
              "ais": { "registered": true, "careerTrack": { "formed": true, "updatedOn": "2024-01-05" } } }
          ],
          "events": [ { "id": "ev1", "collegeId": "c1", "kind": "jobFair", "date": "2024-01-02" } ],
          "period": { "start": "2022-09-01", "end": "2023-08-31", "cutoff": "2023-12-01" },
          "colleges": [
            { "id": "c1",
              "spo1": { "limitedHealth": 5, "disabledChild": 4, "disabled": 3, "total": 2 },
              "vacancyBank": { "url": "u", "partnerVacancies": 1, "updatedOn": "2024-01-03" },
              "messengerChats": [ { "members": 1, "lastActivity": "2024-01-04" } ] }
          ]
        }
        """;

    [Fact]
    public void Findings_follow_the_order_of_the_file_not_the_alphabet_nor_the_contract()
    {
        var loaded = DatasetReader.Parse(OutOfOrder);
        var report = Evaluation.Evaluator.Evaluate(loaded.Dataset, new EvaluationSettings { ReadingFindings = loaded.Findings });

        string[] Paths(string code) => report.Findings.Where(f => f.Code == code).Select(f => f.Path).ToArray();
        Assert.Equal(["$.colleges[0].spo1.limitedHealth", "$.colleges[0].spo1.disabledChild", "$.colleges[0].spo1.disabled", "$.colleges[0].spo1.total"], Paths("DQ3"));
        Assert.Equal(["$.colleges[0].spo1.limitedHealth", "$.colleges[0].spo1.disabledChild", "$.colleges[0].spo1.disabled"], Paths("DQ9"));
        Assert.Equal(
            ["$.graduates[0].ais.careerTrack.updatedOn", "$.events[0].date", "$.colleges[0].vacancyBank.updatedOn", "$.colleges[0].messengerChats[0].lastActivity"],
            Paths("DQ7"));
        Assert.Equal(["$.graduates[0].zeta", "$.graduates[0].alpha"], Paths("DQ10"));
    }

    [Fact]
    public void A_dataset_built_in_code_orders_findings_as_the_writer_writes_the_contract()
    {
        var loaded = DatasetReader.Parse(OutOfOrder);
        var rebuilt = loaded.Dataset with { Colleges = [.. loaded.Dataset.Colleges] };   // the same records, no file behind them
        var report = Evaluation.Evaluate(rebuilt);

        string[] Paths(string code) => report.Findings.Where(f => f.Code == code).Select(f => f.Path).ToArray();
        Assert.Equal(["$.colleges[0].spo1.total", "$.colleges[0].spo1.disabled", "$.colleges[0].spo1.disabledChild", "$.colleges[0].spo1.limitedHealth"], Paths("DQ3"));
        Assert.Equal(
            ["$.colleges[0].messengerChats[0].lastActivity", "$.colleges[0].vacancyBank.updatedOn", "$.events[0].date", "$.graduates[0].ais.careerTrack.updatedOn"],
            Paths("DQ7"));

        // Written and read back: the file is in the contract's order, and so are the findings.
        var reread = DatasetReader.Parse(DatasetWriter.ToJson(rebuilt)).Dataset;
        Assert.Equal(report.Findings, Evaluation.Evaluate(reread).Findings);
    }
}
