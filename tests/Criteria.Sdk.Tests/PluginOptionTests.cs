using System.Text.Json.Serialization.Metadata;
using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Rules;
using Criteria.Sdk.Criteria;
using Criteria.Sdk.Plugins;
using NRules.Fluent.Dsl;

namespace Criteria.Sdk.Tests;

/// <summary>A plugin's options: mistakes in a profile and in the plugin are said clearly, all at once.</summary>
public sealed class PluginOptionTests
{
    private static readonly Dataset Sample = DatasetReader.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "small-region.json"))).Dataset;

    public sealed class AcmePlugin(JsonTypeInfo<AcmeOptions>? typeInfo = null, int minimum = 1) : CriteriaPlugin<AcmeOptions>
    {
        public override string Id => "acme";

        public override IReadOnlyList<CriterionRule> Criteria => [];

        public override IReadOnlyList<Rule> QualityRules => [];

        protected override JsonTypeInfo<AcmeOptions> OptionsTypeInfo => typeInfo ?? AcmeJson.Default.AcmeOptions;

        protected override IEnumerable<OptionProblem> Validate(AcmeOptions options)
        {
            if (options.MinimumMonths < minimum)
            {
                yield return new OptionProblem("minimumMonths", $"must be at least {minimum}, not {options.MinimumMonths}");
            }

            if (options.Region.Length == 0)
            {
                yield return new OptionProblem("region", "cannot be empty");
            }
        }
    }

    [Criterion("A.1", 6, Title = "Читает расширение", TitleEn = "Reads an extension", Definition = "Graduates whose acme extension says strict ÷ contingent.")]
    public sealed class ReadsWithPascalCase : GraduateShareCriterion
    {
        protected override System.Linq.Expressions.Expression<Func<GraduateFact, bool>> Numerator =>
            g => g.Extension(PascalJson.Default.AcmeOptions, "acme") != null;
    }

    private static readonly CriteriaEvaluator Evaluator = new([StandardCatalog.Catalog, PluginCatalog.Create(new AcmePlugin())]);

    private static InvalidInputException Refused(string options) =>
        Assert.Throws<InvalidInputException>(() => Evaluator.Evaluate(Sample, new EvaluationSettings { Profile = ProfileReader.Parse("{\"plugins\":{\"acme\":" + options + "}}").Profile }));

    [Fact]
    public void A_typo_in_an_option_is_refused_with_the_profiles_path()
    {
        var typo = Refused("{\"minimumMonth\": 5}");
        Assert.Equal("$.plugins.acme.minimumMonth", typo.Path);
        Assert.Contains("is not an option of plugin 'acme'; did you mean 'minimumMonths'? (its options: minimumMonths, region, strict", typo.Problem, StringComparison.Ordinal);

        var cased = Refused("{\"MinimumMonths\": 5}");
        Assert.Contains("did you mean 'minimumMonths'?", cased.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_the_options_is_reported_at_once_in_words()
    {
        var all = Refused("{\"minimumMonths\": \"six\", \"strict\": 1, \"colour\": \"red\"}");
        Assert.Equal("$.plugins.acme.minimumMonths", all.Path);
        Assert.Contains("3 problems", all.Problem, StringComparison.Ordinal);
        Assert.Contains("option 'minimumMonths' ($.plugins.acme.minimumMonths) expected a whole number, found text \"six\"", all.Problem, StringComparison.Ordinal);
        Assert.Contains("option 'strict' ($.plugins.acme.strict) expected true or false, found a number 1", all.Problem, StringComparison.Ordinal);
        Assert.Contains("option 'colour' ($.plugins.acme.colour) is not an option", all.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", all.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", all.Problem, StringComparison.Ordinal);

        var checks = Refused("{\"minimumMonths\": 0, \"region\": \"\"}");
        Assert.Contains("2 problems", checks.Problem, StringComparison.Ordinal);
        Assert.Contains("must be at least 1, not 0", checks.Problem, StringComparison.Ordinal);
        Assert.Contains("option 'region' ($.plugins.acme.region) cannot be empty", checks.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_options_evaluate()
    {
        var report = Evaluator.Evaluate(Sample, new EvaluationSettings { Profile = ProfileReader.Parse("{\"plugins\":{\"acme\":{\"minimumMonths\": 6, \"strict\": true}}}").Profile });
        Assert.Equal("samara-2023+acme", report.Catalog);
    }

    [Fact]
    public void A_plugin_whose_options_context_is_not_camel_case_is_refused_at_load()
    {
        var pascal = Assert.Throws<PluginLoadException>(() => PluginCatalog.Create(new AcmePlugin(PascalJson.Default.AcmeOptions)));
        Assert.Contains("names the option 'MinimumMonths' in PascalCase", pascal.Message, StringComparison.Ordinal);
        Assert.Contains("PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase", pascal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_whose_own_defaults_fail_its_checks_is_refused_at_load_not_blamed_on_a_profile()
    {
        var defaults = Assert.Throws<PluginLoadException>(() => PluginCatalog.Create(new AcmePlugin(minimum: 5)));
        Assert.Contains("its own default options fail its checks (minimumMonths: must be at least 5, not 3)", defaults.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_test_kit_tests_quality_rules_and_says_what_came_out()
    {
        var outcome = global::Criteria.Testing.CriterionTest.ForQualityRules([new PluginTests.InItsNamespace()]).Evaluate(Sample);
        outcome.ExpectFinding("ACME.1", ("g1", "$.graduates[0].id")).ExpectFinding("ACME.2");

        var error = Assert.Throws<global::Criteria.Testing.CriterionExpectationException>(() => outcome.ExpectFinding("ACME.1", ("g2", "$.graduates[1].id")));
        Assert.Contains("Findings ACME.1: expected g2 at $.graduates[1].id, got g1 at $.graduates[0].id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_data_read_with_a_pascal_case_context_fails_the_criterion_saying_why_instead_of_reading_zeros()
    {
        var value = System.Text.Json.JsonDocument.Parse("{\"minimumMonths\": 7}").RootElement.Clone();
        var graduates = Sample.Graduates.ToArray();
        graduates[0] = graduates[0] with { Extensions = ExtensionData.Create([new("acme", value)]) };
        var report = global::Criteria.Testing.CriterionTest.For(new ReadsWithPascalCase()).Evaluate(Sample with { Graduates = [.. graduates] });

        report.ExpectStatus("c1", global::Criteria.Reporting.ResultStatus.Error);
        var rule = Assert.Single(report.Report.Findings, f => f.Code == "RULE");
        Assert.Contains("names 'MinimumMonths' in PascalCase, but extension data is camelCase", rule.Message, StringComparison.Ordinal);
    }
}
