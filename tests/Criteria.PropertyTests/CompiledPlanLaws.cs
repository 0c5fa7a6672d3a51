using System.Linq.Expressions;
using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Rules;
using Criteria.Samples.Mentoring;
using Criteria.Sdk;
using Criteria.Sdk.Criteria;
using Criteria.Sdk.Plugins;
using FsCheck;
using FsCheck.Fluent;

namespace Criteria.PropertyTests;

/// <summary>The compiled batch plan and the Rete network give identical reports, plugin criteria included.</summary>
public sealed class CompiledPlanLaws
{
    [Criterion("P.1", 8, Title = "Инвалиды по ОВЗ с резюме", TitleEn = "Graduates with a resume, weighted", Definition = "A test plugin's share with a population and item weights.")]
    public sealed class ResumesOfAtRisk : GraduateItemShareCriterion
    {
        protected override Expression<Func<GraduateFact, int>> NumeratorItems => g => g.AtRisk ? g.Resumes.Count(r => r.Correct) : 0;

        protected override Expression<Func<GraduateFact, int>> DenominatorItems => g => g.Resumes.Count;
    }

    [Criterion("P.2", 8, Title = "Хрупкий", TitleEn = "Fragile", Definition = "Throws on some graduates: both executions must fail it alike.")]
    public sealed class Fragile : GraduateShareCriterion
    {
        protected override Expression<Func<GraduateFact, bool>> Population => g => g.AtRisk;

        protected override Expression<Func<GraduateFact, bool>> Numerator => g => Check(g);

        private static bool Check(GraduateFact g) => g.VacancyInvitations % 7 == 3 ? throw new InvalidOperationException($"fragile on {g.Id}") : g.Ais.Registered;
    }

    [Criterion("P.3", 8, Title = "Резюме через IQueryable", TitleEn = "Correct resumes through a quoted lambda", Definition = "A nested lambda quoted as an expression tree, and one closed over the fact.")]
    public sealed class QuotedAndClosed : GraduateItemShareCriterion
    {
        protected override Expression<Func<GraduateFact, int>> NumeratorItems => g => g.Resumes.AsQueryable().Count(r => r.Correct);

        protected override Expression<Func<GraduateFact, int>> DenominatorItems => g => g.Resumes.Count(r => r.PostedInAis == g.Ais.Registered);
    }

    private static readonly CriteriaCatalog TestPlugin = CriteriaCatalogFactory.Create("test-plugin", [new ResumesOfAtRisk(), new Fragile(), new QuotedAndClosed()], [], "test-plugin") with { Isolated = true };

    private static readonly CriteriaCatalog[] Catalogs = [StandardCatalog.Catalog, PluginCatalog.Create(new MentoringPlugin()), TestPlugin];

    private static readonly CriteriaEvaluator Compiled = new(Catalogs, new CriteriaOptions { BatchExecution = BatchExecution.Compiled });

    private static readonly CriteriaEvaluator Rete = new(Catalogs, new CriteriaOptions { BatchExecution = BatchExecution.Rete });

    [Law]
    public Property The_compiled_plan_and_the_rete_network_give_identical_reports(Dataset dataset)
    {
        var compiled = ReportWriter.ToJson(Compiled.Evaluate(dataset));
        var rete = ReportWriter.ToJson(Rete.Evaluate(dataset));
        return (compiled == rete).Label("the compiled plan's report differs from the Rete network's");
    }

    [Fact]
    public void Every_standard_rule_is_compiled_and_a_join_is_left_to_the_rete_network()
    {
        var standard = new CriteriaEngine(StandardCatalog.Catalog.Criteria, StandardCatalog.Catalog.QualityRules);
        Assert.Empty(standard.Plan.Residual);
        Assert.Equal(24 + StandardCatalog.Catalog.QualityRules.Count, standard.Plan.Compiled.Count());

        var mentoring = PluginCatalog.Create(new MentoringPlugin());
        var plugin = new CriteriaEngine(mentoring.Criteria, mentoring.QualityRules);
        Assert.Equal(["M.1"], plugin.Plan.Compiled);
        Assert.Equal(["M.2"], plugin.Plan.Residual.Select(r => r.Name));

        var test = new CriteriaEngine(TestPlugin.Criteria, TestPlugin.QualityRules);
        Assert.Equal(["P.1", "P.2", "P.3"], test.Plan.Compiled); // a quoted nested lambda included
    }

    [Fact]
    public void A_dataset_large_enough_to_be_counted_on_every_core_gives_the_same_report()
    {
        // 120,000 graduates: the plan resolves and counts them in parts, then adds the parts up.
        var dataset = Criteria.Samples.SampleDatasetGenerator.Generate(new Criteria.Samples.SampleDatasetOptions { Colleges = 40, Graduates = 120_000, Seed = 11 });
        Assert.Equal(ReportWriter.ToJson(Rete.Evaluate(dataset)), ReportWriter.ToJson(Compiled.Evaluate(dataset)));
        Assert.Equal(
            Criteria.Benchmarks.Baseline.ReportNumbers.Sorted(Criteria.Benchmarks.Baseline.HandWrittenEvaluator.Evaluate(dataset)),
            Criteria.Benchmarks.Baseline.ReportNumbers.Sorted(Criteria.Benchmarks.Baseline.ReportNumbers.From(Laws.Evaluate(dataset))));
    }

    private static readonly CriteriaCatalog[] LiveCatalogs = [StandardCatalog.Catalog, PluginCatalog.Create(new MentoringPlugin()), TestPlugin];

    private static readonly CriteriaEvaluator LiveCompiled = new(LiveCatalogs, new CriteriaOptions { BatchExecution = BatchExecution.Compiled });

    private static readonly CriteriaEvaluator LiveRete = new(LiveCatalogs, new CriteriaOptions { BatchExecution = BatchExecution.Rete });

    [Law]
    public Property Live_on_the_plan_equals_live_on_rete_equals_a_fresh_batch_plugin_joins_included(Dataset dataset, Generators.LiveChange[] changes)
    {
        var plan = LiveCompiled.OpenLive(dataset);
        var rete = LiveRete.OpenLive(dataset);
        var failures = new List<string>();
        foreach (var change in changes)
        {
            var data = plan.Dataset;
            var record = change.For(data);
            if (record is null)
            {
                continue;
            }

            var planRejected = Rejected(() => plan.Apply([record]));
            var reteRejected = Rejected(() => rete.Apply([record]));
            if (planRejected != reteRejected)
            {
                failures.Add($"{record}: rejected by {(planRejected ? "the plan" : "Rete")} only");
            }

            var planMoved = plan.TakeChanges().Select(c => (c.CollegeId, c.Result)).ToHashSet();
            var reteMoved = rete.TakeChanges().Select(c => (c.CollegeId, c.Result)).ToHashSet();
            if (!planMoved.SetEquals(reteMoved))
            {
                failures.Add($"{record}: the plan reported {planMoved.Count} moved results, Rete {reteMoved.Count}");
            }
        }

        var fromPlan = ReportWriter.ToJson(plan.Snapshot());
        var fromRete = ReportWriter.ToJson(rete.Snapshot());
        var batch = ReportWriter.ToJson(LiveCompiled.Evaluate(plan.Dataset));
        if (fromPlan != fromRete)
        {
            failures.Add("the live reports of the plan and of Rete differ");
        }

        if (fromPlan != batch)
        {
            var a = fromPlan.Split('\n');
            var b = batch.Split('\n');
            var at = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i]);
            failures.Add($"the live report differs from a fresh batch evaluation at line {at}: live {a.ElementAtOrDefault(at)?.Trim()} / batch {b.ElementAtOrDefault(at)?.Trim()}");
        }

        return (failures.Count == 0).Label(string.Join("; ", failures.Take(3)));
    }

    private static bool Rejected(Action apply)
    {
        try
        {
            apply();
            return false;
        }
        catch (DatasetRejectedException)
        {
            return true;
        }
    }
}
