using Criteria.Facts;
using static Criteria.Rules.Tests.Data;

namespace Criteria.Rules.Tests.StandardCriteria;

/// <summary>Groups 2 and 4: AIS registration and career tracks; graduates at risk. Every cohort, by hand.</summary>
public sealed class Group2And4Tests
{
    [Fact]
    public void Registration_2_1_is_a_share_of_the_contingent_in_every_cohort()
    {
        var report = Evaluation.Evaluate(Dataset(Roster(g => g.Id is "g1" or "g2" ? g with { Ais = new AisRegistration { Registered = true } } : g)));

        // g1 is in two cohorts (disabled and limitedHealth) and counts in both.
        CohortAssert.Ratios(report, "c1", "2.1", all: (2, 4), inclusive: (2, 3), disabled: (1, 1), disabledChild: (1, 1), limitedHealth: (1, 2));
        CohortAssert.Ratios(report, "c2", "2.1", all: (0, 1), inclusive: (0, 0), disabled: (0, 0), disabledChild: (0, 0), limitedHealth: (0, 0));
        Assert.Equal((2L, 5L), report.Region("2.1").Ratio());
    }

    [Fact]
    public void Career_track_2_2_counts_formed_tracks_even_without_registration()
    {
        var report = Evaluation.Evaluate(Dataset(Roster(g => g.Id switch
        {
            "g1" => g with { Ais = new AisRegistration { Registered = false, CareerTrack = new CareerTrack { Formed = true } } },
            "g3" => g with { Ais = new AisRegistration { Registered = true, CareerTrack = new CareerTrack { Formed = false } } },
            "g4" => g with { Ais = new AisRegistration { Registered = true, CareerTrack = new CareerTrack { Formed = true } } },
            _ => g,
        })));

        CohortAssert.Ratios(report, "c1", "2.2", all: (2, 4), inclusive: (2, 3), disabled: (1, 1), disabledChild: (0, 1), limitedHealth: (2, 2));
        Assert.Contains(report.Findings, f => f is { Code: "DQ4", RecordId: "g1" });
        Assert.DoesNotContain(report.Findings, f => f is { Code: "DQ4", RecordId: "g4" });
    }

    [Fact]
    public void At_risk_4_1_and_4_2_are_shares_of_the_graduates_at_risk()
    {
        var report = Evaluation.Evaluate(Dataset(Roster(g => g.Id switch
        {
            "g1" => g with { AtRisk = true, Guidance = new Guidance { DiagnosticsRecommendation = true } },
            "g2" => g with { AtRisk = true, VacancyInvitations = 3 },
            "g3" => g with { AtRisk = false, Guidance = new Guidance { DiagnosticsRecommendation = true }, VacancyInvitations = 1 },
            "g4" => g with { AtRisk = true, VacancyInvitations = 0 },
            _ => g,
        })));

        CohortAssert.Ratios(report, "c1", "4.1", all: (1, 3), inclusive: (1, 3), disabled: (1, 1), disabledChild: (0, 1), limitedHealth: (1, 2));
        CohortAssert.Ratios(report, "c1", "4.2", all: (1, 3), inclusive: (1, 3), disabled: (0, 1), disabledChild: (1, 1), limitedHealth: (0, 2));
        // c2 has no graduate at risk: a zero denominator is "no data", never 0.
        CohortAssert.Ratios(report, "c2", "4.1", (0, 0), (0, 0), (0, 0), (0, 0), (0, 0));
        Assert.Equal((1L, 3L), report.Region("4.1").Ratio());
    }

    [Fact]
    public void DQ13_names_each_graduate_at_risk_on_the_cut_off_date_who_was_not_flagged_at_risk()
    {
        // The roster is notEmployed throughout; g1 and g4 are flagged, g2 is registered unemployed, g5 is employed.
        var report = Evaluation.Evaluate(Dataset(Roster(g => g.Id switch
        {
            "g1" or "g4" => g with { AtRisk = true },
            "g2" => g with { Outcome = new Outcome { Status = EmploymentStatus.RegisteredUnemployed } },
            "g5" => g with { Outcome = new Outcome { Status = EmploymentStatus.Entrepreneur } },
            _ => g,
        })));

        var dq13 = report.Findings.Where(f => f.Code == "DQ13").ToArray();
        Assert.Equal(["g2", "g3"], dq13.Select(f => f.RecordId));
        Assert.Equal(["$.graduates[1].atRisk", "$.graduates[2].atRisk"], dq13.Select(f => f.Path));
        Assert.All(dq13, f => Assert.Equal(Criteria.Quality.FindingSeverity.Warning, f.Severity));
        Assert.Equal("c1", dq13[0].CollegeId);

        // The profile's status set decides who is at risk: with only registeredUnemployed, g3 is not.
        var narrow = Evaluation.Evaluate(
            Dataset(Roster(g => g.Id == "g2" ? g with { Outcome = new Outcome { Status = EmploymentStatus.RegisteredUnemployed } } : g with { AtRisk = g.Id is "g1" or "g4" })),
            new Criteria.Profiles.EvaluationProfile { AtRiskStatuses = [EmploymentStatus.RegisteredUnemployed] });
        Assert.Equal(["g2"], narrow.Findings.Where(f => f.Code == "DQ13").Select(f => f.RecordId));
    }
}
