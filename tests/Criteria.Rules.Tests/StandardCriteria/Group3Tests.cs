using Criteria.Profiles;
using Criteria.Facts;
using Criteria.Reporting;
using static Criteria.Rules.Tests.Data;

namespace Criteria.Rules.Tests.StandardCriteria;

/// <summary>Group 3: mass events (within the period, participants of other colleges), support and resumes.</summary>
public sealed class Group3Tests
{
    private static readonly DateOnly Inside = new(2023, 3, 1);
    private static readonly DateOnly After = new(2023, 9, 15);
    private static readonly DateOnly Before = new(2022, 8, 31);

    private static Report EventsReport() => Evaluation.Evaluate(Dataset(
        events:
        [
            // c2's seminar, attended by g1 of c1 and g5 of c2: each counts for their own college.
            Event("ev1", "c2", EventKind.Seminar, Inside, participants: ["g1", "g5"], employers: ["e1", "e2"]),
            // A master class of c1 after the period: nobody counts, its employer neither.
            Event("ev2", "c1", EventKind.MasterClass, After, participants: ["g3"], employers: ["e3"]),
            // A job fair of c1 inside the period; g4 is listed twice and counts once; e1 twice, once.
            Event("ev3", "c1", EventKind.JobFair, Inside, participants: ["g4", "g4", "g2"], employers: ["e1", "e1"]),
            // A training on the first day of the period counts; one the day before does not.
            Event("ev4", "c1", EventKind.Training, Data.Period.Start, participants: ["g2"]),
            Event("ev5", "c1", EventKind.Training, Before, participants: ["g3"]),
            // An event of another kind counts for neither 3.1 nor 3.2, but its employers count for 3.3.
            Event("ev6", "c1", EventKind.Other, Data.Period.End, participants: ["g3"], employers: ["e4"]),
        ],
        employers: [new Employer { Id = "e1" }, new Employer { Id = "e2" }, new Employer { Id = "e3" }, new Employer { Id = "e4" }]));

    [Fact]
    public void Master_classes_3_1_count_graduates_of_any_college_at_events_inside_the_period()
    {
        var report = EventsReport();
        CohortAssert.Ratios(report, "c1", "3.1", all: (2, 4), inclusive: (2, 3), disabled: (1, 1), disabledChild: (1, 1), limitedHealth: (1, 2));
        CohortAssert.Ratios(report, "c2", "3.1", all: (1, 1), inclusive: (0, 0), disabled: (0, 0), disabledChild: (0, 0), limitedHealth: (0, 0));
        Assert.Equal((3L, 5L), report.Region("3.1").Ratio());
    }

    [Fact]
    public void Job_fairs_3_2_count_each_participant_once()
    {
        var report = EventsReport();
        CohortAssert.Ratios(report, "c1", "3.2", all: (2, 4), inclusive: (2, 3), disabled: (0, 1), disabledChild: (1, 1), limitedHealth: (1, 2));
        CohortAssert.Ratios(report, "c2", "3.2", (0, 1), (0, 0), (0, 0), (0, 0), (0, 0));
    }

    [Fact]
    public void Employers_3_3_count_for_the_college_that_held_the_event_and_once_in_the_region()
    {
        var report = EventsReport();
        Assert.Equal(ResultValue.Of(2), report.Result("c1", "3.3").Value);
        Assert.Equal(["e1", "e4"], report.Result("c1", "3.3").Ids!);
        Assert.Equal(ResultValue.Of(2), report.Result("c2", "3.3").Value);
        Assert.Equal(["e1", "e2"], report.Result("c2", "3.3").Ids!);
        Assert.Equal(ResultValue.Of(3), report.Region("3.3").Value);
        Assert.Equal(["e1", "e2", "e4"], report.Region("3.3").Ids!);
        Assert.Single(report.RegionResults, r => r.Code == "3.3");
    }

    [Fact]
    public void A_college_without_events_has_no_employers_and_a_count_target_applies_to_cohort_all()
    {
        var report = Evaluation.Evaluate(
            Dataset(events: [Event("ev1", "c1", EventKind.JobFair, Inside, employers: ["e1"])], employers: [new Employer { Id = "e1" }]),
            new Profiles.EvaluationProfile
            {
                Targets = new Dictionary<string, ExactDecimal> { ["3.3"] = 1 },
                RegionTargets = new Dictionary<string, ExactDecimal> { ["3.3"] = 2 },
            });
        Assert.Equal(ResultValue.Of(0), report.Result("c2", "3.3").Value);
        Assert.Empty(report.Result("c2", "3.3").Ids!);
        Assert.Equal(ResultStatus.NotMet, report.Result("c2", "3.3").Status);
        Assert.Equal(ResultStatus.Met, report.Result("c1", "3.3").Status);
        Assert.Equal(ResultStatus.NotMet, report.Region("3.3").Status);
        Assert.Equal<ExactDecimal?>(2m, report.Region("3.3").Target);
    }

    [Fact]
    public void Regional_measures_3_4_are_a_share_of_the_eligible()
    {
        var report = Evaluation.Evaluate(Dataset(Roster(g => g.Id switch
        {
            "g1" => g with { YoungSpecialistEligible = true, Support = new GraduateSupport { RegionalMeasures = true } },
            "g2" => g with { YoungSpecialistEligible = true },
            "g3" => g with { YoungSpecialistEligible = true, Support = new GraduateSupport { RegionalMeasures = true } },
            "g4" => g with { Support = new GraduateSupport { RegionalMeasures = true } }, // informed but not eligible: not counted
            _ => g,
        })));

        CohortAssert.Ratios(report, "c1", "3.4", all: (2, 3), inclusive: (1, 2), disabled: (1, 1), disabledChild: (0, 1), limitedHealth: (1, 1));
        CohortAssert.Ratios(report, "c2", "3.4", (0, 0), (0, 0), (0, 0), (0, 0), (0, 0));
    }

    [Fact]
    public void Vacancy_bank_3_5_needs_an_address_partner_vacancies_and_a_fresh_update()
    {
        VacancyBank Bank(string? url = "https://v", int vacancies = 3, int daysBefore = 0) =>
            new() { Url = url, PartnerVacancies = vacancies, UpdatedOn = Cutoff.AddDays(-daysBefore) };
        var report = Evaluation.Evaluate(Dataset(graduates: [], colleges:
        [
            C("ok") with { VacancyBank = Bank(daysBefore: 30) },
            C("stale") with { VacancyBank = Bank(daysBefore: 31) },
            C("nourl") with { VacancyBank = Bank(url: null) },
            C("novacancies") with { VacancyBank = Bank(vacancies: 0) },
            C("later") with { VacancyBank = Bank(daysBefore: -5) },
            C("none"),
        ]));

        Assert.True(report.Result("ok", "3.5").Value.Flag);
        Assert.False(report.Result("stale", "3.5").Value.Flag);
        Assert.False(report.Result("nourl", "3.5").Value.Flag);
        Assert.False(report.Result("novacancies", "3.5").Value.Flag);
        Assert.True(report.Result("later", "3.5").Value.Flag);
        Assert.Contains(report.Findings, f => f is { Code: "DQ7", Path: "$.colleges[4].vacancyBank.updatedOn" });
        Assert.False(report.Result("none", "3.5").Value.Flag);
        Assert.Equal((2L, 6L), report.Region("3.5").Ratio());
    }

    [Fact]
    public void Resume_support_3_6_is_a_share_of_the_contingent()
    {
        var report = Evaluation.Evaluate(Dataset(Roster(g => g.Id is "g2" or "g4" or "g5" ? g with { Support = new GraduateSupport { ResumeAndInterview = true } } : g)));
        CohortAssert.Ratios(report, "c1", "3.6", all: (2, 4), inclusive: (2, 3), disabled: (0, 1), disabledChild: (1, 1), limitedHealth: (1, 2));
        CohortAssert.Ratios(report, "c2", "3.6", (1, 1), (0, 0), (0, 0), (0, 0), (0, 0));
    }

    [Fact]
    public void Correct_resumes_3_7_count_resumes_in_the_cohorts_of_their_graduate()
    {
        Resume R(bool posted, bool correct) => new() { PostedInAis = posted, Correct = correct };
        var report = Evaluation.Evaluate(Dataset(Roster(g => g.Id switch
        {
            "g1" => g with { Resumes = [R(true, true), R(true, false), R(false, true)] },
            "g2" => g with { Resumes = [R(true, true)] },
            "g4" => g with { Resumes = [R(false, false)] },
            _ => g,
        })));

        CohortAssert.Ratios(report, "c1", "3.7", all: (2, 3), inclusive: (2, 3), disabled: (1, 2), disabledChild: (1, 1), limitedHealth: (1, 2));
        CohortAssert.Ratios(report, "c2", "3.7", (0, 0), (0, 0), (0, 0), (0, 0), (0, 0));
    }
}
