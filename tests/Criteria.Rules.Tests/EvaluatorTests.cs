using System.Linq.Expressions;
using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Profiles;
using Criteria.Reporting;
using Criteria.Sdk;
using Criteria.Sdk.Criteria;
using Criteria.Sdk.Quality;
using Criteria.Collections;
using static Criteria.Rules.Tests.Data;

namespace Criteria.Rules.Tests;

public sealed class EvaluatorTests
{
    [Criterion("9.1", 9, Title = "Падает на g2", TitleEn = "Throws on g2", Definition = "A criterion whose rule throws for one graduate.")]
    private sealed class ThrowingShare : GraduateShareCriterion
    {
        protected override Expression<Func<GraduateFact, bool>> Numerator => g => Explode(g);

        private static bool Explode(GraduateFact g) => g.Id == "g2" ? throw new InvalidOperationException("boom") : g.AtRisk;
    }

    private sealed class ThrowingQualityRule : GraduateQualityRule
    {
        public override string Code => "X1";

        protected override Expression<Func<GraduateFact, bool>> Condition => g => g.Id == "g3" && Explode();

        protected override string RelativePath => "";

        protected override string Message(GraduateFact graduate) => "never";

        private static bool Explode() => throw new FormatException("bad quality rule");
    }

    [Fact]
    public void A_rule_that_throws_marks_only_its_criterion_as_error_with_a_RULE_finding()
    {
        var plugin = CriteriaCatalogFactory.Create("faulty", [new ThrowingShare()], [new ThrowingQualityRule()], source: "faulty");
        var evaluator = new CriteriaEvaluator([StandardCatalog.Catalog, plugin]);
        var dataset = Dataset(Roster(g => g with { AtRisk = true, Ais = new AisRegistration { Registered = g.Id != "g4" } }));

        var report = evaluator.Evaluate(dataset);
        var alone = Evaluation.Evaluate(dataset);

        var failed = report.Colleges.SelectMany(c => c.Results).Concat(report.RegionResults).Where(r => r.Code == "9.1").ToArray();
        Assert.Equal(3 * 5, failed.Length); // two colleges and the region, five cohorts each
        Assert.All(failed, r =>
        {
            Assert.Equal(ResultStatus.Error, r.Status);
            Assert.Equal(ResultValue.None, r.Value);
        });
        var rule = Assert.Single(report.Findings, f => f.Code == "RULE" && f.Message.Contains("criterion 9.1", StringComparison.Ordinal));
        Assert.Equal(("g2", "$.graduates[1]"), (rule.RecordId, rule.Path));
        Assert.Contains("boom", rule.Message, StringComparison.Ordinal);
        Assert.Contains(report.Findings, f => f.Code == "RULE" && f.Message.Contains("bad quality rule", StringComparison.Ordinal));

        // Every standard criterion is exactly what it is without the faulty plugin.
        Assert.Equal(
            alone.Colleges.SelectMany(c => c.Results),
            report.Colleges.SelectMany(c => c.Results.Where(r => r.Code != "9.1")));
        Assert.Equal(alone.RegionResults, report.RegionResults.Where(r => r.Code != "9.1"));
        Assert.Equal("samara-2023+faulty", report.Catalog);
    }

    [Fact]
    public void Strict_mode_refuses_data_errors_naming_the_record_and_path()
    {
        var dataset = Dataset([.. Roster(), G("g9", college: "nowhere")]);
        var error = Assert.Throws<DatasetRejectedException>(() => Evaluation.Evaluate(dataset));
        Assert.Contains("$.graduates[5].collegeId", error.Message, StringComparison.Ordinal);
        Assert.Contains("'g9'", error.Message, StringComparison.Ordinal);
        Assert.Equal("DQ2", Assert.Single(error.Errors).Code);
    }

    [Fact]
    public void Lenient_mode_leaves_out_what_criteria_md_says_and_lists_each_case()
    {
        var dataset = Dataset(
            [
                .. Roster(g => g.Id == "g1" ? g with { Ais = new AisRegistration { Registered = true } } : g),
                G("g9", college: "nowhere") with { Ais = new AisRegistration { Registered = true } },   // left out
                G("g1", college: "c2") with { Ais = new AisRegistration { Registered = true } },        // duplicate: first kept
                G("g7", college: "c2", status: EmploymentStatus.Employed) with
                {
                    Outcome = new Outcome { Status = EmploymentStatus.Employed, EmployerId = "ghost" },      // treated as absent
                },
            ],
            events: [Event("ev1", "c1", EventKind.JobFair, new DateOnly(2023, 3, 1), participants: ["g3", "ghost"], employers: ["ghost", "e1"])],
            employers: [new Employer { Id = "e1" }]);

        var report = Evaluation.Evaluate(dataset, mode: EvaluationMode.Lenient);

        Assert.Equal((1L, 4L), report.Result("c1", "2.1").Ratio());
        Assert.Equal((0L, 2L), report.Result("c2", "2.1").Ratio());
        Assert.Equal((1L, 4L), report.Result("c1", "3.2").Ratio());
        Assert.Equal(["e1"], report.Result("c1", "3.3").Ids!);
        Assert.Equal(ResultValue.Of(0), report.Result("c2", "5.5").Value);
        Assert.Equal(
            ["DQ1", "DQ2", "DQ2", "DQ2", "DQ2"],
            report.Findings.Where(f => f.Severity == Criteria.Quality.FindingSeverity.Error).Select(f => f.Code));
        Assert.Contains(report.Findings, f => f is { Code: "DQ2", Path: "$.graduates[5].collegeId" });
        Assert.Contains(report.Findings, f => f is { Code: "DQ2", Path: "$.events[0].participantIds[1]" });
    }

    [Theory]
    [InlineData("9.9", 0.5, "$.targets['9.9']", "no criterion has the code")]
    [InlineData("2.1", 1.5, "$.targets['2.1']", "fraction from 0 to 1")]
    [InlineData("3.3", 2.5, "$.targets['3.3']", "whole number")]
    [InlineData("5.1", 1, "$.targets['5.1']", "takes no target")]
    public void A_profile_that_does_not_fit_the_catalog_is_refused_with_its_path(string code, double target, string path, string problem)
    {
        var profile = new EvaluationProfile { Targets = new Dictionary<string, ExactDecimal> { [code] = (decimal)target } };
        var error = Assert.Throws<InvalidInputException>(() => Evaluation.Evaluate(Dataset(), profile));
        Assert.Equal(path, error.Path);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_are_compared_exactly_nine_tenths_meets_zero_point_nine()
    {
        var graduates = Enumerable.Range(1, 10).Select(i => G($"g{i}") with { Ais = new AisRegistration { Registered = i <= 9 } }).ToArray();
        var profile = new EvaluationProfile { Targets = new Dictionary<string, ExactDecimal> { ["2.1"] = 0.9m, ["2.2"] = 0.0000000001m } };

        var report = Evaluation.Evaluate(Dataset(graduates, colleges: [C("c1")]), profile);

        Assert.Equal((9L, 10L), report.Result("c1", "2.1").Ratio());
        Assert.Equal(ResultStatus.Met, report.Result("c1", "2.1").Status);
        Assert.Equal(ResultStatus.NotMet, report.Result("c1", "2.2").Status);   // 0/10 < 1e-10
        Assert.Equal(90.0m, report.Result("c1", "2.1").Percent);

        var stricter = Evaluation.Evaluate(Dataset(graduates, colleges: [C("c1")]), new EvaluationProfile { Targets = new Dictionary<string, ExactDecimal> { ["2.1"] = 0.9000000001m } });
        Assert.Equal(ResultStatus.NotMet, stricter.Result("c1", "2.1").Status);
    }

    [Fact]
    public void Percentages_for_people_round_half_up_to_one_decimal()
    {
        CriterionResult Ratio(long n, long d) => new() { Code = "x", Cohort = Cohort.All, HasRatio = true, Numerator = n, Denominator = d, Status = ResultStatus.NoTarget };
        Assert.Equal(66.7m, Ratio(2, 3).Percent);
        Assert.Equal(0.1m, Ratio(1, 2000).Percent);   // 0.05 % rounds up
        Assert.Equal(0.0m, Ratio(1, 2001).Percent);
        Assert.Null(Ratio(0, 0).Percent);
    }

    [Fact]
    public void One_college_evaluated_alone_gives_its_results_in_the_region()
    {
        var dataset = Samples.SampleDatasetGenerator.Generate(new Samples.SampleDatasetOptions { Colleges = 4, Graduates = 400, Seed = 7 });
        var region = Evaluation.Evaluate(dataset, mode: EvaluationMode.Lenient);
        foreach (var college in dataset.Colleges)
        {
            var part = dataset with { Graduates = dataset.Graduates.Where(g => g.CollegeId == college.Id).ToValueArray() };
            var alone = Evaluation.Evaluate(part, mode: EvaluationMode.Lenient);
            var expected = region.Colleges.Single(c => c.Id == college.Id).Results;
            var actual = alone.Colleges.Single(c => c.Id == college.Id).Results;
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task The_evaluator_is_thread_safe()
    {
        var datasets = Enumerable.Range(1, 6)
            .Select(seed => Samples.SampleDatasetGenerator.Generate(new Samples.SampleDatasetOptions { Colleges = 3, Graduates = 300, Seed = seed }))
            .ToArray();
        var sequential = datasets.Select(d => ReportWriter.ToJson(Evaluation.Evaluate(d, mode: EvaluationMode.Lenient))).ToArray();

        var parallel = await Task.WhenAll(datasets.Select(d => Task.Run(() => ReportWriter.ToJson(Evaluation.Evaluate(d, mode: EvaluationMode.Lenient)))));

        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_report_written_to_a_stream_in_pieces_is_byte_for_byte_the_json_text(bool indented)
    {
        // Hundreds of kilobytes: the writer hands the stream many 64 KB pieces; the absent region is left out.
        var dataset = Samples.SampleDatasetGenerator.Generate(new Samples.SampleDatasetOptions { Colleges = 30, Graduates = 3_000, Seed = 3 }) with { Region = null };
        var report = Evaluation.Evaluate(dataset, mode: EvaluationMode.Lenient);

        using var stream = new MemoryStream();
        await ReportWriter.WriteAsync(report, stream, indented);

        var expected = ReportWriter.ToJson(report, indented);
        Assert.True(stream.Length > 4 * 65_536, $"the report is only {stream.Length} bytes");
        Assert.DoesNotContain("\"region\"", expected, StringComparison.Ordinal);
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
