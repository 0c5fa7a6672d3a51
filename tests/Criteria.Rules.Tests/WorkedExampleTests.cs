using Criteria.Catalog;
using Criteria.Json;
using Criteria.Reporting;

namespace Criteria.Rules.Tests;

/// <summary>
/// The worked example of the spec (small-region.md): every figure computed by hand there, for the
/// cohort <c>all</c>, must come out exactly.
/// </summary>
public sealed class WorkedExampleTests
{
    private static readonly Report Report = Evaluation.Evaluate(File.ReadAllText(Evaluation.SamplePath("small-region.json")));

    [Theory]
    [InlineData("c1", "1.2", 7, 8, ResultStatus.NotMet)]
    [InlineData("c2", "1.2", 0, 8, ResultStatus.NotMet)]
    [InlineData("c1", "2.1", 1, 3, ResultStatus.NoTarget)]
    [InlineData("c1", "2.2", 2, 3, ResultStatus.NoTarget)]
    [InlineData("c1", "3.1", 1, 3, ResultStatus.NoTarget)]
    [InlineData("c1", "3.2", 1, 3, ResultStatus.NoTarget)]
    [InlineData("c2", "3.2", 1, 1, ResultStatus.NoTarget)]
    [InlineData("c1", "3.4", 1, 2, ResultStatus.NoTarget)]
    [InlineData("c1", "3.6", 0, 3, ResultStatus.NoTarget)]
    [InlineData("c1", "3.7", 1, 2, ResultStatus.NoTarget)]
    [InlineData("c1", "4.1", 1, 2, ResultStatus.NoTarget)]
    [InlineData("c1", "4.2", 1, 2, ResultStatus.NoTarget)]
    [InlineData("c1", "5.1", 3, 3, ResultStatus.Met)]
    [InlineData("c1", "5.2", 1, 2, ResultStatus.NoTarget)]
    [InlineData("c1", "5.3", 1, 2, ResultStatus.NoTarget)]
    [InlineData("c1", "5.4", 1, 3, ResultStatus.NoTarget)]
    [InlineData("c1", "5.6", 1, 1, ResultStatus.NoTarget)]
    [InlineData("c2", "5.6", 0, 1, ResultStatus.NoTarget)]
    [InlineData("c2", "5.8", 1, 1, ResultStatus.NoTarget)]
    [InlineData("c1", "5.9", 1, 3, ResultStatus.NoTarget)]
    [InlineData("c1", "5.10", 1, 3, ResultStatus.NoTarget)]
    public void College_ratios_are_the_hand_computed_ones(string college, string code, long numerator, long denominator, ResultStatus status)
    {
        var result = Report.Result(college, code);
        Assert.Equal((numerator, denominator), result.Ratio());
        Assert.Equal(status, result.Status);
    }

    [Theory]
    [InlineData("c1", "1.1", true)]
    [InlineData("c1", "1.3", true)]
    [InlineData("c1", "3.5", true)]
    [InlineData("c2", "1.1", false)]
    public void College_presence_is_the_hand_computed_one(string college, string code, bool present)
    {
        var result = Report.Result(college, code);
        Assert.Equal(ResultValue.Of(present), result.Value);
        Assert.Equal(present ? ResultStatus.Met : ResultStatus.NotMet, result.Status);
    }

    [Fact]
    public void Employers_of_events_are_counted_per_college_and_distinct_in_the_region()
    {
        Assert.Equal(ResultValue.Of(2), Report.Result("c1", "3.3").Value);
        Assert.Equal(["e1", "e2"], Report.Result("c1", "3.3").Ids!);
        Assert.Equal(ResultValue.Of(1), Report.Result("c2", "3.3").Value);
        Assert.Equal(ResultValue.Of(2), Report.Region("3.3").Value);
        Assert.Equal(ResultValue.Of(1), Report.Result("c1", "5.5").Value);
    }

    [Fact]
    public void Match_cohorts_without_spo1_counts_have_no_data()
    {
        Assert.Equal((1L, 1L), Report.Result("c1", "5.1", Cohort.LimitedHealth).Ratio());
        Assert.Equal(ResultStatus.Met, Report.Result("c1", "5.1", Cohort.LimitedHealth).Status);
        Assert.Equal((1L, (long?)null), Report.Result("c1", "5.1", Cohort.Disabled).Ratio());
        Assert.Equal(ResultStatus.NoData, Report.Result("c1", "5.1", Cohort.Disabled).Status);
        Assert.Equal((0L, (long?)null), Report.Result("c1", "5.1", Cohort.DisabledChild).Ratio());
        Assert.All(Cohorts.Spo1, cohort => Assert.Equal(ResultStatus.NoData, Report.Result("c2", "5.1", cohort).Status));
        Assert.Equal((1L, (long?)null), Report.Result("c2", "5.1").Ratio());
        Assert.Equal((4L, (long?)null), Report.Region("5.1").Ratio());
        Assert.Equal(ResultStatus.NoData, Report.Region("5.1").Status);
    }

    [Fact]
    public void Region_results_are_the_hand_computed_ones()
    {
        Assert.Equal((1L, 2L), Report.Region("1.1").Ratio());
        Assert.Equal((0L, 2L), Report.Region("1.2").Ratio());
        Assert.Equal((1L, 2L), Report.Region("5.6").Ratio());
        Assert.Equal(ResultStatus.NoTarget, Report.Region("1.1").Status);
    }

    [Fact]
    public void The_data_quality_findings_of_the_example_are_reported()
    {
        Assert.Contains(Report.Findings, f => f is { Code: "DQ4", RecordId: "g2", Path: "$.graduates[1].ais.registered" });
        Assert.DoesNotContain(Report.Findings, f => f.Code == "DQ7"); // ev2 is after the period but before the cut-off
        Assert.DoesNotContain(Report.Findings, f => f.Severity == Criteria.Quality.FindingSeverity.Error);
    }

    [Fact]
    public void The_report_is_in_catalog_and_cohort_order()
    {
        string[] catalogOrder = ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "4.1", "4.2", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9", "5.10"];
        Assert.Equal(catalogOrder, Report.Criteria.Select(c => c.Code));
        Assert.Equal(catalogOrder, Report.RegionResults.Select(r => r.Code).Distinct());
        Assert.Equal(
            [Cohort.All, Cohort.Inclusive, Cohort.Disabled, Cohort.DisabledChild, Cohort.LimitedHealth],
            Report.RegionResults.Where(r => r.Code == "2.1").Select(r => r.Cohort));
        Assert.Equal(ReportWriter.ToJson(Report), ReportWriter.ToJson(Evaluation.Evaluate(File.ReadAllText(Evaluation.SamplePath("small-region.json")))));
    }
}
