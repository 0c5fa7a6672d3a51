using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Profiles;
using Criteria.Sdk;
using Criteria.Sdk.Criteria;
using Criteria.Sdk.Plugins;
using Criteria.Sdk.Quality;

namespace Criteria.Testing;

/// <summary>
/// The test kit for criterion authors: evaluate one criterion (or one plugin) on a hand-made dataset
/// inside a unit test of any framework, and check its results with messages that show every cohort:
/// <code>
/// CriterionTest.For(new MentoredShare()).Evaluate(dataset).ExpectRatio("c1", 1, 2);
/// </code>
/// </summary>
public sealed class CriterionTest
{
    private readonly CriteriaEvaluator _evaluator;

    private CriterionTest(CriteriaCatalog catalog, EvaluationProfile? profile, TimeSpan? budget)
    {
        var options = new CriteriaOptions { Mode = EvaluationMode.Lenient };
        if (profile is not null)
        {
            options.Profile = profile;
        }

        if (budget is { } b)
        {
            options.PluginTimeBudget = b;
        }

        _evaluator = new CriteriaEvaluator([catalog], options);
    }

    /// <summary>A test of one criterion, alone.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="profile">The profile (targets, windows); null for the defaults.</param>
    /// <returns>The test.</returns>
    public static CriterionTest For(CriterionRule criterion, EvaluationProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return new(CriteriaCatalogFactory.Create("test", [criterion], [], source: "test"), profile, null);
    }

    /// <summary>
    /// A test of one criterion of a plugin, with the plugin's options: the profile's
    /// <c>plugins.&lt;id&gt;</c> section (or the plugin's defaults), checked as a host checks it.
    /// </summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="plugin">The plugin the criterion belongs to (its id, options and option checks).</param>
    /// <param name="profile">The profile; null for the defaults.</param>
    /// <returns>The test.</returns>
    public static CriterionTest For(CriterionRule criterion, ICriteriaPlugin plugin, EvaluationProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(plugin);
        var whole = PluginCatalog.Create(plugin);
        return new(CriteriaCatalogFactory.Create(plugin.Id, [criterion], [], source: plugin.Id) with
        {
            Isolated = true,
            DefaultOptions = whole.DefaultOptions,
            ValidateOptions = whole.ValidateOptions,
        }, profile, null);
    }

    /// <summary>
    /// A test of data-quality rules on their own (the SDK's <see cref="QualityRule{TFact}"/> or a
    /// hand-written NRules rule that yields findings): the outcome's <see cref="CriterionOutcome.ExpectFinding"/>
    /// checks what they report.
    /// </summary>
    /// <param name="rules">The rules.</param>
    /// <param name="profile">The profile; null for the defaults.</param>
    /// <returns>The test.</returns>
    public static CriterionTest ForQualityRules(IEnumerable<NRules.Fluent.Dsl.Rule> rules, EvaluationProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new(CriteriaCatalogFactory.Create("test", [], rules, source: "test"), profile, null);
    }

    /// <summary>A test of a whole plugin, as a host runs it (isolated, with its options and a time budget).</summary>
    /// <param name="plugin">The plugin.</param>
    /// <param name="profile">The profile, with the plugin's options under <c>PluginOptions</c>; null for the defaults.</param>
    /// <param name="timeBudget">The plugin's time budget; null for the evaluator's default.</param>
    /// <returns>The test.</returns>
    public static CriterionTest For(ICriteriaPlugin plugin, EvaluationProfile? profile = null, TimeSpan? timeBudget = null) =>
        new(PluginCatalog.Create(plugin), profile, timeBudget);

    /// <summary>Evaluates a dataset (lenient mode: data errors are findings, not failures).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The outcome, to check.</returns>
    public CriterionOutcome Evaluate(Dataset dataset) => new(_evaluator.Evaluate(dataset));

    /// <summary>Evaluates a dataset given as JSON text (the dataset contract, docs/dataset.md).</summary>
    /// <param name="json">The dataset.</param>
    /// <returns>The outcome, to check.</returns>
    public CriterionOutcome Evaluate(string json)
    {
        var loaded = DatasetReader.Parse(json);
        return new(_evaluator.Evaluate(loaded.Dataset, new EvaluationSettings { ReadingFindings = loaded.Findings }));
    }
}
