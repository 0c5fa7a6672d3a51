using Criteria.DependencyInjection;
using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Criteria.Rules.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddCriteria_registers_one_compiled_evaluator_with_the_profile_bound_as_options()
    {
        var profile = new EvaluationProfile { Targets = new Dictionary<string, ExactDecimal> { ["2.1"] = 0.5m } };
        using var provider = new ServiceCollection()
            .AddCriteria()
            .AddStandardCriteria()
            .UseProfile(profile)
            .UseMode(EvaluationMode.Lenient)
            .Services
            .BuildServiceProvider();

        var evaluator = provider.GetRequiredService<ICriteriaEvaluator>();
        Assert.Same(evaluator, provider.GetRequiredService<ICriteriaEvaluator>());
        Assert.Same(profile, provider.GetRequiredService<IOptions<CriteriaOptions>>().Value.Profile);
        Assert.Equal(24, evaluator.Criteria.Count);

        var report = evaluator.Evaluate(DatasetReader.Parse(File.ReadAllText(Evaluation.SamplePath("small-region.json"))).Dataset);
        Assert.Equal<ExactDecimal?>(0.5m, report.Result("c1", "2.1").Target);
    }

    [Fact]
    public void A_profile_that_does_not_fit_fails_when_the_evaluator_is_built()
    {
        using var provider = new ServiceCollection()
            .AddCriteria(b => b.AddStandardCriteria().UseProfile(new EvaluationProfile { Targets = new Dictionary<string, ExactDecimal> { ["7.7"] = 1 } }))
            .Services
            .BuildServiceProvider();

        var error = Assert.Throws<InvalidInputException>(() => provider.GetRequiredService<ICriteriaEvaluator>());
        Assert.Equal("$.targets['7.7']", error.Path);
    }

    [Fact]
    public void An_evaluator_without_a_catalog_says_so()
    {
        using var provider = new ServiceCollection().AddCriteria().Services.BuildServiceProvider();
        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<ICriteriaEvaluator>());
        Assert.Contains("at least one catalog", error.Message, StringComparison.Ordinal);
    }
}
