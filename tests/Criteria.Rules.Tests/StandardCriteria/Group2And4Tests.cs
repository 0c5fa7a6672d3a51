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
}
