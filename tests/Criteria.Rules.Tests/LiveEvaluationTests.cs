using System.Linq.Expressions;
using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Reporting;
using Criteria.Sdk;
using Criteria.Sdk.Criteria;
using static Criteria.Rules.Tests.Data;

namespace Criteria.Rules.Tests;

public sealed class LiveEvaluationTests
{
    private static Dataset Sample => DatasetReader.Parse(File.ReadAllText(Evaluation.SamplePath("small-region.json"))).Dataset;

    private static string Batch(LiveEvaluation live) => ReportWriter.ToJson(Evaluation.Evaluate(live.Dataset));

    [Fact]
    public void An_update_changes_exactly_the_results_it_touches_and_equals_a_fresh_evaluation()
    {
        var live = Evaluation.Evaluator.OpenLive(Sample);
        Assert.Empty(live.TakeChanges());

        var g2 = live.Dataset.Graduates.Single(g => g.Id == "g2");
        live.UpdateGraduate(g2 with { Outcome = new Outcome { Status = EmploymentStatus.Employed, EmployerId = "e2", ByProfile = true } });

        var changes = live.TakeChanges();
        Assert.Contains(changes, c => c is { CollegeId: "c1", Result: { Code: "5.4", Cohort: Cohort.All, Numerator: 2, Denominator: 3 } });
        Assert.Contains(changes, c => c is { CollegeId: null, Result: { Code: "5.4", Cohort: Cohort.All, Numerator: 2, Denominator: 4 } });
        Assert.DoesNotContain(changes, c => c.Result.Code is "2.1" or "3.2" or "1.1");
        Assert.DoesNotContain(changes, c => c.CollegeId == "c2");
        Assert.Empty(live.TakeChanges());
        Assert.Equal(Batch(live), ReportWriter.ToJson(live.Snapshot()));
    }

    [Fact]
    public void Findings_stay_in_document_order_when_earlier_records_leave_and_new_ones_come()
    {
        // Three events dated after the cut-off (a finding each); the first two leave, a new one comes:
        // the one left moves to position 0 and the new one goes after it, in one snapshot. (The leaving
        // ones are dated later than the new one: placed among their old findings, it would go first.)
        var sample = Sample;
        var late = sample.Period.Cutoff.AddDays(30);
        var dataset = sample with
        {
            Events =
            [
                Event("x1", "c1", EventKind.Seminar, late.AddDays(90), participants: [], employers: []),
                Event("x2", "c1", EventKind.Seminar, late.AddDays(90), participants: [], employers: []),
                Event("x3", "c1", EventKind.Seminar, late, participants: [], employers: []),
            ],
        };
        var live = Evaluation.Evaluator.OpenLive(dataset);

        live.Apply([RecordChange.RetractEvent("x1"), RecordChange.RetractEvent("x2"), RecordChange.Insert(Event("x4", "c1", EventKind.JobFair, late, participants: [], employers: []))]);

        var paths = live.Snapshot().Findings.Where(f => f.RecordId is "x3" or "x4").Select(f => (f.RecordId, f.Path)).ToList();
        Assert.Equal([("x3", "$.events[0].date"), ("x4", "$.events[1].date")], paths);
        Assert.Equal(Batch(live), ReportWriter.ToJson(live.Snapshot()));
    }

    [Fact]
    public void Every_kind_of_change_follows_through_references()
    {
        var live = Evaluation.Evaluator.OpenLive(Sample);

        live.InsertCollege(C("c3") with { Spo1 = new Spo1Counts { Total = 1 } });
        live.InsertEmployer(new Employer { Id = "e3", DefenseIndustry = true });
        live.InsertGraduate(G("g5", college: "c3", status: EmploymentStatus.Employed) with { Outcome = new Outcome { Status = EmploymentStatus.Employed, EmployerId = "e3" } });
        live.InsertEvent(Event("ev4", "c3", EventKind.Seminar, new DateOnly(2023, 2, 1), participants: ["g5", "g3"], employers: ["e3"]));
        live.AddResume("g5", new Resume { PostedInAis = true, Correct = true });
        Assert.Equal(Batch(live), ReportWriter.ToJson(live.Snapshot()));
        Assert.Equal((2L, 3L), live.Snapshot().Result("c1", "3.1").Ratio());
        Assert.Equal(ResultValue.Of(1), live.Snapshot().Result("c3", "5.5").Value);

        live.UpdateEmployer(new Employer { Id = "e3", DefenseIndustry = false });
        Assert.Equal(ResultValue.Of(0), live.Snapshot().Result("c3", "5.5").Value);
        live.UpdateEvent(Event("ev4", "c3", EventKind.Seminar, new DateOnly(2023, 2, 1), participants: ["g5"], employers: ["e3"]));
        Assert.Equal((1L, 3L), live.Snapshot().Result("c1", "3.1").Ratio());
        live.RemoveResume("g5", 0);
        live.UpdateCollege(C("c3") with { Spo1 = new Spo1Counts { Total = 2 } });
        Assert.Equal(Batch(live), ReportWriter.ToJson(live.Snapshot()));

        live.RetractEvent("ev4");
        live.UpdateGraduate(live.Dataset.Graduates.Single(g => g.Id == "g5") with { Outcome = new Outcome { Status = EmploymentStatus.NotEmployed } });
        live.RetractEmployer("e3");
        live.RetractGraduate("g5");
        live.RetractCollege("c3");
        Assert.Equal(ReportWriter.ToJson(Evaluation.Evaluate(Sample)), ReportWriter.ToJson(live.Snapshot()));
    }

    [Fact]
    public void A_change_that_would_break_a_reference_is_rejected_and_changes_nothing()
    {
        var live = Evaluation.Evaluator.OpenLive(Sample);
        var before = ReportWriter.ToJson(live.Snapshot());

        var unknownCollege = Assert.Throws<DatasetRejectedException>(() => live.InsertGraduate(G("g9", college: "nowhere")));
        Assert.Contains("the college 'nowhere'", unknownCollege.Message, StringComparison.Ordinal);
        var participant = Assert.Throws<DatasetRejectedException>(() => live.RetractGraduate("g1"));
        Assert.Contains("still named by events ev1", participant.Message, StringComparison.Ordinal);
        Assert.Throws<DatasetRejectedException>(() => live.InsertGraduate(G("g1")));
        Assert.Throws<DatasetRejectedException>(() => live.UpdateGraduate(G("g404")));
        var college = Assert.Throws<DatasetRejectedException>(() => live.RetractCollege("c1"));
        Assert.Matches("the college 'c1' is still named by graduates g[^;]* and by events ev[^;]*; change those first", college.Message); // everything that names it, at once
        var employer = Assert.Throws<DatasetRejectedException>(() => live.RetractEmployer("e1"));
        Assert.Matches("the employer 'e1' is still named by graduates g[^;]* and by events ev[^;]*; change those first", employer.Message);
        var resume = Assert.Throws<DatasetRejectedException>(() => live.AddResume("nobody", new Resume { PostedInAis = true }));
        Assert.EndsWith("The change was not applied.", resume.Message, StringComparison.Ordinal); // not the dataset's "lenient mode leaves such records out"
        Assert.Throws<DatasetRejectedException>(() => live.InsertEvent(Event("ev9", "c1", EventKind.Other, new DateOnly(2023, 1, 1), participants: ["ghost"])));

        Assert.Equal(before, ReportWriter.ToJson(live.Snapshot()));
        Assert.Empty(live.TakeChanges());
    }

    [Fact]
    public void A_dataset_with_data_errors_cannot_be_opened_live()
    {
        var error = Assert.Throws<DatasetRejectedException>(() => Evaluation.Evaluator.OpenLive(Dataset([.. Roster(), G("g9", college: "nowhere")])));
        Assert.Contains("$.graduates[5].collegeId", error.Message, StringComparison.Ordinal);
    }

    [Criterion("L.1", 9, Title = "Блокирует", TitleEn = "Blocks", Definition = "Waits for a gate while the graduate 'block' is evaluated.")]
    private sealed class BlockingShare : GraduateShareCriterion
    {
        public static readonly ManualResetEventSlim Entered = new();
        public static readonly ManualResetEventSlim Release = new();

        protected override Expression<Func<GraduateFact, bool>> Numerator => g => Wait(g);

        private static bool Wait(GraduateFact g)
        {
            if (g.Id == "block")
            {
                Entered.Set();
                Release.Wait(TimeSpan.FromSeconds(30));
            }

            return true;
        }
    }

    [Fact]
    public async Task While_a_batch_is_applied_readers_get_the_state_before_it_and_a_second_writer_waits_its_turn()
    {
        var evaluator = new CriteriaEvaluator([StandardCatalog.Catalog, CriteriaCatalogFactory.Create("blocking", [new BlockingShare()], [], "blocking")]);
        var live = evaluator.OpenLive(Sample);
        var opened = live.Latest();
        Assert.Same(opened, live.Latest()); // the same object until something changes

        var writer = Task.Run(() => live.InsertGraduate(G("block")));
        Assert.True(BlockingShare.Entered.Wait(TimeSpan.FromSeconds(30)));

        // Readers neither wait nor throw: they get the state before the batch being applied.
        Assert.Same(opened, live.Latest());
        Assert.Same(opened.Report, live.Snapshot());
        Assert.DoesNotContain(live.Dataset.Graduates, g => g.Id == "block");
        Assert.Equal(0, live.Sequence);

        // A writer that will not wait is told; one that will waits for its turn.
        Assert.False(live.TryApply([RecordChange.RetractGraduate("g3")], out var refused));
        Assert.Equal(0, refused);
        var second = Task.Run(() => live.RetractGraduate("g3"));
        Assert.NotSame(second, await Task.WhenAny(second, Task.Delay(TimeSpan.FromMilliseconds(200)))); // still waiting: the first writer holds the evaluation

        BlockingShare.Release.Set();
        await writer;
        await second;
        Assert.Equal(2, live.Sequence);
        var latest = live.Latest();
        Assert.Equal(2, latest.Sequence);
        Assert.Contains(latest.Dataset.Graduates, g => g.Id == "block");
        Assert.DoesNotContain(latest.Dataset.Graduates, g => g.Id == "g3");
        Assert.Equal(ReportWriter.ToJson(evaluator.Evaluate(latest.Dataset)), ReportWriter.ToJson(latest.Report));
    }

    [Fact]
    public void A_batch_is_checked_on_its_final_state_so_a_graduate_can_leave_with_the_events_that_name_it()
    {
        var live = Evaluation.Evaluator.OpenLive(Sample);
        var ev1 = live.Dataset.Events.Single(e => e.Id == "ev1");
        Assert.Contains("g1", ev1.ParticipantIds);

        // Retracting g1 alone is refused (ev1 names it); in one batch with ev1's update, in either order, it is not.
        var sequence = live.Apply([RecordChange.RetractGraduate("g1"), RecordChange.Update(ev1 with { ParticipantIds = ev1.ParticipantIds.Where(p => p != "g1").ToValueArray() })]);

        Assert.Equal(1, sequence);
        Assert.DoesNotContain(live.Dataset.Graduates, g => g.Id == "g1");
        Assert.Equal(Batch(live), ReportWriter.ToJson(live.Snapshot()));

        // A record added and removed in the same batch leaves no trace; one removed and added back is an update.
        var g2 = live.Dataset.Graduates.Single(g => g.Id == "g2");
        live.Apply([RecordChange.Insert(G("g7")), RecordChange.RetractGraduate("g7"), RecordChange.RetractGraduate("g2"), RecordChange.Insert(g2 with { AtRisk = !g2.AtRisk })]);
        Assert.DoesNotContain(live.Dataset.Graduates, g => g.Id == "g7");
        Assert.Equal(Batch(live), ReportWriter.ToJson(live.Snapshot()));
    }

    [Fact]
    public void A_batch_with_a_wrong_change_changes_nothing_and_says_which_change_in_its_own_words()
    {
        var live = Evaluation.Evaluator.OpenLive(Sample);
        var before = live.Latest();
        var data = live.Dataset;

        var rejected = Assert.Throws<DatasetRejectedException>(() => live.Apply(
        [
            RecordChange.Insert(new Employer { Id = "e9" }),
            RecordChange.Update(data.Graduates[0] with { AtRisk = true }),
            RecordChange.Insert(G("g9", college: "nowhere")),
            RecordChange.RetractCollege("c2"),
        ]));

        Assert.Contains("change 3 of 4 (insert graduate 'g9'): the graduate 'g9' names the college 'nowhere'", rejected.Message, StringComparison.Ordinal);
        Assert.EndsWith("No change of the batch was applied.", rejected.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lenient", rejected.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(data, live.Dataset);
        Assert.Equal(0, live.Sequence);
        Assert.Same(before, live.Latest());
        Assert.Empty(live.TakeChanges());
        Assert.Equal(ReportWriter.ToJson(before.Report), Batch(live));

        // Found only at the end: the college is retracted while its graduates remain.
        var stillNamed = Assert.Throws<DatasetRejectedException>(() => live.Apply([RecordChange.Insert(new Employer { Id = "e9" }), RecordChange.RetractCollege("c2")]));
        Assert.Contains("change 2 of 2 (retract college 'c2'): the college 'c2' is still named by graduates", stillNamed.Message, StringComparison.Ordinal);
        Assert.Equal(data, live.Dataset);
    }
}
