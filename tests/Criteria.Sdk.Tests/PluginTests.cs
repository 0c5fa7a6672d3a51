using System.Linq.Expressions;
using Criteria.Catalog;
using Criteria.DependencyInjection;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Reporting;
using Criteria.Rules;
using Criteria.Sdk.Criteria;
using Criteria.Sdk.Plugins;
using Criteria.Sdk.Quality;
using Criteria.Quality;
using NRules.Fluent.Dsl;
using Criteria.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Criteria.Sdk.Tests;

/// <summary>Plugins: loading, registration, and every error a host must survive.</summary>
public sealed class PluginTests
{
    private static readonly Dataset Sample = DatasetReader.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "small-region.json"))).Dataset;

    private static readonly Report Standard = new CriteriaEvaluator([StandardCatalog.Catalog]).Evaluate(Sample);

    [Criterion("2.1", 2, Title = "Дубль", TitleEn = "Duplicate", Definition = "Claims a standard code.")]
    public sealed class DuplicateShare : GraduateShareCriterion
    {
        protected override Expression<Func<GraduateFact, bool>> Numerator => g => true;
    }

    public sealed class DuplicatePlugin : CriteriaPlugin
    {
        public override string Id => "duplicate";

        public override IReadOnlyList<CriterionRule> Criteria => [new DuplicateShare()];

        public override IReadOnlyList<NRules.Fluent.Dsl.Rule> QualityRules => [];
    }

    [Criterion("T.1", 7, Title = "Падает", TitleEn = "Throws", Definition = "Throws on g3.")]
    public sealed class ThrowingShare : GraduateShareCriterion
    {
        protected override Expression<Func<GraduateFact, bool>> Numerator => g => Check(g);

        private static bool Check(GraduateFact g) => g.Id == "g3" ? throw new InvalidOperationException("g3 is not allowed") : true;
    }

    [Criterion("T.2", 7, Title = "Медленно", TitleEn = "Slow", Definition = "Takes half a second per graduate.")]
    public sealed class SlowShare : GraduateShareCriterion
    {
        protected override Expression<Func<GraduateFact, bool>> Numerator => g => Slow();

        private static bool Slow()
        {
            Thread.Sleep(500);
            return true;
        }
    }

    [Criterion("H.1", 7, Title = "Невиновный", TitleEn = "Innocent", Definition = "Registered graduates ÷ contingent.")]
    public sealed class InnocentShare : GraduateShareCriterion
    {
        protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.Ais.Registered;
    }

    [Criterion("H.2", 7, Title = "Зависает", TitleEn = "Hangs", Definition = "Does not return on g3 until released.")]
    public sealed class HangingShare : GraduateShareCriterion
    {
        public static readonly ManualResetEventSlim Release = new(false);

        protected override Expression<Func<GraduateFact, bool>> Numerator => g => Hang(g.Id);

        private static bool Hang(string id) => id != "g3" || Release.Wait(Timeout.Infinite);
    }

    public sealed class HangingPlugin : CriteriaPlugin
    {
        public override string Id => "hanging";

        public override IReadOnlyList<CriterionRule> Criteria => [new InnocentShare(), new HangingShare()];

        public override IReadOnlyList<Rule> QualityRules => [];
    }

    public sealed class ClaimsDq4 : GraduateQualityRule
    {
        public override string Code => "DQ4";

        protected override FindingSeverity Severity => FindingSeverity.Error;

        protected override Expression<Func<GraduateFact, bool>> Condition => g => g.Id == "g1";

        protected override string RelativePath => ".id";

        protected override string Message(GraduateFact graduate) => "a plugin's own DQ4";
    }

    public sealed class OutsideItsNamespace : GraduateQualityRule
    {
        public override string Code => "X1";

        protected override Expression<Func<GraduateFact, bool>> Condition => g => g.Id == "g1";

        protected override string RelativePath => ".id";

        protected override string Message(GraduateFact graduate) => "x";
    }

    public sealed class InItsNamespace : GraduateQualityRule
    {
        public override string Code => "ACME.1";

        protected override Expression<Func<GraduateFact, bool>> Condition => g => g.Id == "g1";

        protected override string RelativePath => ".id";

        protected override string Message(GraduateFact graduate) => "acme's own finding";
    }

    public sealed class CodePlugin(string id, Rule rule, string? prefix = null) : CriteriaPlugin
    {
        public override string Id => id;

        public override IReadOnlyList<CriterionRule> Criteria => [];

        public override IReadOnlyList<Rule> QualityRules => [rule];

        public override string FindingCodePrefix => prefix ?? Id;
    }

    public sealed class ThrowingPlugin : CriteriaPlugin
    {
        public override string Id => "throwing";

        public override IReadOnlyList<CriterionRule> Criteria => [new ThrowingShare()];

        public override IReadOnlyList<NRules.Fluent.Dsl.Rule> QualityRules => [];
    }

    public sealed class SlowPlugin : CriteriaPlugin
    {
        public override string Id => "slow";

        public override IReadOnlyList<CriterionRule> Criteria => [new SlowShare()];

        public override IReadOnlyList<NRules.Fluent.Dsl.Rule> QualityRules => [];
    }

    private static void AssertStandardUnchanged(Report report)
    {
        Assert.Equal(Standard.RegionResults, report.RegionResults.Where(r => r.Code.Length > 0 && char.IsAsciiDigit(r.Code[0])));
        Assert.Equal(
            Standard.Colleges.SelectMany(c => c.Results),
            report.Colleges.SelectMany(c => c.Results.Where(r => char.IsAsciiDigit(r.Code[0]))));
    }

    [Fact]
    public void A_plugin_registered_in_code_is_reported_like_a_standard_criterion()
    {
        using var provider = new ServiceCollection()
            .AddCriteria(b => b.AddStandardCriteria().AddPluginFile(BuiltPlugins.Mentoring))
            .Services.BuildServiceProvider();
        var evaluator = provider.GetRequiredService<ICriteriaEvaluator>();

        Assert.Equal(["M.1", "M.2"], evaluator.Criteria.Skip(24).Select(c => c.Code));
        var report = evaluator.Evaluate(Sample);
        Assert.Equal("mentoring", report.Criteria.Single(c => c.Code == "M.1").Source);
        Assert.Equal(["M.1", "M.2"], report.Colleges[0].Results.Select(r => r.Code).Distinct().Skip(24));
        Assert.Equal(5, report.RegionResults.Count(r => r.Code == "M.1"));
        AssertStandardUnchanged(report);
    }

    [Fact]
    public void A_plugin_finding_code_lives_in_the_plugins_namespace_and_a_standard_code_is_refused_at_load()
    {
        var standard = Assert.Throws<PluginLoadException>(() => PluginCatalog.Create(new CodePlugin("acme", new ClaimsDq4())));
        Assert.Contains("reports the code 'DQ4', which is a standard finding's", standard.Message, StringComparison.Ordinal);
        Assert.Contains("ClaimsDq4", standard.Message, StringComparison.Ordinal);

        var outside = Assert.Throws<PluginLoadException>(() => PluginCatalog.Create(new CodePlugin("acme", new OutsideItsNamespace())));
        Assert.Contains("'X1', outside the plugin's namespace: its codes start with 'acme'", outside.Message, StringComparison.Ordinal);

        var report = new CriteriaEvaluator([StandardCatalog.Catalog, PluginCatalog.Create(new CodePlugin("acme", new InItsNamespace()))]).Evaluate(Sample);
        Assert.Equal("g1", Assert.Single(report.Findings, f => f.Code == "ACME.1").RecordId);
        Assert.Equal(Standard.Findings, report.Findings.Where(f => f.Code != "ACME.1"));
    }

    [Fact]
    public void Two_plugins_that_claim_one_finding_code_or_one_criterion_code_are_refused_naming_the_plugin()
    {
        var services = new ServiceCollection();
        services.AddCriteria().AddStandardCriteria()
            .AddPlugin(new CodePlugin("acme", new InItsNamespace()))
            .AddPlugin(new CodePlugin("acme2", new InItsNamespace(), prefix: "acme"));
        var findingCode = Assert.Throws<PluginLoadException>(() => services.BuildServiceProvider().GetRequiredService<ICriteriaEvaluator>());
        Assert.Contains("cannot be added: its finding code ACME.1 is already reported by plugin 'acme", findingCode.Message, StringComparison.Ordinal);
        Assert.Contains("CodePlugin", findingCode.Message, StringComparison.Ordinal);

        var criterion = new ServiceCollection();
        criterion.AddCriteria().AddPlugin(new DuplicatePlugin()).AddStandardCriteria(); // the order of the calls does not matter
        var code = Assert.Throws<PluginLoadException>(() => criterion.BuildServiceProvider().GetRequiredService<ICriteriaEvaluator>());
        Assert.Contains("The plugin 'duplicate' from the type Criteria.Sdk.Tests.PluginTests+DuplicatePlugin cannot be added: its criterion code 2.1 is already defined by the catalog 'samara-2023'", code.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_that_redefines_a_code_is_refused_before_anything_is_evaluated()
    {
        var error = Assert.Throws<ArgumentException>(() => new CriteriaEvaluator([StandardCatalog.Catalog, PluginCatalog.Create(new DuplicatePlugin())]));
        Assert.Contains("The criterion code 2.1 is defined twice: by 'standard' and by 'duplicate'", error.Message, StringComparison.Ordinal);

        var twice = Assert.Throws<ArgumentException>(() => new CriteriaEvaluator([StandardCatalog.Catalog, PluginCatalog.Create(new ThrowingPlugin()), PluginCatalog.Create(new ThrowingPlugin())]));
        Assert.Contains("'throwing' is added twice", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_built_for_another_sdk_major_version_is_refused()
    {
        var error = Assert.Throws<PluginLoadException>(() => PluginLoader.LoadFromFile(BuiltPlugins.OldSdk));
        Assert.Contains("was built for Criteria SDK major version 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("this host runs SDK major version 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("Criteria.TestPlugins.OldSdk", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_plugin_is_refused_with_the_reason()
    {
        var assembly = Assert.Throws<PluginLoadException>(() => PluginLoader.LoadFromFile(typeof(global::Criteria.Facts.Dataset).Assembly.Location));
        Assert.Contains("is not a plugin: the assembly Criteria.Core declares none", assembly.Message, StringComparison.Ordinal);

        var text = Path.Combine(Path.GetTempPath(), $"not-a-plugin-{Guid.NewGuid():N}.dll");
        File.WriteAllText(text, "hello");
        var notAssembly = Assert.Throws<PluginLoadException>(() => PluginLoader.LoadFromFile(text));
        Assert.Contains("is not a .NET assembly", notAssembly.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<PluginLoadException>(() => PluginLoader.LoadFromFile("/nowhere/plugin.dll"));
        Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_rule_that_throws_marks_its_criterion_error_and_changes_nothing_else()
    {
        var report = new CriteriaEvaluator([StandardCatalog.Catalog, PluginCatalog.Create(new ThrowingPlugin())]).Evaluate(Sample);

        var failed = report.Colleges.SelectMany(c => c.Results).Concat(report.RegionResults).Where(r => r.Code == "T.1").ToArray();
        Assert.Equal((report.Colleges.Count + 1) * 5, failed.Length); // a share: five cohorts for each college and the region
        Assert.All(failed, r => Assert.Equal(ResultStatus.Error, r.Status));
        var finding = Assert.Single(report.Findings, f => f.Code == "RULE");
        Assert.Equal("g3", finding.RecordId);
        Assert.Contains("g3 is not allowed", finding.Message, StringComparison.Ordinal);
        AssertStandardUnchanged(report);
    }

    [Fact]
    public void A_plugin_past_its_time_budget_is_cut_off_and_changes_nothing_else()
    {
        var options = new CriteriaOptions { PluginTimeBudget = TimeSpan.FromMilliseconds(300) };
        var report = new CriteriaEvaluator([StandardCatalog.Catalog, PluginCatalog.Create(new SlowPlugin())], options).Evaluate(Sample);

        var failed = report.Colleges.SelectMany(c => c.Results).Concat(report.RegionResults).Where(r => r.Code == "T.2").ToArray();
        Assert.Equal((report.Colleges.Count + 1) * 5, failed.Length); // a share: five cohorts for each college and the region
        Assert.All(failed, r => Assert.Equal(ResultStatus.Error, r.Status));
        var finding = Assert.Single(report.Findings, f => f.Code == "RULE");
        Assert.Contains("plugin 'slow' did not finish within its time budget of 300 ms", finding.Message, StringComparison.Ordinal);
        AssertStandardUnchanged(report);
    }

    [Fact]
    public void A_plugin_that_does_not_return_is_abandoned_when_its_budget_passes_and_the_evaluation_returns()
    {
        var services = new ServiceCollection();
        services.AddCriteria().AddStandardCriteria().AddPlugin(new HangingPlugin()).WithPluginTimeBudget(TimeSpan.FromSeconds(1));
        var evaluator = services.BuildServiceProvider().GetRequiredService<ICriteriaEvaluator>();
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var report = evaluator.Evaluate(Sample);
            clock.Stop();

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"the evaluation took {clock.Elapsed}");
            var failed = report.Colleges.SelectMany(c => c.Results).Concat(report.RegionResults).Where(r => r.Code is "H.1" or "H.2").ToArray();
            Assert.Equal((report.Colleges.Count + 1) * 5 * 2, failed.Length);
            Assert.All(failed, r => Assert.Equal(ResultStatus.Error, r.Status));
            var rule = Assert.Single(report.Findings, f => f.Code == "RULE");
            Assert.Contains("plugin 'hanging' did not finish within its time budget of 1 s", rule.Message, StringComparison.Ordinal);
            Assert.Contains("(H.1, H.2)", rule.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("criterion H.1", rule.Message, StringComparison.Ordinal); // the innocent criterion is not blamed
            Assert.Equal(("g3", "$.graduates[2]"), (rule.RecordId, rule.Path));
            AssertStandardUnchanged(report);
        }
        finally
        {
            HangingShare.Release.Set(); // let the abandoned work end
        }
    }

    [Fact]
    public void Extension_data_that_no_loaded_plugin_reads_is_a_warning_with_its_path()
    {
        var value = System.Text.Json.JsonDocument.Parse("{\"hours\": 12}").RootElement.Clone();
        var graduates = Sample.Graduates.ToArray();
        graduates[1] = graduates[1] with { Extensions = ExtensionData.Create([new("acmee", value), new("acme", value)]) };
        var dataset = Sample with { Graduates = [.. graduates] };

        var withAcme = new CriteriaEvaluator([StandardCatalog.Catalog, PluginCatalog.Create(new CodePlugin("acme", new InItsNamespace()))]).Evaluate(dataset);
        var typo = Assert.Single(withAcme.Findings, f => f.Code == "DQ10");
        Assert.Equal(("$.graduates[1].extensions.acmee", "g2", FindingSeverity.Warning), (typo.Path, typo.RecordId, typo.Severity));
        Assert.Contains("no loaded plugin has that id (loaded plugins: acme)", typo.Message, StringComparison.Ordinal);

        var live = new CriteriaEvaluator([StandardCatalog.Catalog, PluginCatalog.Create(new CodePlugin("acme", new InItsNamespace()))]).OpenLive(dataset);
        Assert.Single(live.Snapshot().Findings, f => f.Code == "DQ10" && f.Path == "$.graduates[1].extensions.acmee");

        var none = new CriteriaEvaluator([StandardCatalog.Catalog]).Evaluate(dataset);
        Assert.Equal(2, none.Findings.Count(f => f.Code == "DQ10"));
    }

    [Fact]
    public void The_sdk_major_version_is_the_assembly_major_version()
    {
        Assert.Equal(CriteriaSdk.MajorVersion, typeof(CriteriaSdk).Assembly.GetName().Version!.Major);
    }

    [Fact]
    public void The_standard_catalog_is_built_with_the_public_sdk_only()
    {
        var sdk = typeof(CriteriaSdk).Assembly;
        var core = typeof(CriteriaEvaluator).Assembly;
        var rules = typeof(StandardCatalog).Assembly.GetName().Name;
        static IEnumerable<string> Friends(System.Reflection.Assembly a) =>
            a.GetCustomAttributes(typeof(System.Runtime.CompilerServices.InternalsVisibleToAttribute), false)
                .Cast<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(x => x.AssemblyName);
        Assert.DoesNotContain(rules, Friends(sdk));
        Assert.DoesNotContain(rules, Friends(core));
        Assert.DoesNotContain(sdk.GetName().Name, Friends(core));
    }
}
