using Criteria.Catalog;
using Criteria.Facts;
using Criteria.Profiles;
using Criteria.Reporting;
using static Criteria.Rules.Tests.Data;

namespace Criteria.Rules.Tests.StandardCriteria;

/// <summary>Group 5: the СПО-1 match, career-track reliability and the outcome shares.</summary>
public sealed class Group5Tests
{
    private static readonly Employer Defense = new() { Id = "opk", DefenseIndustry = true };
    private static readonly Employer Shop = new() { Id = "shop" };

    private static Graduate Status(Graduate g, EmploymentStatus status, string? employer = null, bool byProfile = false) =>
        g with { Outcome = new Outcome { Status = status, EmployerId = employer, ByProfile = byProfile } };

    [Fact]
    public void Spo1_match_5_1_compares_each_cohort_and_missing_counts_are_no_data()
    {
        var colleges = new[]
        {
            C("c1") with { Spo1 = new Spo1Counts { Total = 4, Disabled = 1, DisabledChild = 2 } },
            C("c2") with { Spo1 = new Spo1Counts { Total = 1, Disabled = 0, DisabledChild = 0, LimitedHealth = 0 } },
        };
        var report = Evaluation.Evaluate(Dataset(colleges: colleges));

        Assert.Equal((4L, 4L), report.Result("c1", "5.1").Ratio());
        Assert.Equal(ResultStatus.Met, report.Result("c1", "5.1").Status);
        Assert.Equal(ResultStatus.Met, report.Result("c1", "5.1", Cohort.Disabled).Status);
        Assert.Equal((1L, 2L), report.Result("c1", "5.1", Cohort.DisabledChild).Ratio());
        Assert.Equal(ResultStatus.NotMet, report.Result("c1", "5.1", Cohort.DisabledChild).Status);
        Assert.Equal((2L, (long?)null), report.Result("c1", "5.1", Cohort.LimitedHealth).Ratio());
        Assert.Equal(ResultStatus.NoData, report.Result("c1", "5.1", Cohort.LimitedHealth).Status);
        Assert.DoesNotContain(report.Colleges[0].Results, r => r.Code == "5.1" && r.Cohort == Cohort.Inclusive);

        // c2: 0 = 0 is met, with no value (0 / 0).
        Assert.Equal((0L, 0L), report.Result("c2", "5.1", Cohort.Disabled).Ratio());
        Assert.Equal(ResultStatus.Met, report.Result("c2", "5.1", Cohort.Disabled).Status);
        Assert.Equal(ResultValue.None, report.Result("c2", "5.1", Cohort.Disabled).Value);

        // Region: sums; any college not met makes the region not met; a missing count makes b null.
        Assert.Equal((5L, 5L), report.Region("5.1").Ratio());
        Assert.Equal(ResultStatus.Met, report.Region("5.1").Status);
        Assert.Equal(ResultStatus.NotMet, report.Region("5.1", Cohort.DisabledChild).Status);
        Assert.Equal((2L, (long?)null), report.Region("5.1", Cohort.LimitedHealth).Ratio());
        Assert.Equal(ResultStatus.NoData, report.Region("5.1", Cohort.LimitedHealth).Status);

        var dq3 = Assert.Single(report.Findings, f => f.Code == "DQ3");
        Assert.Equal(("c1", "$.colleges[0].spo1.disabledChild"), (dq3.CollegeId, dq3.Path));
    }

    [Fact]
    public void A_match_with_b_zero_and_a_positive_is_not_met_with_no_value()
    {
        var report = Evaluation.Evaluate(Dataset(colleges: [C("c1") with { Spo1 = new Spo1Counts { Total = 0 } }, C("c2")]));
        Assert.Equal((4L, 0L), report.Result("c1", "5.1").Ratio());
        Assert.Equal(ResultValue.None, report.Result("c1", "5.1").Value);
        Assert.Equal(ResultStatus.NotMet, report.Result("c1", "5.1").Status);
        Assert.Equal(ResultStatus.NotMet, report.Region("5.1").Status);
    }

    [Fact]
    public void Track_reliability_5_2_needs_a_fresh_update_and_a_status_that_agrees()
    {
        AisRegistration Track(int daysBefore, EmploymentStatus? status, bool formed = true) =>
            new() { Registered = true, CareerTrack = new CareerTrack { Formed = formed, UpdatedOn = Cutoff.AddDays(-daysBefore), Status = status } };
        var report = Evaluation.Evaluate(Dataset(Roster(g => g.Id switch
        {
            "g1" => g with { Ais = Track(30, EmploymentStatus.NotEmployed) },        // fresh (the window's edge), agrees
            "g2" => g with { Ais = Track(0, EmploymentStatus.Employed) },            // fresh, contradicts (DQ5)
            "g3" => g with { Ais = Track(31, null) },                                // stale
            "g4" => g with { Ais = Track(1, null) },                                 // fresh, no status
            "g5" => g with { Ais = Track(1, EmploymentStatus.NotEmployed, false) },  // not formed: not in the population
            _ => g,
        })));

        CohortAssert.Ratios(report, "c1", "5.2", all: (2, 4), inclusive: (2, 3), disabled: (1, 1), disabledChild: (0, 1), limitedHealth: (2, 2));
        CohortAssert.Ratios(report, "c2", "5.2", (0, 0), (0, 0), (0, 0), (0, 0), (0, 0));
        Assert.Contains(report.Findings, f => f is { Code: "DQ5", RecordId: "g2", Path: "$.graduates[1].ais.careerTrack.status" });
    }

    [Fact]
    public void Employed_by_profile_5_3_leaves_those_outside_the_labour_market_out_of_the_denominator()
    {
        var report = Evaluation.Evaluate(Dataset(Roster(g => g.Id switch
        {
            "g1" => Status(g, EmploymentStatus.Employed, "shop", byProfile: true),
            "g2" => Status(g, EmploymentStatus.ContinuingEducation),
            "g3" => Status(g, EmploymentStatus.SelfEmployed, byProfile: false),
            "g4" => Status(g, EmploymentStatus.MilitaryContract, byProfile: true),
            _ => Status(g, EmploymentStatus.Excluded),
        }), employers: [Shop]));

        CohortAssert.Ratios(report, "c1", "5.3", all: (2, 3), inclusive: (2, 2), disabled: (1, 1), disabledChild: (0, 0), limitedHealth: (2, 2));
        CohortAssert.Ratios(report, "c2", "5.3", (0, 0), (0, 0), (0, 0), (0, 0), (0, 0));
    }

    [Fact]
    public void Status_sets_come_from_the_profile()
    {
        var dataset = Dataset(Roster(g => g.Id == "g3" ? Status(g, EmploymentStatus.Informal, byProfile: true) : g));
        var federal = Evaluation.Evaluate(dataset);
        Assert.Equal((0L, 4L), federal.Result("c1", "5.3").Ratio());

        var regional = Evaluation.Evaluate(dataset, new EvaluationProfile
        {
            EmployedStatuses = [EmploymentStatus.Employed, EmploymentStatus.Informal],
            AtRiskStatuses = [EmploymentStatus.RegisteredUnemployed],
        });
        Assert.Equal((1L, 4L), regional.Result("c1", "5.3").Ratio());
        Assert.Equal((0L, 4L), regional.Result("c1", "5.9").Ratio());
    }

    [Fact]
    public void Outcome_shares_5_4_5_7_5_8_5_9_5_10_follow_the_status_on_the_cutoff()
    {
        var report = Evaluation.Evaluate(Dataset(Roster(g => g.Id switch
        {
            "g1" => Status(g, EmploymentStatus.Employed, "shop"),
            "g2" => Status(g, EmploymentStatus.Entrepreneur),
            "g3" => Status(g, EmploymentStatus.SelfEmployed),
            "g4" => Status(g, EmploymentStatus.RegisteredUnemployed),
            _ => Status(g, EmploymentStatus.NotEmployed),
        }), employers: [Shop]));

        CohortAssert.Ratios(report, "c1", "5.4", all: (1, 4), inclusive: (1, 3), disabled: (1, 1), disabledChild: (0, 1), limitedHealth: (1, 2));
        CohortAssert.Ratios(report, "c1", "5.7", all: (1, 4), inclusive: (1, 3), disabled: (0, 1), disabledChild: (1, 1), limitedHealth: (0, 2));
        CohortAssert.Ratios(report, "c1", "5.8", all: (1, 4), inclusive: (0, 3), disabled: (0, 1), disabledChild: (0, 1), limitedHealth: (0, 2));
        CohortAssert.Ratios(report, "c1", "5.9", all: (1, 4), inclusive: (1, 3), disabled: (0, 1), disabledChild: (0, 1), limitedHealth: (1, 2));
        CohortAssert.Ratios(report, "c1", "5.10", all: (1, 4), inclusive: (1, 3), disabled: (0, 1), disabledChild: (0, 1), limitedHealth: (1, 2));
        Assert.Equal((2L, 5L), report.Region("5.9").Ratio());
    }

    [Fact]
    public void Defense_industry_5_5_counts_graduates_employed_there_per_cohort_and_sums_in_the_region()
    {
        var report = Evaluation.Evaluate(Dataset(Roster(g => g.Id switch
        {
            "g1" => Status(g, EmploymentStatus.Employed, "opk"),
            "g2" => Status(g, EmploymentStatus.SelfEmployed, "opk"),   // not employed: not counted
            "g3" => Status(g, EmploymentStatus.Employed, "shop"),
            "g4" => Status(g, EmploymentStatus.Employed, "opk"),
            _ => Status(g, EmploymentStatus.Employed, "opk"),
        }), employers: [Defense, Shop]));

        Assert.Equal(
            [2L, 2L, 1L, 0L, 2L],
            Cohorts.Graduate.Select(c => (long)report.Result("c1", "5.5", c).Value.Number));
        Assert.Equal(ResultValue.Of(1), report.Result("c2", "5.5").Value);
        Assert.Equal(ResultValue.Of(3), report.Region("5.5").Value);
        Assert.Null(report.Result("c1", "5.5").Numerator);
    }

    [Fact]
    public void Targeted_contracts_5_6_are_fulfilled_by_employment_at_the_contract_employer()
    {
        var report = Evaluation.Evaluate(Dataset(Roster(g => g.Id switch
        {
            "g1" => Status(g, EmploymentStatus.Employed, "opk") with { TargetedContract = new TargetedContract { EmployerId = "opk" } },
            "g2" => Status(g, EmploymentStatus.Employed, "shop") with { TargetedContract = new TargetedContract { EmployerId = "opk" } },
            "g4" => Status(g, EmploymentStatus.SelfEmployed, "opk") with { TargetedContract = new TargetedContract { EmployerId = "opk" } },
            _ => g,
        }), employers: [Defense, Shop]));

        CohortAssert.Ratios(report, "c1", "5.6", all: (1, 3), inclusive: (1, 3), disabled: (1, 1), disabledChild: (0, 1), limitedHealth: (1, 2));
        CohortAssert.Ratios(report, "c2", "5.6", (0, 0), (0, 0), (0, 0), (0, 0), (0, 0));
        Assert.Equal((1L, 3L), report.Region("5.6").Ratio());
    }

    [Fact]
    public void Lower_is_better_targets_are_met_at_or_below_the_target_exactly()
    {
        var dataset = Dataset(Roster(g => g.Id == "g1" ? Status(g, EmploymentStatus.RegisteredUnemployed) : Status(g, EmploymentStatus.Employed, "shop")), employers: [Shop]);
        var report = Evaluation.Evaluate(dataset, new EvaluationProfile { Targets = new Dictionary<string, ExactDecimal> { ["5.10"] = 0.25m, ["5.4"] = 0.75m } });

        Assert.Equal((1L, 4L), report.Result("c1", "5.10").Ratio());
        Assert.Equal(ResultStatus.Met, report.Result("c1", "5.10").Status);       // 1/4 ≤ 0.25
        Assert.Equal(ResultStatus.Met, report.Result("c1", "5.4").Status);        // 3/4 ≥ 0.75
        Assert.Equal(ResultStatus.Met, report.Result("c2", "5.10").Status);       // 0/1 ≤ 0.25
        Assert.Equal(ResultStatus.NotMet, report.Result("c1", "5.10", Cohort.Disabled).Status); // 1/1 > 0.25
        Assert.Equal(ResultStatus.NoData, report.Result("c2", "5.10", Cohort.Disabled).Status);
        Assert.Equal<ExactDecimal?>(0.25m, report.Result("c1", "5.10").Target);
    }
}
