using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Profiles;
using Criteria.Quality;
using Criteria.Reporting;

namespace Criteria.Rules.Tests.Expectations;

/// <summary>A college's own targets (docs/profile.md, "A college's own targets") on the worked example.</summary>
public sealed class CollegeTargetTests
{
    private static readonly string Data = File.ReadAllText(Evaluation.SamplePath("small-region.json"));

    private static Report Evaluate(string profile) => Evaluation.Evaluate(Data, ProfileReader.Parse(profile).Profile);

    [Fact]
    public void A_colleges_own_share_target_holds_its_results_in_every_cohort_with_the_regions_expectation_beside_it()
    {
        // c1's 2.1 is 1 of 3: the region-wide 0.5 is not met, its own 0.3 is.
        var report = Evaluate("""{"targets":{"2.1":0.5},"collegeTargets":{"c1":{"2.1":0.3}}}""");
        var c1 = report.Result("c1", "2.1");

        Assert.Equal((ResultStatus.Met, TargetSource.College), (c1.Status, c1.TargetSource));
        Assert.Equal((ExactDecimal?)0.3m, c1.Target);
        Assert.Equal(((ExactDecimal?)0.5m, (ResultStatus?)ResultStatus.NotMet), (c1.ProfileTarget, c1.ProfileStatus));
        Assert.All(Cohorts.Graduate, cohort => Assert.Equal(TargetSource.College, report.Result("c1", "2.1", cohort).TargetSource));

        // no data keeps its targets: the disabled children cohort of c1 is empty
        var empty = report.Result("c1", "2.1", Cohort.DisabledChild);
        Assert.Equal((ResultStatus.NoData, (ExactDecimal?)0.3m, (ResultStatus?)ResultStatus.NoData), (empty.Status, empty.Target, empty.ProfileStatus));

        // the other college and the region keep the profile's target, with no source or expectation written
        var c2 = report.Result("c2", "2.1");
        Assert.Equal((TargetSource.Profile, (ExactDecimal?)0.5m, (ExactDecimal?)null), (c2.TargetSource!.Value, c2.Target, c2.ProfileTarget));
        Assert.Equal(TargetSource.Profile, report.Region("2.1").TargetSource);
        Assert.Equal((ExactDecimal?)0.5m, report.Region("2.1").Target);
    }

    [Fact]
    public void A_count_target_of_a_college_applies_to_the_cohort_all_and_a_code_the_profile_leaves_out_has_no_expectation_beside_it()
    {
        var report = Evaluate("""{"collegeTargets":{"c2":{"3.3":1, "5.5": 1}}}""");

        var employers = report.Result("c2", "3.3");
        Assert.Equal((ResultStatus.Met, TargetSource.College, (ExactDecimal?)null, (ResultStatus?)null), (employers.Status, employers.TargetSource!.Value, employers.ProfileTarget, employers.ProfileStatus));
        Assert.Equal(ResultStatus.NotMet, report.Result("c2", "5.5").Status);
        Assert.Null(report.Result("c2", "5.5", Cohort.Disabled).Target);
        Assert.Equal(ResultStatus.NoTarget, report.Region("5.5").Status);
    }

    [Fact]
    public void The_json_result_carries_the_source_and_the_expectation_after_the_target()
    {
        var json = ReportWriter.ToJson(Evaluate("""{"targets":{"2.1":0.5},"collegeTargets":{"c1":{"2.1":0.30}}}"""), indented: false);

        Assert.Contains("""{"code":"2.1","cohort":"all","numerator":1,"denominator":3,"value":0.3333333333333333,"status":"met","target":0.30,"targetSource":"college","profileTarget":0.5,"profileStatus":"notMet"}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"code":"2.1","cohort":"all","numerator":0,"denominator":1,"value":0,"status":"notMet","target":0.5}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_college_the_data_lacks_is_a_dq14_warning_in_the_profiles_order_and_changes_nothing_else()
    {
        var report = Evaluate("""{"collegeTargets":{"c9":{"2.1":0.5},"c1":{"2.1":0.9},"a 7":{"2.1":0.1}}}""");
        var plain = Evaluation.Evaluate(Data);

        var dq14 = report.Findings.Where(f => f.Code == FindingCodes.UnknownTargetCollege).ToList();
        Assert.Equal(["c9", "a 7"], dq14.Select(f => f.CollegeId));
        Assert.Equal(["$.collegeTargets.c9", "$.collegeTargets['a 7']"], dq14.Select(f => f.Path));
        Assert.All(dq14, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.Equal(plain.Findings, report.Findings.Where(f => f.Code != FindingCodes.UnknownTargetCollege));
        Assert.Equal(plain.Colleges.Single(c => c.Id == "c2"), report.Colleges.Single(c => c.Id == "c2"));
    }

    [Theory]
    [InlineData("""{"collegeTargets":{"c1":{"1.1":1}}}""", "$.collegeTargets.c1['1.1']", "criterion 1.1 is a presence: a college's own target applies to shares and counts only")]
    [InlineData("""{"collegeTargets":{"c1":{"5.1":1}}}""", "$.collegeTargets.c1['5.1']", "criterion 5.1 is a match: a college's own target applies to shares and counts only")]
    [InlineData("""{"collegeTargets":{"c1":{"1.2":1}}}""", "$.collegeTargets.c1['1.2']", "criterion 1.2 is a checklist: a college's own target applies to shares and counts only")]
    [InlineData("""{"collegeTargets":{"c1":{"9.9":1}}}""", "$.collegeTargets.c1['9.9']", "no criterion has the code '9.9'")]
    [InlineData("""{"collegeTargets":{"c1":{"2.1":1.5}}}""", "$.collegeTargets.c1['2.1']", "criterion 2.1 is a share: its target must be a fraction from 0 to 1, not 1.5")]
    [InlineData("""{"collegeTargets":{"c1":{"3.3":2.5}}}""", "$.collegeTargets.c1['3.3']", "criterion 3.3 is a count: its target must be a whole number ≥ 0, not 2.5")]
    [InlineData("""{"rating":{"weights":{"9.9":1}}}""", "$.rating.weights['9.9']", "no criterion has the code '9.9'")]
    [InlineData("""{"rating":{"weights":{"2.1":0}}}""", "$.rating.weights", "no criterion has a weight above 0: the index would weigh nothing (leave weights out to weigh every criterion 1)")]
    public void A_profile_that_does_not_fit_the_criteria_is_refused_with_its_path(string profile, string path, string message)
    {
        var error = Assert.Throws<InvalidInputException>(() => Evaluate(profile));
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"collegeTargets":{"c1":{"2.1":null}}}""", "$.collegeTargets.c1['2.1']", "the target of criterion 2.1 for college 'c1' is null")]
    [InlineData("""{"collegeTargets":{"c1":null}}""", "$.collegeTargets.c1", "expected the targets of college 'c1'")]
    [InlineData("""{"rating":{"weights":{"2.1":-1}}}""", "$.rating.weights['2.1']", "the weight of criterion 2.1 must be ≥ 0, not -1")]
    [InlineData("""{"rating":{"weights":{"2.1":null}}}""", "$.rating.weights['2.1']", "the weight of criterion 2.1 is null")]
    [InlineData("""{"rating":{"minCoverage":1.5}}""", "$.rating.minCoverage", "the minimum coverage is a fraction from 0 to 1, not 1.5")]
    [InlineData("""{"rating":{"cohort":"best"}}""", "$.rating.cohort", "best")]
    public void A_profile_that_breaks_the_contract_is_refused_when_read(string profile, string path, string message)
    {
        var error = Assert.Throws<InvalidInputException>(() => ProfileReader.Parse(profile));
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_with_college_targets_and_a_rating_is_written_and_read_back_the_same()
    {
        var profile = ProfileReader.Parse("""{"collegeTargets":{"c1":{"2.1":0.30,"3.3":4}},"rating":{"weights":{"2.1":1.5,"5.9":3},"cohort":"disabled","minCoverage":0.75},"unknown":1}""");

        Assert.Equal(profile.Profile, ProfileReader.Parse(ProfileWriter.ToJson(profile.Profile)).Profile);
        Assert.Equal(Cohort.Disabled, profile.Profile.Rating!.Cohort);
        Assert.Equal(["$.unknown"], profile.Findings.Select(f => f.Path));
        Assert.Null(ProfileReader.Parse("""{"rating":null}""").Profile.Rating);
    }

    [Fact]
    public void A_live_evaluation_holds_a_college_added_later_to_its_own_target_and_drops_its_dq14()
    {
        var profile = ProfileReader.Parse("""{"targets":{"2.1":0.5},"collegeTargets":{"c3":{"2.1":0.1}},"rating":{}}""").Profile;
        var dataset = DatasetReader.Parse(Data).Dataset;
        var live = Evaluation.Evaluator.OpenLive(dataset, profile);
        Assert.Contains(live.Latest().Report.Findings, f => f.Code == FindingCodes.UnknownTargetCollege && f.CollegeId == "c3");

        var c3 = dataset.Colleges[1] with { Id = "c3", Name = "Колледж 3" };
        var graduate = dataset.Graduates.First(g => g.CollegeId == "c2") with { Id = "g-new", CollegeId = "c3" };
        live.Apply([RecordChange.Insert(c3), RecordChange.Insert(graduate)]);
        var report = live.Latest().Report;

        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCodes.UnknownTargetCollege);
        Assert.Equal((TargetSource.College, (ExactDecimal?)0.1m), (report.Result("c3", "2.1").TargetSource!.Value, report.Result("c3", "2.1").Target));
        Assert.Equal(ReportWriter.ToJson(Evaluation.Evaluate(live.Dataset, profile)), ReportWriter.ToJson(report));
        Assert.Equal(3, report.Rating!.Colleges.Count);
    }
}
