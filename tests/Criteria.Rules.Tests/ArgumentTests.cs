using Criteria.DependencyInjection;
using Criteria.Evaluation;
using Criteria.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Criteria.Rules.Tests;

/// <summary>What an embedder gets for a mistake in a call: the argument named, never a NullReferenceException later, never a mode read as another.</summary>
public sealed class ArgumentTests
{
    private static readonly Facts.Dataset Sample = DatasetReader.Parse(File.ReadAllText(Evaluation.SamplePath("small-region.json"))).Dataset;

    [Fact]
    public void A_null_catalog_or_profile_is_refused_when_the_evaluator_is_made()
    {
        Assert.Equal("catalogs", Assert.Throws<ArgumentException>(() => new CriteriaEvaluator([null!])).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new CriteriaEvaluator([StandardCatalog.Catalog], new CriteriaOptions { Profile = null! })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => new CriteriaEvaluator([StandardCatalog.Catalog], new CriteriaOptions { Mode = (EvaluationMode)7 })).ParamName);
    }

    [Fact]
    public void A_mode_that_is_not_one_is_refused_not_read_as_lenient()
    {
        // A duplicate graduate: strict mode refuses the dataset, lenient leaves the copy out. Mode 7 must do neither silently.
        var duplicated = Sample with { Graduates = [.. Sample.Graduates, Sample.Graduates[0]] };

        Assert.Throws<ArgumentOutOfRangeException>(() => Evaluation.Evaluator.Evaluate(duplicated, new EvaluationSettings { Mode = (EvaluationMode)7 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddCriteria().AddStandardCriteria().UseMode((EvaluationMode)7));
        Assert.Throws<DatasetRejectedException>(() => Evaluation.Evaluator.Evaluate(duplicated, new EvaluationSettings { Mode = EvaluationMode.Strict }));
    }

    [Fact]
    public void A_null_among_reading_findings_or_trend_reports_is_refused_naming_the_argument()
    {
        Assert.Equal("settings", Assert.Throws<ArgumentException>(() => Evaluation.Evaluator.Evaluate(Sample, new EvaluationSettings { ReadingFindings = [null!] })).ParamName);
        var report = Evaluation.Evaluator.Evaluate(Sample);
        Assert.Equal("reports", Assert.Throws<ArgumentException>(() => Reporting.Trend.Of([report, null!])).ParamName);
    }

    [Fact]
    public async Task A_size_limit_below_zero_is_refused_as_an_argument_not_reported_as_the_input_being_too_large()
    {
        using var dataset = new MemoryStream(File.ReadAllBytes(Evaluation.SamplePath("small-region.json")));
        using var report = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ReportWriter.ToJson(Evaluation.Evaluator.Evaluate(Sample))));

        Assert.Equal("maxBytes", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => DatasetReader.ReadAsync(dataset, maxBytes: -1))).ParamName);
        Assert.Equal("maxBytes", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ReportReader.ReadAsync(report, maxBytes: -1))).ParamName);
        Assert.Equal(4, (await DatasetReader.ReadAsync(new MemoryStream(File.ReadAllBytes(Evaluation.SamplePath("small-region.json"))), maxBytes: 1 << 20)).Dataset.Graduates.Count);
    }
}
