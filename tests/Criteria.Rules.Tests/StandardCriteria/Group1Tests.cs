using Criteria.Collections;
using Criteria.Facts;
using Criteria.Profiles;
using Criteria.Reporting;
using static Criteria.Rules.Tests.Data;

namespace Criteria.Rules.Tests.StandardCriteria;

/// <summary>Group 1: college-level presence and checklist criteria, and their region roll-up (colleges met ÷ colleges).</summary>
public sealed class Group1Tests
{
    private static Report Evaluate(params College[] colleges) =>
        Evaluation.Evaluate(Dataset(graduates: [], colleges: colleges));

    [Fact]
    public void Work_plan_1_1_needs_approval_a_published_url_and_criteria()
    {
        var report = Evaluate(
            C("ok") with { WorkPlan = new WorkPlan { Approved = true, Url = "https://x/plan", ContainsCriteria = true } },
            C("unapproved") with { WorkPlan = new WorkPlan { Approved = false, Url = "https://x/plan", ContainsCriteria = true } },
            C("unpublished") with { WorkPlan = new WorkPlan { Approved = true, Url = "", ContainsCriteria = true } },
            C("nocriteria") with { WorkPlan = new WorkPlan { Approved = true, Url = "https://x", ContainsCriteria = false } },
            C("none"));

        Assert.Equal(ResultValue.Of(true), report.Result("ok", "1.1").Value);
        Assert.Equal(ResultStatus.Met, report.Result("ok", "1.1").Status);
        foreach (var college in new[] { "unapproved", "unpublished", "nocriteria", "none" })
        {
            Assert.Equal(ResultValue.Of(false), report.Result(college, "1.1").Value);
            Assert.Equal(ResultStatus.NotMet, report.Result(college, "1.1").Status);
        }

        Assert.Equal((1L, 5L), report.Region("1.1").Ratio());
        Assert.Equal(0.2, report.Region("1.1").Value.Number);
    }

    [Fact]
    public void Website_checklist_1_2_counts_required_items_only_and_is_met_when_all_are_there()
    {
        string[] all = ["regulation", "contacts", "workPlan", "vacancies", "events", "supportMeasures", "employmentStatistics", "usefulLinks"];
        var full = new WebsiteSection { Checklist = all.Select(i => new ChecklistItem(i, true)).Append(new ChecklistItem("photoGallery", false)).ToValueArray() };
        var partial = new WebsiteSection { Checklist = [new ChecklistItem("regulation", true), new ChecklistItem("contacts", false), new ChecklistItem("photoGallery", true)] };

        var report = Evaluate(C("full") with { WebsiteSection = full }, C("partial") with { WebsiteSection = partial }, C("none"));

        Assert.Equal((8L, 8L), report.Result("full", "1.2").Ratio());
        Assert.Equal(ResultStatus.Met, report.Result("full", "1.2").Status);
        Assert.Equal((1L, 8L), report.Result("partial", "1.2").Ratio());
        Assert.Equal(ResultStatus.NotMet, report.Result("partial", "1.2").Status);
        Assert.Equal((0L, 8L), report.Result("none", "1.2").Ratio());
        Assert.Equal(ResultStatus.NotMet, report.Result("none", "1.2").Status);
        Assert.Equal((1L, 3L), report.Region("1.2").Ratio());
    }

    [Fact]
    public void Website_checklist_follows_the_profile_and_an_empty_checklist_is_never_met()
    {
        var section = new WebsiteSection { Checklist = [new ChecklistItem("regulation", true)] };
        var dataset = Dataset(graduates: [], colleges: [C("c1") with { WebsiteSection = section }]);

        var custom = Evaluation.Evaluate(dataset, new EvaluationProfile { WebsiteChecklist = ["regulation"] });
        Assert.Equal((1L, 1L), custom.Result("c1", "1.2").Ratio());
        Assert.Equal(ResultStatus.Met, custom.Result("c1", "1.2").Status);

        var empty = Evaluation.Evaluate(dataset, new EvaluationProfile { WebsiteChecklist = [] });
        Assert.Equal((0L, 0L), empty.Result("c1", "1.2").Ratio());
        Assert.Equal(ResultStatus.NotMet, empty.Result("c1", "1.2").Status);
        Assert.Equal(ResultValue.None, empty.Result("c1", "1.2").Value);
    }

    [Fact]
    public void Group_chat_1_3_needs_a_member_and_activity_within_the_window()
    {
        MessengerChat Chat(int members, int daysBeforeCutoff) => new() { Platform = "vk", Members = members, LastActivity = Cutoff.AddDays(-daysBeforeCutoff) };
        var report = Evaluate(
            C("edge") with { MessengerChats = [Chat(1, 30)] },
            C("stale") with { MessengerChats = [Chat(100, 31)] },
            C("empty") with { MessengerChats = [Chat(0, 1)] },
            C("later") with { MessengerChats = [Chat(5, -3)] },
            C("mixed") with { MessengerChats = [Chat(0, 1), Chat(3, 40), Chat(2, 2)] },
            C("undated") with { MessengerChats = [new MessengerChat { Members = 9 }] },
            C("none"));

        Assert.True(report.Result("edge", "1.3").Value.Flag, "exactly 30 days before the cut-off is fresh");
        Assert.False(report.Result("stale", "1.3").Value.Flag);
        Assert.False(report.Result("empty", "1.3").Value.Flag);
        Assert.True(report.Result("later", "1.3").Value.Flag, "a date after the cut-off still counts (and raises DQ7)");
        Assert.True(report.Result("mixed", "1.3").Value.Flag);
        Assert.False(report.Result("undated", "1.3").Value.Flag);
        Assert.False(report.Result("none", "1.3").Value.Flag);
        Assert.Contains(report.Findings, f => f.Code == "DQ7" && f.Path == "$.colleges[3].messengerChats[0].lastActivity");
        Assert.Equal((3L, 7L), report.Region("1.3").Ratio());
    }

    [Fact]
    public void Chat_window_comes_from_the_profile()
    {
        var dataset = Dataset(graduates: [], colleges: [C("c1") with { MessengerChats = [new MessengerChat { Members = 2, LastActivity = Cutoff.AddDays(-10) }] }]);
        Assert.False(Evaluation.Evaluate(dataset, new EvaluationProfile { ChatActivityDays = 7 }).Result("c1", "1.3").Value.Flag);
        Assert.True(Evaluation.Evaluate(dataset, new EvaluationProfile { ChatActivityDays = 10 }).Result("c1", "1.3").Value.Flag);
    }

    [Fact]
    public void A_region_target_on_a_presence_criterion_compares_the_share_of_colleges()
    {
        var plan = new WorkPlan { Approved = true, Url = "u", ContainsCriteria = true };
        var dataset = Dataset(graduates: [], colleges: [C("a") with { WorkPlan = plan }, C("b") with { WorkPlan = plan }, C("c")]);

        var met = Evaluation.Evaluate(dataset, new EvaluationProfile { Targets = new Dictionary<string, ExactDecimal> { ["1.1"] = 0.6m } });
        Assert.Equal(ResultStatus.Met, met.Region("1.1").Status);
        Assert.Equal<ExactDecimal?>(0.6m, met.Region("1.1").Target);
        Assert.Null(met.Result("a", "1.1").Target);

        var notMet = Evaluation.Evaluate(dataset, new EvaluationProfile { RegionTargets = new Dictionary<string, ExactDecimal> { ["1.1"] = 0.7m } });
        Assert.Equal(ResultStatus.NotMet, notMet.Region("1.1").Status);
    }
}
